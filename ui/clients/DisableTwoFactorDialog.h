// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/twofactor/TwoFactorService.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace backoffice::ui {

/// Confirms turning a client's second factor off. It warns that this removes a layer of protection
/// and is only done at the client's explicit request, and requires both the "client asked" checkbox
/// and a reason before Disable is available. Cancel is the default and Escape cancels. On confirm it
/// calls TwoFactorService::disable with the row version the client had when this dialog opened, so a
/// change made meanwhile (another window, the CLI) is refused instead of overwritten.
class DisableTwoFactorDialog : public QDialog
{
    Q_OBJECT

public:
    DisableTwoFactorDialog(const TwoFactorService& service, const Actor& actor, const Client& client,
                           QWidget* parent = nullptr);

    /// After acceptance: the client as stored now (method off).
    const Client& updatedClient() const { return m_updated; }
    /// After rejection: whether it was because the client had changed (the caller reloads).
    bool rejectedAsStale() const { return m_stale; }

    QPushButton* disableButton() const { return m_disableButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QCheckBox* requestedCheckBox() const { return m_requested; }
    QLineEdit* reasonEdit() const { return m_reason; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    void confirm();

    const TwoFactorService& m_service;
    Actor m_actor;
    Client m_client;
    Client m_updated;
    bool m_stale = false;
    QCheckBox* m_requested = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_disableButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace backoffice::ui
