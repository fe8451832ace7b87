// SPDX-License-Identifier: GPL-3.0-or-later
// The provider dialog driven as an operator does: validation next to each field, the masked secret,
// a saved secret never shown again, and checks against a real local HTTP server.
#include "core/secrets/SecretStore.h"
#include "core/sms/ProviderService.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "ui/sms/ProviderDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace backoffice;
using namespace backoffice::test;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
QLineEdit* edit(QWidget& dialog, const QString& accessibleName)
{
    for (QLineEdit* line : dialog.findChildren<QLineEdit*>()) {
        if (line->accessibleName() == accessibleName)
            return line;
    }
    qFatal("no line edit named %s", qPrintable(accessibleName));
}

void type(QLineEdit* line, const QString& text)
{
    line->clear();
    QTest::keyClicks(line, text);
}
} // namespace

class TestProviderDialog : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    KeychainSecretStore m_secrets {uniqueKeychainService()};

    /// A dialog adding a provider to an empty test database, shown.
    struct NewProviderDialog
    {
        TestDatabase database;
        ProviderService service;
        ProviderDialog dialog;

        NewProviderDialog(SecretStore& secrets, QNetworkAccessManager* network)
            : service(database.db(), secrets, network), dialog(service, admin, std::nullopt)
        {
            dialog.show();
        }
    };

    void fillTwilio(ProviderDialog& dialog, const FakeSmsServer& server)
    {
        type(edit(dialog, u"Display name"_s), u"Twilio main"_s);
        type(edit(dialog, u"Account SID"_s), server.twilioAccountSid);
        type(edit(dialog, u"Sender"_s), u"+14155550100"_s);
        type(edit(dialog, u"API base URL"_s), server.baseUrl());
        type(edit(dialog, u"Status page URL"_s), server.baseUrl());
    }

    CheckResult clickCheck(ProviderDialog& dialog, const QString& buttonName)
    {
        QSignalSpy finished(&dialog, &ProviderDialog::checkFinished);
        QTest::mouseClick(dialog.findChild<QPushButton*>(buttonName), Qt::LeftButton);
        if (!finished.wait(20000))
            qFatal("check did not finish");
        return finished.first().first().value<CheckResult>();
    }

    /// The mnemonic letters of every visible label, button and check box, with what they reach.
    static QMultiHash<QChar, QString> mnemonics(const QWidget& dialog)
    {
        QMultiHash<QChar, QString> letters;
        const auto add = [&](const QString& text) {
            const qsizetype at = text.indexOf(u'&');
            if (at >= 0 && at + 1 < text.size() && text.at(at + 1) != u'&')
                letters.insert(text.at(at + 1).toLower(), text);
        };
        for (QWidget* widget : dialog.findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(&dialog))
                continue;
            if (auto* label = qobject_cast<QLabel*>(widget))
                add(label->text());
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                add(button->text());
        }
        return letters;
    }

private slots:
    void initTestCase() { qRegisterMetaType<CheckResult>(); }

    void everyMnemonicIsUniqueAndReachesItsField_data()
    {
        QTest::addColumn<int>("kindIndex");
        QTest::newRow("twilio") << 0;
        QTest::newRow("vonage") << 1;
    }

    void everyMnemonicIsUniqueAndReachesItsField()
    {
        QFETCH(int, kindIndex);
        NewProviderDialog f(m_secrets, &m_network);
        QVERIFY(QTest::qWaitForWindowActive(&f.dialog));
        f.dialog.findChild<QComboBox*>()->setCurrentIndex(kindIndex);
        const QMultiHash<QChar, QString> letters = mnemonics(f.dialog);
        for (const QChar letter : letters.uniqueKeys())
            QVERIFY2(letters.count(letter) == 1,
                     qPrintable(
                         u"Alt+%1 is shared by: %2"_s.arg(letter, QStringList(letters.values(letter)).join(u", "_s))));
        QVERIFY(letters.size() >= 14);
        // Alt+T reaches the secret itself, not the row around it; Alt+S the sender.
        QTest::keyClick(&f.dialog, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), edit(f.dialog, u"Secret"_s));
        QTest::keyClick(&f.dialog, Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), edit(f.dialog, u"Sender"_s));
    }

    void saveNamesEveryProblemNextToItsField()
    {
        NewProviderDialog f(m_secrets, &m_network);
        QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
        type(edit(f.dialog, u"Account SID"_s), u"AC12"_s);
        type(edit(f.dialog, u"Sender"_s), u"0044 20"_s);
        type(edit(f.dialog, u"API base URL"_s), u"http://example.com"_s);
        QSignalSpy saved(&f.dialog, &ProviderDialog::saved);
        for (QPushButton* button : f.dialog.findChildren<QPushButton*>())
            if (button->accessibleName() == u"Save")
                QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(saved.size(), 0);
        QVERIFY(f.dialog.isVisible());
        QCOMPARE(f.dialog.problemText(u"name"_s), u"Required."_s);
        QVERIFY(f.dialog.problemText(u"account-id"_s).contains(u"32 hexadecimal"_s));
        QVERIFY(!f.dialog.problemText(u"from"_s).isEmpty());
        QVERIFY(!f.dialog.problemText(u"base-url"_s).isEmpty());
        QCOMPARE(f.dialog.problemText(u"secret"_s), u"Required."_s);
        QVERIFY(f.dialog.problemText(u"status-page-url"_s).isEmpty());
        QCOMPARE(f.database.db().scalar(u"SELECT count(*) FROM sms_providers"_s).value().toInt(), 0);
    }

    void secretIsMaskedAndShowWorksOnlyWhileTyping()
    {
        NewProviderDialog f(m_secrets, &m_network);
        QLineEdit* secret = edit(f.dialog, u"Secret"_s);
        auto* show = f.dialog.findChild<QToolButton*>();
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!show->isEnabled());
        QTest::keyClicks(secret, u"abc123"_s);
        QVERIFY(show->isEnabled());
        show->click();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        secret->clear();
        QVERIFY(!show->isEnabled());
        QVERIFY(!show->isChecked());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    void savedSecretGoesToTheKeychainAndIsNeverShownAgain()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        qint64 id = 0;
        {
            ProviderDialog dialog(service, admin, std::nullopt);
            dialog.show();
            fillTwilio(dialog, server);
            QTest::keyClicks(edit(dialog, u"Secret"_s), QString::fromLatin1(server.twilioAuthToken));
            QSignalSpy saved(&dialog, &ProviderDialog::saved);
            for (QPushButton* button : dialog.findChildren<QPushButton*>())
                if (button->accessibleName() == u"Save")
                    QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(saved.wait(15000));
            id = saved.first().first().toLongLong();
            QTRY_VERIFY(!dialog.isVisible());
        }
        auto read = m_secrets.readBlocking(SecretKeys::providerSecret(database.db().databaseId(), id));
        QCOMPARE(read.value(), server.twilioAuthToken);

        auto stored = service.find(admin, id);
        QVERIFY(stored->hasSecret);
        ProviderDialog again(service, admin, stored.value());
        again.show();
        QLineEdit* secret = edit(again, u"Secret"_s);
        QVERIFY(secret->text().isEmpty());
        QVERIFY(secret->placeholderText().contains(u"keychain"_s));
        QVERIFY(!again.findChild<QToolButton*>()->isEnabled());

        // Checks use the stored secret without showing it.
        const CheckResult result = clickCheck(again, u"checkCredentials"_s);
        QCOMPARE(result.outcome, CheckOutcome::Ok);
        QVERIFY(again.findChild<QLabel*>(u"checkResult"_s)->text().contains(u"credentials are right"_s));
        QVERIFY(secret->text().isEmpty());
    }

    void checksShowOperatorWordsForEachFailure()
    {
        NewProviderDialog f(m_secrets, &m_network);
        FakeSmsServer server;
        fillTwilio(f.dialog, server);
        QTest::keyClicks(edit(f.dialog, u"Secret"_s), u"wrongwrongwrongwrongwrongwrong12"_s);
        QCOMPARE(clickCheck(f.dialog, u"checkCredentials"_s).error->failure, ProviderFailure::WrongCredentials);
        QVERIFY(f.dialog.findChild<QLabel*>(u"checkResult"_s)->text().contains(u"Wrong credentials"_s));

        edit(f.dialog, u"Secret"_s)->clear();
        QTest::keyClicks(edit(f.dialog, u"Secret"_s), QString::fromLatin1(server.twilioAuthToken));
        server.twilioBalance = u"3.10"_s;
        type(edit(f.dialog, u"Low-balance threshold"_s), u"5"_s);
        QCOMPARE(clickCheck(f.dialog, u"checkBalance"_s).outcome, CheckOutcome::Warning);
        QVERIFY(f.dialog.findChild<QLabel*>(u"checkResult"_s)->text().contains(u"below the threshold"_s));

        server.statusIndicator = u"major"_s;
        QCOMPARE(clickCheck(f.dialog, u"checkServiceStatus"_s).outcome, CheckOutcome::Problem);
        QVERIFY(f.dialog.findChild<QLabel*>(u"checkResult"_s)->text().contains(u"major incident"_s));

        type(edit(f.dialog, u"Test SMS recipient"_s), u"+447400123456"_s);
        const CheckResult sent = clickCheck(f.dialog, u"sendTestSms"_s);
        QCOMPARE(sent.outcome, CheckOutcome::Ok);
        QCOMPARE(edit(f.dialog, u"Message ID"_s)->text(), server.lastMessageSid());
        QCOMPARE(server.count("POST"), 1);

        server.setMessageStatus(server.lastMessageSid(), u"undelivered"_s, 30007);
        QCOMPARE(clickCheck(f.dialog, u"deliveryStatus"_s).message->errorCode, u"30007"_s);
        QVERIFY(f.dialog.findChild<QLabel*>(u"checkResult"_s)->text().contains(u"filtered"_s));
    }

    void theThreeChecksStayOnScreenTogetherAndATestSmsIsWarned()
    {
        NewProviderDialog f(m_secrets, &m_network);
        FakeSmsServer server;
        fillTwilio(f.dialog, server);
        QTest::keyClicks(edit(f.dialog, u"Secret"_s), QString::fromLatin1(server.twilioAuthToken));
        auto* credentials = f.dialog.findChild<QLabel*>(u"credentialsResult"_s);
        auto* balance = f.dialog.findChild<QLabel*>(u"balanceResult"_s);
        auto* status = f.dialog.findChild<QLabel*>(u"serviceStatusResult"_s);
        QVERIFY(credentials && balance && status);
        QCOMPARE(balance->text(), u"not checked yet"_s);

        QCOMPARE(clickCheck(f.dialog, u"checkCredentials"_s).outcome, CheckOutcome::Ok);
        server.twilioBalance = u"3.10"_s;
        type(edit(f.dialog, u"Low-balance threshold"_s), u"5"_s);
        QCOMPARE(clickCheck(f.dialog, u"checkBalance"_s).outcome, CheckOutcome::Warning);
        server.statusIndicator = u"major"_s;
        QCOMPARE(clickCheck(f.dialog, u"checkServiceStatus"_s).outcome, CheckOutcome::Problem);
        // All three answers at once, none replaced by the next.
        QVERIFY2(credentials->text().contains(u"credentials are right"_s), qPrintable(credentials->text()));
        QVERIFY2(balance->text().contains(u"below the threshold"_s), qPrintable(balance->text()));
        QVERIFY2(status->text().contains(u"major incident"_s), qPrintable(status->text()));
        QCOMPARE(test::labelsHidingTheirText(f.dialog), QStringList());
        QCOMPARE(QAccessible::queryAccessibleInterface(balance)->text(QAccessible::Name), balance->text());

        // A test SMS the provider accepts still says what may keep it from arriving.
        type(edit(f.dialog, u"Test SMS recipient"_s), u"+447400123456"_s);
        QCOMPARE(clickCheck(f.dialog, u"sendTestSms"_s).outcome, CheckOutcome::Ok);
        const QString sent = f.dialog.findChild<QLabel*>(u"checkResult"_s)->text();
        QVERIFY2(sent.contains(u"accepted the test SMS"_s), qPrintable(sent));
        QVERIFY2(sent.contains(u"Mind the balance"_s) && sent.contains(u"below the threshold"_s), qPrintable(sent));
        QVERIFY2(sent.contains(u"Mind the service status"_s) && sent.contains(u"major incident"_s), qPrintable(sent));

        // Once the balance is fine and the incident over, the warnings go.
        server.twilioBalance = u"30.00"_s;
        QCOMPARE(clickCheck(f.dialog, u"checkBalance"_s).outcome, CheckOutcome::Ok);
        server.statusIndicator = u"none"_s;
        QCOMPARE(clickCheck(f.dialog, u"checkServiceStatus"_s).outcome, CheckOutcome::Ok);
        QCOMPARE(clickCheck(f.dialog, u"sendTestSms"_s).outcome, CheckOutcome::Ok);
        const QString again = f.dialog.findChild<QLabel*>(u"checkResult"_s)->text();
        QVERIFY2(!again.contains(u"Mind the"_s), qPrintable(again));
    }

    void runningCheckShowsProgressAndCanBeCancelled()
    {
        NewProviderDialog f(m_secrets, &m_network);
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::Never);
        fillTwilio(f.dialog, server);
        QTest::keyClicks(edit(f.dialog, u"Secret"_s), QString::fromLatin1(server.twilioAuthToken));
        QSignalSpy finished(&f.dialog, &ProviderDialog::checkFinished);
        QSignalSpy received(&server, &FakeSmsServer::requestReceived);
        auto* check = f.dialog.findChild<QPushButton*>(u"checkBalance"_s);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(f.dialog.isChecking());
        QVERIFY(!check->isEnabled());
        auto* cancel = f.dialog.findChild<QPushButton*>(u"cancelCheck"_s);
        QVERIFY(cancel->isVisible());
        QVERIFY(received.wait(5000));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.size() == 1 || finished.wait(5000));
        QCOMPARE(finished.first().first().value<CheckResult>().outcome, CheckOutcome::Cancelled);
        QVERIFY(check->isEnabled());
        QVERIFY(!cancel->isVisible());
    }
};

QTEST_MAIN(TestProviderDialog)
#include "tst_providerdialog.moc"
