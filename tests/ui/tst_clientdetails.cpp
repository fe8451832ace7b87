// SPDX-License-Identifier: GPL-3.0-or-later
// A client's details: read-only General tab, the Settings tab's 2FA section, disabling through the
// confirmation dialog, and a stale edit refused with a message and a reload.
#include "core/clients/ClientRepository.h"
#include "core/session/Workspace.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/support/TestDatabase.h"
#include "ui/clients/ClientDetailsDialog.h"
#include "ui/clients/DisableTwoFactorDialog.h"

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
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
    const Actor m_actor {u"sam"_s, Role::Support};

    /// Answers the next modal Disable dialog: ticks, types a reason and confirms; `meanwhile` runs
    /// just before the click (to change the client elsewhere).
    void confirmNextDisableDialog(std::function<void()> meanwhile = {})
    {
        QTimer::singleShot(0, this, [meanwhile] {
            auto* dialog = qobject_cast<DisableTwoFactorDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->requestedCheckBox()->setChecked(true);
            dialog->reasonEdit()->setText(u"SUP-5"_s);
            if (meanwhile)
                meanwhile();
            dialog->disableButton()->click();
        });
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
        m_db = std::make_unique<test::TestDatabase>();
        m_workspace = std::make_unique<Workspace>(m_db->shared());
    }

    void generalTabShowsTheClientReadOnly()
    {
        m_db->addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s));
        ClientDetailsDialog dialog(m_workspace->clients(), m_workspace->twoFactor(), m_actor, 7);
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
        m_db->addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        ClientDetailsDialog dialog(m_workspace->clients(), m_workspace->twoFactor(), m_actor, 7);
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
        const Client alan = m_db->addClient(test::makeClient(8, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Sms));
        ClientDetailsDialog dialog(m_workspace->clients(), m_workspace->twoFactor(), m_actor, 8);
        dialog.show();
        dialog.tabs()->setCurrentIndex(1);
        QVERIFY(labelText(dialog, u"SMS confirmation state"_s).contains(alan.phone));
        QCOMPARE(labelText(dialog, u"Google Authenticator state"_s), u"Off"_s);
        QVERIFY(dialog.disableSmsButton()->isVisible());
        QVERIFY(!dialog.disableAuthenticatorButton()->isVisible());
    }

    void withNothingOnItSaysOnlyTheClientCanTurnItOn()
    {
        m_db->addClient(test::makeClient(9, u"Grace"_s, u"Hopper"_s));
        ClientDetailsDialog dialog(m_workspace->clients(), m_workspace->twoFactor(), m_actor, 9);
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

    void disablingShowsTheNewStateAtOnce()
    {
        m_db->addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        ClientDetailsDialog dialog(m_workspace->clients(), m_workspace->twoFactor(), m_actor, 7);
        dialog.show();
        dialog.tabs()->setCurrentIndex(1);
        QSignalSpy changed(&dialog, &ClientDetailsDialog::clientChanged);
        confirmNextDisableDialog();
        dialog.disableAuthenticatorButton()->click();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(labelText(dialog, u"Google Authenticator state"_s), u"Off"_s);
        QVERIFY(!dialog.disableAuthenticatorButton()->isVisible());
        QVERIFY(dialog.findChild<QLabel*>(u"noneNote"_s)->isVisible());
        QCOMPARE(ClientRepository(m_db->db()).find(7).value().method, TwoFactorMethod::None);
        QCOMPARE(m_workspace->audit().count({}).value(), 1);
    }

    void staleEditShowsTheMessageAndReloads()
    {
        m_db->addClient(test::makeClient(8, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Sms));
        ClientDetailsDialog dialog(m_workspace->clients(), m_workspace->twoFactor(), m_actor, 8);
        dialog.show();
        dialog.tabs()->setCurrentIndex(1);
        // The CLI changes the client's e-mail after the dialog opened.
        confirmNextDisableDialog([this] {
            QVERIFY(m_db->db()
                        .exec(u"UPDATE clients SET email = 'alan@new.example', row_version = row_version + 1 "
                              u"WHERE id = 8"_s)
                        .ok());
        });
        dialog.disableSmsButton()->click();
        auto* message = dialog.findChild<QLabel*>(u"messageLabel"_s);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"changed elsewhere since you opened it"_s));
        QCOMPARE(labelText(dialog, u"E-mail"_s), u"alan@new.example"_s); // reloaded
        QCOMPARE(ClientRepository(m_db->db()).find(8).value().method, TwoFactorMethod::Sms);
        QCOMPARE(m_workspace->audit().count({}).value(), 0);
    }

    void otherFeaturesAddSettingsSections()
    {
        m_db->addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        ClientDetailsDialog dialog(m_workspace->clients(), m_workspace->twoFactor(), m_actor, 7);
        auto* section = new QLabel(u"Check a code"_s);
        dialog.addSettingsSection(section);
        QCOMPARE(section->window(), &dialog);
    }

    void viewersSeeDisableUnavailable()
    {
        m_db->addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        ClientDetailsDialog dialog(m_workspace->clients(), m_workspace->twoFactor(), Actor {u"vic"_s, Role::Viewer}, 7);
        QVERIFY(!dialog.disableAuthenticatorButton()->isEnabled());
    }
};

QTEST_MAIN(TestClientDetails)
#include "tst_clientdetails.moc"
