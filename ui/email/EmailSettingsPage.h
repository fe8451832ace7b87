// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Actor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace backoffice {
class SecretStore;
class Workspace;
} // namespace backoffice

namespace backoffice::ui {

/// System > E-mail: the SMTP server that sends identity codes and the notices after a disable, the
/// line those notices end with, and a test e-mail. Administrators change it; others see it read-only.
/// The password goes to the keychain and is never shown; TLS certificates are always verified.
class EmailSettingsPage : public QWidget
{
    Q_OBJECT

public:
    EmailSettingsPage(const Workspace& workspace, SecretStore& secrets, const Actor& actor, QWidget* parent = nullptr);

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QComboBox* securityBox() const { return m_security; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* contactEdit() const { return m_contact; }
    QLineEdit* testToEdit() const { return m_testTo; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* testButton() const { return m_test; }
    QLabel* statusLabel() const { return m_status; }

    /// Reads the stored settings into the form.
    void reload();

signals:
    /// A save or a test e-mail has finished (the status label says how).
    void finished();

private:
    void save();
    void sendTest();
    void showStatus(const QString& text, bool problem);

    const Workspace& m_workspace;
    SecretStore& m_secrets;
    Actor m_actor;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_testTo = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace backoffice::ui
