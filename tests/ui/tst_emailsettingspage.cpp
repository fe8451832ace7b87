// SPDX-License-Identifier: GPL-3.0-or-later
// System > E-mail, driven as an operator would on a real database and keychain, with a real SMTP
// server on 127.0.0.1: an administrator saves the server and the notices' contact line and sends a
// test e-mail that arrives; plain SMTP to another host is refused in words; others only look.
#include "core/audit/AuditLog.h"
#include "core/email/EmailSettings.h"
#include "core/secrets/SecretStore.h"
#include "core/session/ChangeFeed.h"
#include "core/session/Workspace.h"
#include "core/verification/ClientNoticeSettings.h"
#include "tests/support/AnotherDesk.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "tests/support/TestSmtpServer.h"
#include "ui/email/EmailSettingsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestEmailSettingsPage : public QObject
{
    Q_OBJECT

    KeychainSecretStore m_secrets {test::uniqueKeychainService()};
    const Actor m_admin {u"ada"_s, Role::Admin};

private slots:
    void anAdministratorSavesAndAConfiguredServerGetsTheTestEmail()
    {
        test::TestDatabase database;
        const Workspace workspace(database.shared());
        test::TestSmtpServer smtp(test::TestSmtpServer::Security::None);
        QVERIFY2(smtp.isValid(), qPrintable(smtp.problem()));
        ui::EmailSettingsPage page(workspace, m_secrets, m_admin);
        page.show();
        QSignalSpy finished(&page, &ui::EmailSettingsPage::finished);

        page.hostEdit()->setText(u"127.0.0.1"_s);
        page.portBox()->setValue(smtp.port());
        page.securityBox()->setCurrentIndex(page.securityBox()->findData(u"none"_s));
        page.fromEdit()->setText(u"support@broker.example"_s);
        page.contactEdit()->setText(u"Call us on +44 20 7946 0000"_s);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(page.statusLabel()->text().contains(u"saved"_s), qPrintable(page.statusLabel()->text()));
        const auto stored = EmailSettings(database.db(), m_secrets).load().value();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->host, u"127.0.0.1"_s);
        QCOMPARE(stored->port, int(smtp.port()));
        QCOMPARE(stored->security, SmtpSecurity::None);
        QCOMPARE(ClientNoticeSettings(database.db(), workspace.audit()).contactLine(),
                 u"Call us on +44 20 7946 0000"_s);

        page.testToEdit()->setText(u"it@broker.example"_s);
        QTest::mouseClick(page.testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
        QVERIFY2(page.statusLabel()->text().contains(u"sent to it@broker.example"_s),
                 qPrintable(page.statusLabel()->text()));
        QTRY_COMPARE(smtp.received().size(), 1);
        QCOMPARE(smtp.received().first().to, u"it@broker.example"_s);
    }

    void anotherDesksChangeReachesThePage_data()
    {
        QTest::addColumn<bool>("edited");
        QTest::newRow("untouched: shown at once") << false;
        QTest::newRow("unsaved edits: kept, not saved over it") << true;
    }

    void anotherDesksChangeReachesThePage()
    {
        QFETCH(bool, edited);
        test::TestDatabase database;
        const Workspace workspace(database.shared());
        ui::EmailSettingsPage page(workspace, m_secrets, m_admin);
        connect(&workspace.changeFeed(), &ChangeFeed::changed, &page, &ui::EmailSettingsPage::applyChanges);
        page.show();
        const QString before = page.contactEdit()->text();
        if (edited)
            page.hostEdit()->setText(u"smtp.broker.example"_s); // typed, not saved

        const test::AnotherDesk bob(database);
        const AuditLog bobsAudit(bob.db());
        const QString line = u"Call the desk on +44 20 7946 0001"_s;
        QVERIFY(ClientNoticeSettings(bob.db(), bobsAudit).setContactLine({u"bob"_s, Role::Admin}, line));
        QTRY_VERIFY_WITH_TIMEOUT(page.statusLabel()->text().contains(u"bob"_s), 2000);
        if (!edited) {
            QCOMPARE(page.contactEdit()->text(), line);
            QVERIFY(page.saveButton()->isEnabled());
            QVERIFY(!page.reloadButton()->isVisible());
            return;
        }
        QVERIFY(page.reloadButton()->isVisible());
        QVERIFY(!page.saveButton()->isEnabled());
        QCOMPARE(page.hostEdit()->text(), u"smtp.broker.example"_s); // the edits stay until the operator decides
        QCOMPARE(page.contactEdit()->text(), before);

        QTest::mouseClick(page.reloadButton(), Qt::LeftButton);
        QCOMPARE(page.contactEdit()->text(), line);
        QCOMPARE(page.hostEdit()->text(), QString());
        QVERIFY(page.saveButton()->isEnabled());
        QVERIFY(!page.reloadButton()->isVisible());
    }

    void plainSmtpToAnotherHostIsRefusedInWords()
    {
        test::TestDatabase database;
        const Workspace workspace(database.shared());
        ui::EmailSettingsPage page(workspace, m_secrets, m_admin);
        QSignalSpy finished(&page, &ui::EmailSettingsPage::finished);
        page.hostEdit()->setText(u"smtp.example.com"_s);
        page.securityBox()->setCurrentIndex(page.securityBox()->findData(u"none"_s));
        page.fromEdit()->setText(u"support@broker.example"_s);
        page.saveButton()->click();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(page.statusLabel()->text().startsWith(u"Not saved"_s), qPrintable(page.statusLabel()->text()));
        QVERIFY(!EmailSettings(database.db(), m_secrets).load().value().has_value());
    }

    void othersOnlyLookAndEveryControlHasAName()
    {
        test::TestDatabase database;
        const Workspace workspace(database.shared());
        ui::EmailSettingsPage page(workspace, m_secrets, {u"sam"_s, Role::Support});
        QVERIFY(!page.saveButton()->isEnabled());
        QVERIFY(!page.hostEdit()->isEnabled());
        QVERIFY(!page.testButton()->isEnabled());
        QVERIFY(page.statusLabel()->text().contains(u"Only administrators"_s));
        for (QWidget* control : std::initializer_list<QWidget*> {
                 page.hostEdit(), page.portBox(), page.securityBox(), page.userEdit(), page.passwordEdit(),
                 page.fromEdit(), page.contactEdit(), page.testToEdit(), page.saveButton(), page.testButton()})
            QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
        QCOMPARE(page.passwordEdit()->echoMode(), QLineEdit::Password);
    }
};

QTEST_MAIN(TestEmailSettingsPage)
#include "tst_emailsettingspage.moc"
