// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/twofactor/TwoFactorService.h"
#include "core/verification/DisableRequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace backoffice {
class CallerVerification;
}

namespace backoffice::ui {

/// Confirms turning a client's second factor off. First the caller proves to be the client: a
/// one-time code goes out on a channel that is not the factor being removed (removing Google
/// Authenticator: SMS or e-mail; removing SMS: e-mail only) and the client reads it back. Disable
/// is available only with the "client asked" box ticked, a reason that meets the team's rule and a
/// verified code. Without a code (a SIM swap, no channel) the operator can instead ask a colleague
/// to approve (four-eyes request); after a reported SIM swap that is the only way left, on any
/// channel. Cancel is the default and Escape cancels; closing while a code
/// is on its way drops the answer (the send is still audited). The disable uses the row version the
/// client had when this dialog opened, so a change made meanwhile is refused, not overwritten.
class DisableTwoFactorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome
    {
        None, ///< nothing changed
        Disabled, ///< the factor is off: updatedClient()
        RequestFiled, ///< a four-eyes request waits for a colleague: filedRequest()
    };

    /// `verification` must outlive the dialog (and the sends it starts).
    DisableTwoFactorDialog(const TwoFactorService& service, const CallerVerification& verification, const Actor& actor,
                           const Client& client, QWidget* parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    /// After a disable: the client as stored now (method off).
    const Client& updatedClient() const { return m_updated; }
    /// After a four-eyes request: the request as filed.
    const DisableRequest& filedRequest() const { return m_filed; }
    /// The reason the disable or the request went with (the notice's ticket).
    QString reason() const;
    /// After rejection: whether it was because the client had changed (the caller reloads).
    bool rejectedAsStale() const { return m_stale; }
    /// After rejection as stale: what core said changed (e.g. "Already disabled by ada at ...").
    const QString& staleText() const { return m_staleText; }
    /// The client was changed elsewhere while this dialog was open (live refresh): says so with
    /// `text` and allows nothing but Cancel, so nothing is decided on what the dialog showed.
    void recordChangedElsewhere(const QString& text);
    bool changedElsewhere() const { return m_changedElsewhere; }
    /// Whether the caller read back the right code.
    bool codeVerified() const { return m_verificationId != 0; }

    QPushButton* disableButton() const { return m_disableButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QCheckBox* requestedCheckBox() const { return m_requested; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QComboBox* channelCombo() const { return m_channel; }
    QPushButton* sendButton() const { return m_send; }
    QProgressBar* sendProgress() const { return m_sendProgress; }
    QLabel* sendStatusLabel() const { return m_sendStatus; }
    QLabel* simSwapWarning() const { return m_simSwap; }
    QLineEdit* codeEdit() const { return m_code; }
    QPushButton* checkButton() const { return m_check; }
    QLabel* checkStatusLabel() const { return m_checkStatus; }
    QLineEdit* identityCheckEdit() const { return m_identityCheck; }
    QPushButton* requestButton() const { return m_request; }

signals:
    /// A send answered (tests wait on it).
    void codeSendFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    void sendCode();
    void checkCode();
    void fileRequest();
    void confirm();
    /// The client changed or went away under the dialog: closes it, saying why (rejectedAsStale, staleText).
    void closeAsStale(const Error& error);
    bool reasonIsGood() const;
    void showError(const QString& text);
    void fitContents();

    const TwoFactorService& m_service;
    const CallerVerification& m_verification;
    Actor m_actor;
    Client m_client;
    DisableReasonRule m_rule; ///< read once: the team's rule does not change while the dialog is open
    Client m_updated;
    DisableRequest m_filed;
    Outcome m_outcome = Outcome::None;
    bool m_stale = false;
    bool m_changedElsewhere = false;
    QString m_staleText;
    bool m_sending = false;
    bool m_simSwapped = false; ///< the carrier reported a recent SIM swap: no code may verify the caller

    qint64 m_verificationId = 0;
    QComboBox* m_channel = nullptr;
    QPushButton* m_send = nullptr;
    QProgressBar* m_sendProgress = nullptr;
    QLabel* m_sendStatus = nullptr;
    QLabel* m_simSwap = nullptr;
    QLineEdit* m_code = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_checkStatus = nullptr;
    QCheckBox* m_requested = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_reasonHint = nullptr;
    QGroupBox* m_fourEyes = nullptr;
    QLineEdit* m_identityCheck = nullptr;
    QPushButton* m_request = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_disableButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace backoffice::ui
