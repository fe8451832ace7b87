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
struct ChangeSet;
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

    QPushButton* reloadButton() const { return m_reload; }
    /// Reads the stored settings into the form.
    void reload();
    /// Live refresh: settings another desk changed replace an untouched form, and a form with
    /// unsaved edits says so and cannot be saved over them until reloaded.
    void applyChanges(const backoffice::ChangeSet& changes);

signals:
    /// A save or a test e-mail has finished (the status label says how).
    void finished();

private:
    /// The settings as stored, or as the form has them, to tell the operator's edits and other
    /// desks' changes apart.
    struct Shown
    {
        QString host;
        int port = 0;
        QString security;
        QString user;
        QString from;
        QString contact;
        bool hasPassword = false; ///< one is in the keychain
        bool passwordTyped = false; ///< the form has a new one
        bool operator==(const Shown&) const = default;
    };
    Shown stored() const;
    Shown typed() const;
    void updateEnabled();
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
    QPushButton* m_reload = nullptr;
    QLabel* m_status = nullptr;
    Shown m_storedWhenLoaded;
    Shown m_formWhenLoaded;
    bool m_changedElsewhere = false; ///< Save stays off until the operator reloads
};

} // namespace backoffice::ui
