// SPDX-License-Identifier: GPL-3.0-or-later
// A client's details: read-only General tab, the Settings tab's 2FA section, disabling through the
// confirmation dialog, and a stale edit refused with a message and a reload.
#include "core/clients/ClientRepository.h"
#include "core/session/ChangeFeed.h"
#include "core/session/Workspace.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/support/AnotherDesk.h"
#include "tests/ui/tst_ui_verification_rig.h"
#include "ui/clients/ClientDetailsDialog.h"
#include "ui/clients/DisableTwoFactorDialog.h"

#include <QComboBox>

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

class TestClientDetails : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::UiVerificationRig> m_rig;
    const Actor m_actor {u"sam"_s, Role::Support};

    /// A details dialog that makes its CallerVerification from the rig, as OperatorSession does.
    std::unique_ptr<ClientDetailsDialog> details(qint64 clientId, const Actor& actor)
    {
        auto dialog = std::make_unique<ClientDetailsDialog>(m_rig->workspace.clients(), m_rig->workspace.twoFactor(),
                                                            actor, clientId);
        dialog->setVerificationFactory([this] {
            return CallerVerification::create(m_rig->workspace, m_rig->secrets, &m_rig->network, {}, m_rig->clock);
        });
        return dialog;
    }

    /// Answers the next modal Disable dialog: sends a code by e-mail, types what the client reads
    /// out, ticks, types a reason and confirms; `meanwhile` runs just before the click (to change
    /// the client elsewhere).
    void confirmNextDisableDialog(std::function<void()> meanwhile = {})
    {
        QTimer::singleShot(0, this, [this, meanwhile] {
            auto* dialog = qobject_cast<DisableTwoFactorDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->channelCombo()->setCurrentIndex(dialog->channelCombo()->count() - 1); // e-mail
            const qsizetype mails = m_rig->smtp.received().size();
            QSignalSpy sent(dialog, &DisableTwoFactorDialog::codeSendFinished);
            dialog->sendButton()->click();
            QVERIFY(sent.wait(20000));
            dialog->codeEdit()->setText(m_rig->receivedCode(int(mails)));
            dialog->checkButton()->click();
            QVERIFY(dialog->codeVerified());
            dialog->requestedCheckBox()->setChecked(true);
            dialog->reasonEdit()->setText(u"SUP-5"_s);
            if (meanwhile)
                meanwhile();
            dialog->disableButton()->click();
        });
    }

    /// Answers the next modal Disable dialog with a four-eyes request.
    void requestNextDisable()
    {
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<DisableTwoFactorDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->requestedCheckBox()->setChecked(true);
            dialog->reasonEdit()->setText(u"SUP-5"_s);
            dialog->identityCheckEdit()->setText(u"passport seen at the branch"_s);
            dialog->requestButton()->click();
        });
    }

    qint64 disableEvents() const
    {
        return m_rig->count(u"SELECT count(*) FROM audit_events WHERE action = 'client.2fa.disable'"_s);
    }

    QString labelText(const ClientDetailsDialog& dialog, const QString& accessibleText)
    {
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->accessibleDescription() == accessibleText)
                return label->text();
        }
        return u"<no label>"_s;
    }

private slots:
    void init()
    {
        m_rig = std::make_unique<test::UiVerificationRig>();
        QVERIFY(m_rig->configureEmail());
    }

    void cleanup() { m_rig.reset(); }

    void generalTabShowsTheClientReadOnly()
    {
        m_rig->database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s));
        ClientDetailsDialog dialog(m_rig->workspace.clients(), m_rig->workspace.twoFactor(), m_actor, 7);
        QCOMPARE(dialog.tabs()->count(), 2);
        QCOMPARE(dialog.tabs()->tabText(0), u"&General"_s);
        QCOMPARE(dialog.tabs()->tabText(1), u"&Settings"_s);
        QCOMPARE(labelText(dialog, u"Client ID"_s), u"7"_s);
        QCOMPARE(labelText(dialog, u"Name"_s), u"Ada Lovelace"_s);
        QCOMPARE(labelText(dialog, u"E-mail"_s), u"ada.lovelace@example.com"_s);
        QVERIFY(labelText(dialog, u"Country"_s).contains(u"GB"_s));
        QCOMPARE(test::labelsHidingTheirText(dialog), QStringList());
        QVERIFY(dialog.findChildren<QLineEdit*>().isEmpty()); // nothing to edit
    }

    void settingsShowsTheAuthenticatorOnWithDisable()
    {
        m_rig->database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        ClientDetailsDialog dialog(m_rig->workspace.clients(), m_rig->workspace.twoFactor(), m_actor, 7);
        dialog.show();
        dialog.tabs()->setCurrentIndex(1);
        QVERIFY(labelText(dialog, u"Google Authenticator state"_s).startsWith(u"On (since"_s));
        QCOMPARE(labelText(dialog, u"SMS confirmation state"_s), u"Off"_s);
        QVERIFY(dialog.disableAuthenticatorButton()->isVisible());
        QVERIFY(!dialog.disableSmsButton()->isVisible());
        QVERIFY(!dialog.findChild<QLabel*>(u"noneNote"_s)->isVisible());
    }

    void settingsShowsSmsWithThePhoneNumber()
    {
        const Client alan
            = m_rig->database.addClient(test::makeClient(8, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Sms));
        ClientDetailsDialog dialog(m_rig->workspace.clients(), m_rig->workspace.twoFactor(), m_actor, 8);
        dialog.show();
        dialog.tabs()->setCurrentIndex(1);
        QVERIFY(labelText(dialog, u"SMS confirmation state"_s).contains(alan.phone));
        QCOMPARE(labelText(dialog, u"Google Authenticator state"_s), u"Off"_s);
        QVERIFY(dialog.disableSmsButton()->isVisible());
        QVERIFY(!dialog.disableAuthenticatorButton()->isVisible());
    }

    void withNothingOnItSaysOnlyTheClientCanTurnItOn()
    {
        m_rig->database.addClient(test::makeClient(9, u"Grace"_s, u"Hopper"_s));
        ClientDetailsDialog dialog(m_rig->workspace.clients(), m_rig->workspace.twoFactor(), m_actor, 9);
        dialog.show();
        dialog.tabs()->setCurrentIndex(1);
        auto* note = dialog.findChild<QLabel*>(u"noneNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"Security section of the client UI"_s));
        QVERIFY(!dialog.disableAuthenticatorButton()->isVisible());
        QVERIFY(!dialog.disableSmsButton()->isVisible());
        // No control anywhere turns a method on.
        for (QPushButton* button : dialog.findChildren<QPushButton*>())
            QVERIFY2(!button->text().contains(u"Enable"_s), qPrintable(button->text()));
    }

    void disablingShowsTheNewStateAtOnceAndTellsTheClient()
    {
        m_rig->database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        auto dialog = details(7, m_actor);
        dialog->show();
        dialog->tabs()->setCurrentIndex(1);
        QSignalSpy changed(dialog.get(), &ClientDetailsDialog::clientChanged);
        QSignalSpy noticed(dialog.get(), &ClientDetailsDialog::noticeFinished);
        confirmNextDisableDialog();
        dialog->disableAuthenticatorButton()->click();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(labelText(*dialog, u"Google Authenticator state"_s), u"Off"_s);
        QVERIFY(!dialog->disableAuthenticatorButton()->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(u"noneNote"_s)->isVisible());
        QCOMPARE(ClientRepository(m_rig->database.db()).find(7).value().method, TwoFactorMethod::None);
        QCOMPARE(disableEvents(), 1);
        // The notice: by e-mail it arrives, by SMS it fails (no provider here); the disable stands.
        QTRY_COMPARE_WITH_TIMEOUT(noticed.size(), 1, 20000);
        const QString message = dialog->messageLabel()->text();
        QVERIFY2(message.contains(u"Google Authenticator is now off"_s), qPrintable(message));
        QVERIFY2(message.contains(u"The client was told by e-mail (a•••@example.com)"_s), qPrintable(message));
        QVERIFY2(message.contains(u"The notice to the client by SMS"_s) && message.contains(u"The disable stands"_s),
                 qPrintable(message));
        QCOMPARE(m_rig->smtp.received().size(), 2); // the code, then the notice
        QCOMPARE(ClientRepository(m_rig->database.db()).find(7).value().method, TwoFactorMethod::None);
    }

    void closingWhileTheNoticeIsOnItsWayStillTellsTheClient()
    {
        m_rig->database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        auto dialog = details(7, m_actor);
        dialog->show();
        confirmNextDisableDialog();
        dialog->disableAuthenticatorButton()->click();
        QVERIFY(dialog->noticePending());
        dialog->reject();
        dialog.reset(); // the window and its CallerVerification are gone before the server answers
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->smtp.received().size(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_rig->count(u"SELECT count(*) FROM audit_events WHERE action = 'client.notice.send'"_s), 2, 20000);
        QCOMPARE(ClientRepository(m_rig->database.db()).find(7).value().method, TwoFactorMethod::None);
    }

    void aFourEyesRequestSaysItIsWaiting()
    {
        m_rig->database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        auto dialog = details(7, m_actor);
        dialog->show();
        dialog->tabs()->setCurrentIndex(1);
        requestNextDisable();
        dialog->disableAuthenticatorButton()->click();
        const QString message = dialog->messageLabel()->text();
        QVERIFY2(message.contains(u"is waiting for a colleague's approval"_s), qPrintable(message));
        QVERIFY(message.startsWith(u"Request "_s));
        QCOMPARE(ClientRepository(m_rig->database.db()).find(7).value().method, TwoFactorMethod::Authenticator);
        QVERIFY(dialog->disableAuthenticatorButton()->isVisible());
        QCOMPARE(disableEvents(), 0);
    }

    void withoutAWayToVerifyTheCallerNothingCanBeDisabled()
    {
        m_rig->database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        ClientDetailsDialog dialog(m_rig->workspace.clients(), m_rig->workspace.twoFactor(), m_actor, 7);
        dialog.show();
        dialog.disableAuthenticatorButton()->click(); // no dialog opens: nothing to answer
        QVERIFY(dialog.messageLabel()->isVisible());
        QVERIFY(dialog.messageLabel()->text().contains(u"identity cannot be verified"_s));
        QCOMPARE(ClientRepository(m_rig->database.db()).find(7).value().method, TwoFactorMethod::Authenticator);
    }

    void staleEditShowsTheMessageAndReloads()
    {
        m_rig->database.addClient(test::makeClient(8, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Sms));
        auto dialog = details(8, m_actor);
        dialog->show();
        dialog->tabs()->setCurrentIndex(1);
        // The CLI changes the client's phone after the dialog opened.
        confirmNextDisableDialog([this] {
            QVERIFY(m_rig->database.db()
                        .exec(u"UPDATE clients SET phone = '+447700900123', row_version = row_version + 1 "
                              u"WHERE id = 8"_s)
                        .ok());
        });
        dialog->disableSmsButton()->click();
        auto* message = dialog->findChild<QLabel*>(u"messageLabel"_s);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"changed elsewhere since you opened it"_s));
        QCOMPARE(labelText(*dialog, u"Phone"_s), u"+447700900123"_s); // reloaded
        QCOMPARE(ClientRepository(m_rig->database.db()).find(8).value().method, TwoFactorMethod::Sms);
        QCOMPARE(disableEvents(), 0);
    }

    void aClientChangedOnAnotherDeskSaysSoAndShowsTheCurrentState()
    {
        m_rig->database.addClient(test::makeClient(8, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Sms));
        auto dialog = details(8, m_actor);
        connect(&m_rig->workspace.changeFeed(), &ChangeFeed::changed, dialog.get(), &ClientDetailsDialog::applyChanges);
        QSignalSpy changed(dialog.get(), &ClientDetailsDialog::clientChanged);
        dialog->show();
        dialog->tabs()->setCurrentIndex(1);
        QVERIFY(dialog->disableSmsButton()->isVisible());

        const test::AnotherDesk bob(m_rig->database);
        QVERIFY(bob.disableTwoFactor(8));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(*dialog, u"SMS confirmation state"_s), u"Off"_s, 2000);
        QVERIFY(!dialog->disableSmsButton()->isVisible());
        QVERIFY(dialog->messageLabel()->isVisible());
        QVERIFY2(dialog->messageLabel()->text().contains(u"Changed while this window was open"_s),
                 qPrintable(dialog->messageLabel()->text()));
        QVERIFY(dialog->messageLabel()->text().contains(u"bob"_s));
        QCOMPARE(changed.count(), 1); // the list follows
    }

    void anOpenDisableDialogIsToldAndAllowsOnlyCancel()
    {
        m_rig->database.addClient(test::makeClient(8, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Sms));
        auto dialog = details(8, m_actor);
        connect(&m_rig->workspace.changeFeed(), &ChangeFeed::changed, dialog.get(), &ClientDetailsDialog::applyChanges);
        dialog->show();
        dialog->tabs()->setCurrentIndex(1);
        bool told = false;
        QTimer::singleShot(0, this, [this, &told] {
            auto* disable = qobject_cast<DisableTwoFactorDialog*>(QApplication::activeModalWidget());
            QVERIFY(disable);
            disable->requestedCheckBox()->setChecked(true);
            disable->reasonEdit()->setText(u"SUP-5"_s);
            disable->identityCheckEdit()->setText(u"passport seen at the branch"_s);
            QVERIFY(disable->requestButton()->isEnabled());
            const test::AnotherDesk bob(m_rig->database);
            QVERIFY(bob.disableTwoFactor(8));
            QTRY_VERIFY_WITH_TIMEOUT(disable->changedElsewhere(), 2000);
            told = true;
            QVERIFY(!disable->requestButton()->isEnabled());
            QVERIFY(!disable->disableButton()->isEnabled());
            QVERIFY(!disable->sendButton()->isEnabled());
            QVERIFY(disable->cancelButton()->isEnabled());
            QVERIFY(disable->findChild<QLabel*>(u"errorLabel"_s)->text().contains(u"bob"_s));
            disable->cancelButton()->click();
        });
        dialog->disableSmsButton()->click();
        QVERIFY(told);
        QCOMPARE(disableEvents(), 1); // bob's; nothing from this desk
        QCOMPARE(m_rig->count(u"SELECT count(*) FROM disable_requests"_s), 0);
    }

    void itsOwnChangeSaysNothingOfAnotherDesk()
    {
        m_rig->database.addClient(test::makeClient(8, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Sms));
        auto dialog = details(8, m_actor);
        ChangeFeed feed(m_rig->database.db(), m_rig->workspace.audit());
        connect(&feed, &ChangeFeed::changed, dialog.get(), &ClientDetailsDialog::applyChanges);
        QSignalSpy told(&feed, &ChangeFeed::changed);
        dialog->show();
        const test::AnotherDesk bob(m_rig->database);
        QVERIFY(bob.disableTwoFactor(8));
        dialog->reload(); // as after a change made in this window, before the feed tells of it
        feed.poll();
        QCOMPARE(told.count(), 1);
        QVERIFY(!dialog->messageLabel()->text().contains(u"Changed while this window was open"_s));
    }

    void otherFeaturesAddSettingsSections()
    {
        m_rig->database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        ClientDetailsDialog dialog(m_rig->workspace.clients(), m_rig->workspace.twoFactor(), m_actor, 7);
        auto* section = new QLabel(u"Check a code"_s);
        dialog.addSettingsSection(section);
        QCOMPARE(section->window(), &dialog);
    }

    void viewersSeeDisableUnavailable()
    {
        m_rig->database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        ClientDetailsDialog dialog(m_rig->workspace.clients(), m_rig->workspace.twoFactor(),
                                   Actor {u"vic"_s, Role::Viewer}, 7);
        QVERIFY(!dialog.disableAuthenticatorButton()->isEnabled());
    }
};

QTEST_MAIN(TestClientDetails)
#include "tst_clientdetails.moc"
