// SPDX-License-Identifier: GPL-3.0-or-later
// The confirmation before turning a client's 2FA off: the caller first proves to be the client with
// a code on a channel that is not the factor removed (read here from the e-mail a real SMTP server
// received); Disable only with the client's request ticked, a reason that meets the rule and a
// verified code; a SIM swap leaves only the four-eyes request; Cancel as default, Escape cancels,
// and a stale client is refused without a change.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/verification/DisableRequestService.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/ui/tst_ui_verification_rig.h"
#include "ui/clients/DisableTwoFactorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
/// A six-digit code that is not `code`.
QString otherThan(const QString& code)
{
    QString wrong = code;
    wrong[0] = code[0] == u'1' ? u'2' : u'1';
    return wrong;
}
} // namespace

class TestDisableTwoFactorDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::UiVerificationRig> m_rig;
    std::unique_ptr<CallerVerification> m_verification;
    const Actor m_actor {u"sam"_s, Role::Support};
    Client m_client;

    const TwoFactorService& service() const { return m_rig->workspace.twoFactor(); }
    TwoFactorMethod storedMethod() { return ClientRepository(m_rig->database.db()).find(m_client.id).value().method; }
    qint64 disableEvents()
    {
        return m_rig->count(u"SELECT count(*) FROM audit_events WHERE action = 'client.2fa.disable'"_s);
    }

    std::unique_ptr<DisableTwoFactorDialog> open(const Actor& actor)
    {
        auto dialog = std::make_unique<DisableTwoFactorDialog>(service(), *m_verification, actor, m_client);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("dialog not exposed");
        return dialog;
    }

    /// Sends a code by the channel chosen in the dialog and waits for the answer.
    static bool send(DisableTwoFactorDialog& dialog)
    {
        QSignalSpy finished(&dialog, &DisableTwoFactorDialog::codeSendFinished);
        dialog.sendButton()->click();
        return finished.wait(20000);
    }

    static void chooseEmail(DisableTwoFactorDialog& dialog)
    {
        for (int i = 0; i < dialog.channelCombo()->count(); ++i) {
            if (dialog.channelCombo()->itemText(i).startsWith(u"E-mail"_s))
                dialog.channelCombo()->setCurrentIndex(i);
        }
    }

    /// Sends a code by e-mail, reads it from the received message and checks it in.
    bool verifyByEmail(DisableTwoFactorDialog& dialog)
    {
        chooseEmail(dialog);
        const qsizetype before = m_rig->smtp.received().size();
        if (!send(dialog))
            return false;
        const QString code = m_rig->receivedCode(int(before));
        if (code.size() != 6)
            return false;
        QTest::keyClicks(dialog.codeEdit(), code);
        dialog.checkButton()->click();
        return dialog.codeVerified();
    }

private slots:
    void init()
    {
        m_rig = std::make_unique<test::UiVerificationRig>();
        QVERIFY(m_rig->configureEmail());
        m_verification = m_rig->makeVerification();
        m_client
            = m_rig->database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
    }

    void cleanup()
    {
        m_verification.reset();
        m_rig.reset();
    }

    void warnsAboutProtectionAndTheErasedSecret()
    {
        DisableTwoFactorDialog dialog(service(), *m_verification, m_actor, m_client);
        const QString warning = dialog.findChild<QLabel*>(u"warningLabel"_s)->text();
        QVERIFY(warning.contains(u"removes a layer of protection"_s));
        QVERIFY(warning.contains(u"explicit request"_s));
        QVERIFY(warning.contains(u"responsibility"_s));
        QVERIFY(warning.contains(u"secret is erased"_s));
    }

    void offersOnlyTheAllowedChannelsWithMaskedDestinations()
    {
        DisableTwoFactorDialog authenticator(service(), *m_verification, m_actor, m_client);
        QCOMPARE(authenticator.channelCombo()->count(), 2);
        QVERIFY(authenticator.channelCombo()->itemText(0).startsWith(u"SMS to"_s));
        QVERIFY(authenticator.channelCombo()->itemText(1).startsWith(u"E-mail to a•••@example.com"_s));
        QVERIFY(!authenticator.channelCombo()->itemText(0).contains(m_client.phone));
        QVERIFY(authenticator.channelCombo()->itemText(0).contains(m_client.phone.right(3)));

        const Client sms = m_rig->database.addClient(test::makeClient(8, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Sms));
        DisableTwoFactorDialog removingSms(service(), *m_verification, m_actor, sms);
        QCOMPARE(removingSms.channelCombo()->count(), 1); // an SMS proves nothing when SMS is removed
        QVERIFY(removingSms.channelCombo()->itemText(0).startsWith(u"E-mail to"_s));
    }

    void disableNeedsTheCheckboxAGoodReasonAndAVerifiedCode()
    {
        auto dialog = open(m_actor);
        QVERIFY(!dialog->disableButton()->isEnabled());
        dialog->requestedCheckBox()->click();
        QTest::keyClicks(dialog->reasonEdit(), u"ab"_s); // neither a ticket nor a sentence
        QVERIFY(!dialog->disableButton()->isEnabled());
        dialog->reasonEdit()->setText(u"SUP-9"_s);
        QVERIFY(!dialog->disableButton()->isEnabled()); // no verified code yet
        QVERIFY(verifyByEmail(*dialog));
        QVERIFY(dialog->checkStatusLabel()->text().startsWith(u"Verified"_s));
        QVERIFY(dialog->disableButton()->isEnabled());
        QVERIFY(!dialog->sendButton()->isEnabled()); // nothing more to send
        dialog->requestedCheckBox()->click();
        QVERIFY(!dialog->disableButton()->isEnabled());
        dialog->requestedCheckBox()->click();
        dialog->reasonEdit()->setText(u"short"_s);
        QVERIFY(!dialog->disableButton()->isEnabled());
        dialog->reasonEdit()->setText(u"lost phone, called from home"_s);
        QVERIFY(dialog->disableButton()->isEnabled());
    }

    void sendingShowsProgressAndWhereTheCodeWent()
    {
        auto dialog = open(m_actor);
        chooseEmail(*dialog);
        QSignalSpy finished(dialog.get(), &DisableTwoFactorDialog::codeSendFinished);
        dialog->sendButton()->click();
        QVERIFY(dialog->sendProgress()->isVisible());
        QVERIFY(!dialog->sendButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!dialog->sendProgress()->isVisible());
        QVERIFY2(dialog->sendStatusLabel()->text().contains(u"a•••@example.com"_s),
                 qPrintable(dialog->sendStatusLabel()->text()));
        // The code itself is shown nowhere in the dialog.
        const QString code = m_rig->receivedCode();
        QCOMPARE(code.size(), 6);
        for (QLabel* label : dialog->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(code), qPrintable(label->text()));
    }

    void wrongCodesShowTheAttemptsLeftThenLock()
    {
        auto dialog = open(m_actor);
        chooseEmail(*dialog);
        QVERIFY(send(*dialog));
        const QString code = m_rig->receivedCode();
        QCOMPARE(code.size(), 6);
        QTest::keyClicks(dialog->codeEdit(), otherThan(code));
        dialog->checkButton()->click();
        QCOMPARE(dialog->checkStatusLabel()->text(), u"Wrong code. 2 attempt(s) left."_s);
        dialog->codeEdit()->setText(otherThan(code));
        QTest::keyClick(dialog->codeEdit(), Qt::Key_Return); // Enter in the code field checks it
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->checkStatusLabel()->text(), u"Wrong code. 1 attempt(s) left."_s);
        dialog->codeEdit()->setText(otherThan(code));
        dialog->checkButton()->click();
        QVERIFY(dialog->checkStatusLabel()->text().startsWith(u"Locked"_s));
        // Even the right code no longer helps.
        dialog->codeEdit()->setText(code);
        dialog->checkButton()->click();
        QVERIFY(!dialog->codeVerified());
        dialog->requestedCheckBox()->setChecked(true);
        dialog->reasonEdit()->setText(u"SUP-9"_s);
        QVERIFY(!dialog->disableButton()->isEnabled());
    }

    void anExpiredCodeMustBeSentAgain()
    {
        auto dialog = open(m_actor);
        chooseEmail(*dialog);
        QVERIFY(send(*dialog));
        const QString code = m_rig->receivedCode();
        QCOMPARE(code.size(), 6);
        m_rig->clock.advanceSeconds(11 * 60); // the client took too long
        QTest::keyClicks(dialog->codeEdit(), code);
        dialog->checkButton()->click();
        QCOMPARE(dialog->checkStatusLabel()->text(), u"The code expired. Send a new one."_s);
        QVERIFY(!dialog->codeVerified());
        QVERIFY(dialog->sendButton()->isEnabled());
    }

    void emailNotSetUpIsExplained()
    {
        QVERIFY(m_rig->database.db().exec(u"DELETE FROM email_settings"_s).ok());
        m_verification = m_rig->makeVerification();
        auto dialog = open(m_actor);
        chooseEmail(*dialog);
        QVERIFY(dialog->channelCombo()->currentText().contains(u"not set up"_s));
        QVERIFY(send(*dialog));
        QVERIFY2(dialog->sendStatusLabel()->text().contains(u"E-mail is not set up"_s),
                 qPrintable(dialog->sendStatusLabel()->text()));
        QVERIFY(dialog->sendButton()->isEnabled()); // can try again, or another channel
        QVERIFY(!dialog->simSwapWarning()->isVisible());
    }

    void simSwapWarnsAndLeavesOnlyTheFourEyesWay()
    {
        QVERIFY(m_rig->configureSms());
        m_rig->sms->twilioLookup.swappedInPeriod = true;
        m_verification = m_rig->makeVerification();
        auto dialog = open(m_actor);
        dialog->channelCombo()->setCurrentIndex(0); // SMS
        QVERIFY(send(*dialog));
        QVERIFY2(dialog->simSwapWarning()->isVisible(), qPrintable(dialog->sendStatusLabel()->text()));
        QVERIFY(dialog->simSwapWarning()->text().contains(u"may not be the client"_s));
        QVERIFY(dialog->simSwapWarning()->text().contains(u"colleague"_s));
        QCOMPARE(m_rig->count(u"SELECT count(*) FROM identity_challenges"_s), 0);
        // No other channel either: whoever holds the number may hold the mailbox too.
        QVERIFY(!dialog->sendButton()->isEnabled());
        QVERIFY(!dialog->channelCombo()->isEnabled());
        QVERIFY(!dialog->codeEdit()->isEnabled());
        dialog->requestedCheckBox()->setChecked(true);
        dialog->reasonEdit()->setText(u"SUP-9"_s);
        QVERIFY(!dialog->disableButton()->isEnabled());
        dialog->identityCheckEdit()->setText(u"passport seen at the branch"_s);
        QVERIFY(dialog->requestButton()->isEnabled());
    }

    void verifiedBySmsWhenTheCarrierSeesNoSwap()
    {
        QVERIFY(m_rig->configureSms());
        m_verification = m_rig->makeVerification();
        auto dialog = open(m_actor);
        dialog->channelCombo()->setCurrentIndex(0); // SMS
        QVERIFY(send(*dialog));
        QVERIFY2(dialog->sendStatusLabel()->text().startsWith(u"Code sent by SMS"_s),
                 qPrintable(dialog->sendStatusLabel()->text()));
        QVERIFY(!dialog->simSwapWarning()->isVisible());
        // The client reads out the code from the SMS the provider was asked to send.
        QString code;
        static const QRegularExpression pattern(u"identity code is ([0-9]{6})"_s);
        for (const auto& request : m_rig->sms->requests()) {
            if (request.method == "POST" && request.path.endsWith(u"/Messages.json"_s))
                code = pattern.match(request.formValue(u"Body"_s)).captured(1);
        }
        QCOMPARE(code.size(), 6);
        QTest::keyClicks(dialog->codeEdit(), code);
        dialog->checkButton()->click();
        QVERIFY(dialog->codeVerified());
        dialog->requestedCheckBox()->setChecked(true);
        dialog->reasonEdit()->setText(u"SUP-9"_s);
        QTest::mouseClick(dialog->disableButton(), Qt::LeftButton);
        QCOMPARE(dialog->outcome(), DisableTwoFactorDialog::Outcome::Disabled);
        QCOMPARE(storedMethod(), TwoFactorMethod::None);
    }

    void fourEyesRequestIsFiledAndNothingIsTurnedOff()
    {
        auto dialog = open(m_actor);
        dialog->requestedCheckBox()->setChecked(true);
        dialog->reasonEdit()->setText(u"SUP-9"_s);
        QTest::keyClicks(dialog->identityCheckEdit(), u"passport"_s);
        QVERIFY(!dialog->requestButton()->isEnabled()); // fewer than 10 characters
        QTest::keyClicks(dialog->identityCheckEdit(), u" seen at the branch"_s);
        QVERIFY(dialog->requestButton()->isEnabled());
        // Enter in the field neither files nor cancels.
        QTest::keyClick(dialog->identityCheckEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        dialog->requestButton()->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->outcome(), DisableTwoFactorDialog::Outcome::RequestFiled);
        QVERIFY(dialog->filedRequest().id > 0);
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        const auto pending = m_verification->requests().pending(Actor {u"sue"_s, Role::Support});
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().identityCheck, u"passport seen at the branch"_s);
        QCOMPARE(pending->first().requestedBy, u"sam"_s);
    }

    void cancelIsTheDefaultAndEnterNeverDisables()
    {
        auto dialog = open(m_actor);
        QVERIFY(dialog->cancelButton()->isDefault());
        QVERIFY(!dialog->disableButton()->isDefault());
        dialog->requestedCheckBox()->setChecked(true);
        QTest::keyClicks(dialog->reasonEdit(), u"SUP-9"_s);
        QVERIFY(verifyByEmail(*dialog));
        // Enter in a text field neither disables nor throws the typed text away.
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Enter, Qt::KeypadModifier);
        QTest::keyClicks(dialog->identityCheckEdit(), u"typed"_s);
        QTest::keyClick(dialog->identityCheckEdit(), Qt::Key_Return);
        QTest::keyClick(dialog->codeEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->reasonEdit()->text(), u"SUP-9"_s);
        QCOMPARE(dialog->identityCheckEdit()->text(), u"typed"_s);
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        // Elsewhere Enter presses the default, Cancel.
        dialog->requestedCheckBox()->setFocus();
        QTest::keyClick(dialog->requestedCheckBox(), Qt::Key_Return);
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        QCOMPARE(disableEvents(), 0);
    }

    void escapeCancelsAndChangesNothing()
    {
        auto dialog = open(m_actor);
        dialog->requestedCheckBox()->setChecked(true);
        dialog->reasonEdit()->setText(u"SUP-9"_s);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(!dialog->rejectedAsStale());
        QCOMPARE(dialog->outcome(), DisableTwoFactorDialog::Outcome::None);
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        QCOMPARE(disableEvents(), 0);
    }

    void closingWhileSendingDropsTheAnswer()
    {
        auto dialog = open(m_actor);
        chooseEmail(*dialog);
        QSignalSpy finished(dialog.get(), &DisableTwoFactorDialog::codeSendFinished);
        dialog->sendButton()->click();
        QVERIFY(dialog->sendProgress()->isVisible());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        dialog.reset();
        // The code still goes out and is recorded; nothing reports to the closed dialog.
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->smtp.received().size(), 1, 20000);
        // Recorded once the mail job has ended, which is after the server has the message: waiting for
        // it also keeps the job from finishing into the next test, after this one's database is gone.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_rig->count(u"SELECT count(*) FROM identity_challenges WHERE client_id = 7 AND state = 'open'"_s), 1,
            20000);
        QCOMPARE(m_rig->count(u"SELECT count(*) FROM identity_challenges WHERE client_id = 7"_s), 1);
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
    }

    void confirmUsesTheCodeAndWritesTheAuditEvent()
    {
        auto dialog = open(m_actor);
        dialog->requestedCheckBox()->setChecked(true);
        QTest::keyClicks(dialog->reasonEdit(), u"SUP-9 lost phone"_s);
        QVERIFY(verifyByEmail(*dialog));
        QTest::mouseClick(dialog->disableButton(), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->outcome(), DisableTwoFactorDialog::Outcome::Disabled);
        QCOMPARE(dialog->updatedClient().method, TwoFactorMethod::None);
        QCOMPARE(dialog->reason(), u"SUP-9 lost phone"_s);
        QCOMPARE(storedMethod(), TwoFactorMethod::None);
        QCOMPARE(disableEvents(), 1);
        const AuditEvent event = m_rig->workspace.audit().list({}).value().first();
        QCOMPARE(event.reason, u"SUP-9 lost phone"_s);
        QCOMPARE(event.operatorName, u"sam"_s);
        QCOMPARE(event.before, u"authenticator"_s);
    }

    void staleClientIsRefusedWithoutAChange()
    {
        auto dialog = open(m_actor);
        dialog->requestedCheckBox()->setChecked(true);
        dialog->reasonEdit()->setText(u"SUP-9"_s);
        QVERIFY(verifyByEmail(*dialog));
        // Another window or the CLI changes the client while the dialog is open.
        QVERIFY(m_rig->database.db().exec(u"UPDATE clients SET row_version = row_version + 1 WHERE id = 7"_s).ok());
        QTest::mouseClick(dialog->disableButton(), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(dialog->rejectedAsStale());
        QVERIFY(!dialog->staleText().isEmpty());
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        QCOMPARE(disableEvents(), 0);
    }

    void refusedRoleIsExplainedAndTheDialogStays()
    {
        auto dialog = open(Actor {u"vic"_s, Role::Viewer});
        chooseEmail(*dialog);
        QVERIFY(send(*dialog));
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->sendStatusLabel()->text().contains(u"role"_s), qPrintable(dialog->sendStatusLabel()->text()));
        QCOMPARE(m_rig->smtp.received().size(), 0);
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
    }

    void interactiveWidgetsHaveAccessibleNamesAndLabelsStayReadable()
    {
        auto dialog = open(m_actor);
        for (QWidget* widget : dialog->findChildren<QWidget*>()) {
            if (widget->focusPolicy() != Qt::NoFocus && widget->isVisibleTo(dialog.get())
                && !qobject_cast<QLabel*>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
        QVERIFY(!dialog->sendProgress()->accessibleName().isEmpty());
        QVERIFY(verifyByEmail(*dialog));
        QCOMPARE(test::labelsHidingTheirText(*dialog), QStringList());
    }
};

QTEST_MAIN(TestDisableTwoFactorDialog)
#include "tst_disabletwofactordialog.moc"
