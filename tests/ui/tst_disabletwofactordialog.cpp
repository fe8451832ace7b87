// SPDX-License-Identifier: GPL-3.0-or-later
// The confirmation before turning a client's 2FA off: Disable only with the client's request ticked
// and a reason, Cancel as default, Escape cancels, and a stale client is refused without a change.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "tests/support/TestDatabase.h"
#include "ui/clients/DisableTwoFactorDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

class TestDisableTwoFactorDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<TwoFactorService> m_service;
    const Actor m_actor {u"sam"_s, Role::Support};
    Client m_client;

    qint64 auditCount() { return m_db->db().scalar(u"SELECT count(*) FROM audit_events"_s).value().toLongLong(); }
    TwoFactorMethod storedMethod() { return ClientRepository(m_db->db()).find(m_client.id).value().method; }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        m_audit = std::make_unique<AuditLog>(m_db->db());
        m_service = std::make_unique<TwoFactorService>(m_db->db(), *m_audit);
        m_client = m_db->addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
    }

    void warnsAboutProtectionAndTheErasedSecret()
    {
        DisableTwoFactorDialog dialog(*m_service, m_actor, m_client);
        const QString warning = dialog.findChild<QLabel*>(u"warningLabel"_s)->text();
        QVERIFY(warning.contains(u"removes a layer of protection"_s));
        QVERIFY(warning.contains(u"explicit request"_s));
        QVERIFY(warning.contains(u"responsibility"_s));
        QVERIFY(warning.contains(u"secret is erased"_s));
    }

    void disableNeedsBothTheCheckboxAndAReason()
    {
        DisableTwoFactorDialog dialog(*m_service, m_actor, m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.disableButton()->isEnabled());
        dialog.requestedCheckBox()->click();
        QVERIFY(!dialog.disableButton()->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), u"   "_s);
        QVERIFY(!dialog.disableButton()->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), u"SUP-9"_s);
        QVERIFY(dialog.disableButton()->isEnabled());
        dialog.requestedCheckBox()->click();
        QVERIFY(!dialog.disableButton()->isEnabled());
    }

    void cancelIsTheDefaultAndEnterNeverDisables()
    {
        DisableTwoFactorDialog dialog(*m_service, m_actor, m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.cancelButton()->isDefault());
        QVERIFY(!dialog.disableButton()->isDefault());
        dialog.requestedCheckBox()->setChecked(true);
        QTest::keyClicks(dialog.reasonEdit(), u"SUP-9"_s);
        // Enter in the reason field neither disables nor throws the typed reason away.
        QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return);
        QTest::keyClick(dialog.reasonEdit(), Qt::Key_Enter, Qt::KeypadModifier);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.reasonEdit()->text(), u"SUP-9"_s);
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        // Elsewhere Enter presses the default, Cancel.
        dialog.requestedCheckBox()->setFocus();
        QTest::keyClick(dialog.requestedCheckBox(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        QCOMPARE(auditCount(), 0);
    }

    void escapeCancelsAndChangesNothing()
    {
        DisableTwoFactorDialog dialog(*m_service, m_actor, m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.requestedCheckBox()->setChecked(true);
        dialog.reasonEdit()->setText(u"SUP-9"_s);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.rejectedAsStale());
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        QCOMPARE(auditCount(), 0);
    }

    void cancelButtonChangesNothing()
    {
        DisableTwoFactorDialog dialog(*m_service, m_actor, m_client);
        dialog.show();
        dialog.requestedCheckBox()->setChecked(true);
        dialog.reasonEdit()->setText(u"SUP-9"_s);
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        QCOMPARE(auditCount(), 0);
    }

    void confirmWritesTheStateAndTheAuditEvent()
    {
        DisableTwoFactorDialog dialog(*m_service, m_actor, m_client);
        dialog.show();
        dialog.requestedCheckBox()->setChecked(true);
        QTest::keyClicks(dialog.reasonEdit(), u"SUP-9 lost phone"_s);
        QTest::mouseClick(dialog.disableButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.updatedClient().method, TwoFactorMethod::None);
        QCOMPARE(storedMethod(), TwoFactorMethod::None);
        const AuditEvent event = m_audit->list({}).value().first();
        QCOMPARE(event.reason, u"SUP-9 lost phone"_s);
        QCOMPARE(event.operatorName, u"sam"_s);
        QCOMPARE(event.before, u"authenticator"_s);
    }

    void staleClientIsRefusedWithoutAChange()
    {
        DisableTwoFactorDialog dialog(*m_service, m_actor, m_client);
        dialog.show();
        // Another window or the CLI changes the client while the dialog is open.
        QVERIFY(m_db->db().exec(u"UPDATE clients SET row_version = row_version + 1 WHERE id = 7"_s).ok());
        dialog.requestedCheckBox()->setChecked(true);
        dialog.reasonEdit()->setText(u"SUP-9"_s);
        QTest::mouseClick(dialog.disableButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.rejectedAsStale());
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        QCOMPARE(auditCount(), 0);
    }

    void refusedRoleIsExplainedAndTheDialogStays()
    {
        DisableTwoFactorDialog dialog(*m_service, Actor {u"vic"_s, Role::Viewer}, m_client);
        dialog.show();
        dialog.requestedCheckBox()->setChecked(true);
        dialog.reasonEdit()->setText(u"SUP-9"_s);
        QTest::mouseClick(dialog.disableButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel*>(u"errorLabel"_s)->text().contains(u"role"_s));
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
    }

    void interactiveWidgetsHaveAccessibleNames()
    {
        DisableTwoFactorDialog dialog(*m_service, m_actor, m_client);
        QVERIFY(!dialog.disableButton()->accessibleName().isEmpty());
        QVERIFY(!dialog.cancelButton()->accessibleName().isEmpty());
        QVERIFY(!dialog.requestedCheckBox()->accessibleName().isEmpty());
        QVERIFY(!dialog.reasonEdit()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestDisableTwoFactorDialog)
#include "tst_disabletwofactordialog.moc"
