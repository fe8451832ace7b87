// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QFormLayout;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace backoffice {
class CallerVerification;
struct ChangeSet;
class ClientRepository;
class TwoFactorService;
} // namespace backoffice

namespace backoffice::ui {

/// One client, as the operator opens it from the list ("Edit"): a read-only General tab and a
/// Settings tab whose 2FA section says which method is on and since when, and offers Disable beside
/// it. Operators can never turn a method on; when none is on the tab says the client does that in
/// the client UI. Other features (checking a code) add their sections with addSettingsSection().
class DisableTwoFactorDialog;

class ClientDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Reads the client from `clients` and disables through `twoFactor`, as `actor`.
    ClientDetailsDialog(const ClientRepository& clients, const TwoFactorService& twoFactor, const Actor& actor,
                        qint64 clientId, QWidget* parent = nullptr);

    const Client& client() const { return m_client; }
    /// Reads the client again and shows what is stored now.
    void reload();
    /// Live refresh: when another desk changed this client, reads it again and says so (also in an
    /// open Disable dialog, which then allows nothing but Cancel). Its own changes say nothing.
    void applyChanges(const backoffice::ChangeSet& changes);
    /// Adds a section to the Settings tab, below the 2FA section (e.g. "Check a code").
    void addSettingsSection(QWidget* section);
    /// Adds a button beside Close (e.g. "Diagnose").
    void addActionButton(QPushButton* button);

    /// Makes what a disable needs besides TwoFactorService (the channels that reach the client, the
    /// four-eyes requests, the notice). OperatorSession sets it from its workspace, keychain and
    /// network; without one Disable explains that the caller cannot be verified here.
    using VerificationFactory = std::function<Result<std::unique_ptr<CallerVerification>>()>;
    void setVerificationFactory(VerificationFactory factory);
    /// Whether the notice to the client after a disable is still on its way. Closing meanwhile
    /// drops only its report here: it still goes out and each channel's outcome is audited.
    bool noticePending() const { return m_noticePending; }
    QLabel* messageLabel() const { return m_message; }

    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* disableAuthenticatorButton() const { return m_disableAuthenticator; }
    QPushButton* disableSmsButton() const { return m_disableSms; }

    ~ClientDetailsDialog() override;

signals:
    /// The client's stored state changed (a method was disabled here, or a reload found changes).
    void clientChanged(const backoffice::Client& client);
    /// The notice after a disable answered on every channel (its outcome is in the message).
    void noticeFinished();

private:
    void notifyClient(const Client& before, const QString& reason, const QString& disabledText);
    void showClient();
    void disableMethod(TwoFactorMethod method);
    void showMessage(const QString& text);

    const ClientRepository& m_clients;
    const TwoFactorService& m_twoFactor;
    Actor m_actor;
    qint64 m_clientId = 0;
    Client m_client;
    bool m_found = false;
    VerificationFactory m_verificationFactory;
    std::unique_ptr<CallerVerification> m_verification;
    bool m_noticePending = false;
    QPointer<DisableTwoFactorDialog> m_openDisable; ///< while one is open, to tell it of changes elsewhere

    QTabWidget* m_tabs = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_id = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_email = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_phoneNote = nullptr;
    QLabel* m_country = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_authenticatorState = nullptr;
    QLabel* m_smsState = nullptr;
    QLabel* m_noneNote = nullptr;
    QPushButton* m_disableAuthenticator = nullptr;
    QPushButton* m_disableSms = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QVBoxLayout* m_settingsSections = nullptr; ///< slot for sections other features add
};

} // namespace backoffice::ui
