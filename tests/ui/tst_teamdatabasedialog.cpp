// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open team database…: the fields make a postgresql:// URL with verify-full unless another mode is
// chosen, every control has a name and a mnemonic of its own, Connect tries the connection off the UI
// thread and says in words why it failed, and a password goes to the keychain only, never into
// QSettings or the URL, whether or not it is saved.
#include "core/secrets/SecretStore.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/support/ClosedPort.h"
#include "tests/support/TestProviders.h"
#include "ui/storage/RememberedDatabase.h"
#include "ui/storage/TeamDatabaseDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUrlQuery>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString secretPassword = u"s3cret-desk-password"_s;

template<typename T> T* named(const QWidget& dialog, const QString& accessibleName)
{
    for (T* widget : dialog.findChildren<T*>())
        if (widget->accessibleName() == accessibleName)
            return widget;
    qFatal("no control named %s", qPrintable(accessibleName));
}

/// Everything QSettings keeps for this application, as bytes.
QByteArray settingsFile()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void fillServer(const QWidget& dialog, const QString& host, int port, const QString& database, const QString& user)
{
    named<QRadioButton>(dialog, u"A team database on a PostgreSQL server"_s)->setChecked(true);
    named<QLineEdit>(dialog, u"Host"_s)->setText(host);
    named<QSpinBox>(dialog, u"Port"_s)->setValue(port);
    named<QLineEdit>(dialog, u"Database name"_s)->setText(database);
    named<QLineEdit>(dialog, u"User"_s)->setText(user);
}

QString statusText(const QWidget& dialog)
{
    return dialog.findChild<QLabel*>(u"statusLabel"_s)->text();
}
} // namespace

class TestTeamDatabaseDialog : public QObject
{
    Q_OBJECT

    KeychainSecretStore m_secrets {test::uniqueKeychainService()};

private slots:
    void init() { QSettings().clear(); }

    void everyControlHasANameAndAMnemonicOfItsOwn()
    {
        TeamDatabaseDialog dialog(DatabaseLocation::defaultLocation(), m_secrets);
        for (QWidget* widget : dialog.findChildren<QWidget*>()) {
            if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
                || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
                || qobject_cast<QProgressBar*>(widget)) {
                if (widget->parent() && qobject_cast<QAbstractSpinBox*>(widget->parent()))
                    continue; // the spin box's own line edit
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
            }
        }
        QVERIFY2(test::labelsHidingTheirText(dialog).isEmpty(),
                 qPrintable(test::labelsHidingTheirText(dialog).join(u"; "_s)));
        QStringList mnemonics;
        const auto mnemonicOf = [](const QString& text) {
            const qsizetype at = text.indexOf(u'&');
            return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
        };
        for (QLabel* label : dialog.findChildren<QLabel*>())
            if (label->buddy() && !mnemonicOf(label->text()).isNull())
                mnemonics << mnemonicOf(label->text());
        for (QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
            if (!mnemonicOf(button->text()).isNull())
                mnemonics << mnemonicOf(button->text());
        QVERIFY(mnemonics.size() >= 12);
        QCOMPARE(QSet<QString>(mnemonics.cbegin(), mnemonics.cend()).size(), mnemonics.size());
    }

    void verifyFullIsTheDefaultWithRequireAndPreferToChoose()
    {
        TeamDatabaseDialog dialog(DatabaseLocation::defaultLocation(), m_secrets);
        auto* mode = named<QComboBox>(dialog, u"Security"_s);
        QCOMPARE(mode->currentData().toString(), u"verify-full"_s);
        QVERIFY(mode->findData(u"require"_s) >= 0);
        QVERIFY(mode->findData(u"prefer"_s) >= 0);
        bool noted = false;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            noted = noted || label->text().contains(u"Across a network, connect with verify-full"_s);
        QVERIFY(noted);
        // The own database first: the server's fields wait until a team database is chosen.
        QVERIFY(named<QRadioButton>(dialog, u"This desk's own database (SQLite)"_s)->isChecked());
        QVERIFY(!named<QLineEdit>(dialog, u"Host"_s)->isEnabled());
        fillServer(dialog, u"db.example.com"_s, 5433, u"team"_s, u"ada"_s);
        QVERIFY(named<QLineEdit>(dialog, u"Host"_s)->isEnabled());
    }

    void theFieldsMakeAUrlWithoutThePassword()
    {
        TeamDatabaseDialog dialog(DatabaseLocation::defaultLocation(), m_secrets);
        fillServer(dialog, u"db.example.com"_s, 5433, u"team"_s, u"ada"_s);
        named<QLineEdit>(dialog, u"Root certificate file"_s)->setText(u"/etc/ssl/team-ca.crt"_s);
        named<QLineEdit>(dialog, u"Password"_s)->setText(secretPassword);
        const DatabaseLocation location = dialog.location().value();
        QCOMPARE(location.kind, DatabaseLocation::Kind::PostgreSql);
        QCOMPARE(location.url.host(), u"db.example.com"_s);
        QCOMPARE(location.url.port(), 5433);
        QCOMPARE(location.url.path(), u"/team"_s);
        QCOMPARE(location.url.userName(), u"ada"_s);
        const QUrlQuery query(location.url);
        QCOMPARE(query.queryItemValue(u"sslmode"_s), u"verify-full"_s);
        QCOMPARE(query.queryItemValue(u"sslrootcert"_s), u"/etc/ssl/team-ca.crt"_s);
        QCOMPARE(location.password, secretPassword);
        QVERIFY(!location.url.toString().contains(secretPassword));
        QVERIFY(!location.displayName().contains(secretPassword));

        // Opened again on that location, the fields come back (the password does not show).
        TeamDatabaseDialog again(DatabaseLocation::parse(location.toText()).value(), m_secrets);
        QCOMPARE(named<QLineEdit>(again, u"Host"_s)->text(), u"db.example.com"_s);
        QCOMPARE(named<QSpinBox>(again, u"Port"_s)->value(), 5433);
        QCOMPARE(named<QLineEdit>(again, u"Root certificate file"_s)->text(), u"/etc/ssl/team-ca.crt"_s);
        QVERIFY(named<QLineEdit>(again, u"Password"_s)->text().isEmpty());
    }

    void aMissingFieldIsNamedAndFocused()
    {
        TeamDatabaseDialog dialog(DatabaseLocation::defaultLocation(), m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillServer(dialog, u"db.example.com"_s, 5432, QString(), u"ada"_s);
        QSignalSpy chosen(&dialog, &TeamDatabaseDialog::chosen);
        QTest::keyClick(named<QLineEdit>(dialog, u"Host"_s), Qt::Key_Return);
        QVERIFY2(statusText(dialog).contains(u"name of the team's database"_s), qPrintable(statusText(dialog)));
        QCOMPARE(QApplication::focusWidget(), named<QLineEdit>(dialog, u"Database name"_s));
        QCOMPARE(chosen.size(), 0);
    }

    void aServerThatIsNotThereIsSaidInWordsAndNothingIsChosen()
    {
        TeamDatabaseDialog dialog(DatabaseLocation::defaultLocation(), m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillServer(dialog, u"127.0.0.1"_s, test::closedLocalPort(), u"team"_s, u"ada"_s);
        named<QLineEdit>(dialog, u"Password"_s)->setText(secretPassword);
        named<QCheckBox>(dialog, u"Save the password in the system keychain"_s)->setChecked(true);
        QSignalSpy chosen(&dialog, &TeamDatabaseDialog::chosen);
        QTest::mouseClick(named<QPushButton>(dialog, u"Connect"_s), Qt::LeftButton);
        // While it tries: progress shown, Connect not clickable twice.
        QVERIFY(named<QProgressBar>(dialog, u"Connecting"_s)->isVisible());
        QVERIFY(!named<QPushButton>(dialog, u"Connect"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(statusText(dialog).contains(u"cannot be reached on port"_s), 20000);
        QVERIFY(!statusText(dialog).contains(secretPassword));
        QVERIFY(!named<QProgressBar>(dialog, u"Connecting"_s)->isVisible());
        QVERIFY(named<QPushButton>(dialog, u"Connect"_s)->isEnabled());
        QVERIFY(dialog.isVisible());
        QCOMPARE(chosen.size(), 0);
        // Nothing kept of a connection that did not work.
        QCOMPARE(m_secrets.readBlocking(SecretKeys::databasePassword(dialog.location()->url)).error().code,
                 Error::Code::NotFound);
        QVERIFY(!settingsFile().contains(secretPassword.toUtf8()));
    }

    void theOwnDatabaseIsChosenOnceItOpens()
    {
        TeamDatabaseDialog dialog(DatabaseLocation::defaultLocation(), m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy chosen(&dialog, &TeamDatabaseDialog::chosen);
        QTest::mouseClick(named<QPushButton>(dialog, u"Connect"_s), Qt::LeftButton);
        QVERIFY(chosen.wait(20000));
        QCOMPARE(chosen.first().first().value<DatabaseLocation>().sqlitePath,
                 DatabaseLocation::defaultLocation().sqlitePath);
        QVERIFY(!dialog.isVisible());
    }

    void theRememberedLocationHasNoPassword()
    {
        DatabaseLocation location
            = DatabaseLocation::parse(u"postgresql://ada@db.example.com:5433/team?sslmode=verify-full"_s).value();
        location.password = secretPassword;
        RememberedDatabase::remember(location);
        QVERIFY(!settingsFile().contains(secretPassword.toUtf8()));
        const DatabaseLocation remembered = RememberedDatabase::location();
        QCOMPARE(remembered.url, location.url);
        QVERIFY(remembered.password.isEmpty());
        // Its saved password comes from the keychain, under the key of that server, database and user.
        QVERIFY(m_secrets.writeBlocking(SecretKeys::databasePassword(location.url), secretPassword.toUtf8()).ok());
        QCOMPARE(RememberedDatabase::withSavedPassword(remembered, m_secrets).password, secretPassword);
        DatabaseLocation otherUser = remembered;
        otherUser.url.setUserName(u"bob"_s);
        QVERIFY(RememberedDatabase::withSavedPassword(otherUser, m_secrets).password.isEmpty());
        // Back to the desk's own database: nothing remembered.
        RememberedDatabase::remember(DatabaseLocation::defaultLocation());
        QCOMPARE(RememberedDatabase::location().sqlitePath, DatabaseLocation::defaultLocation().sqlitePath);
        QVERIFY(m_secrets.removeBlocking(SecretKeys::databasePassword(location.url)).ok());
    }

    void aSavedPasswordGoesToTheKeychainOnlyOnARealServer()
    {
        const QString server = qEnvironmentVariable("BACKOFFICE_PG_URL");
        if (server.isEmpty())
            QSKIP("needs the PostgreSQL test server (BACKOFFICE_PG_URL, /tmp/teamdb-pgrun.sh or scripts/test.sh)");
        const QUrl url(server);
        TeamDatabaseDialog dialog(DatabaseLocation::defaultLocation(), m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillServer(dialog, url.host(), url.port(), url.path().mid(1), url.userName());
        named<QComboBox>(dialog, u"Security"_s)->setCurrentIndex(2); // prefer: the test server has no TLS
        named<QLineEdit>(dialog, u"Password"_s)->setText(secretPassword);
        named<QCheckBox>(dialog, u"Save the password in the system keychain"_s)->setChecked(true);
        QSignalSpy chosen(&dialog, &TeamDatabaseDialog::chosen);
        QTest::mouseClick(named<QPushButton>(dialog, u"Connect"_s), Qt::LeftButton);
        QVERIFY2(chosen.wait(30000), qPrintable(statusText(dialog)));
        const auto location = chosen.first().first().value<DatabaseLocation>();
        QCOMPARE(location.password, secretPassword);
        RememberedDatabase::remember(location);
        QVERIFY(!settingsFile().contains(secretPassword.toUtf8()));
        QCOMPARE(m_secrets.readBlocking(SecretKeys::databasePassword(location.url)).value(), secretPassword.toUtf8());
        QVERIFY(m_secrets.removeBlocking(SecretKeys::databasePassword(location.url)).ok());
    }
};

QTEST_MAIN(TestTeamDatabaseDialog)
#include "tst_teamdatabasedialog.moc"
