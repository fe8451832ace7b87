// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/operators/Actor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace backoffice {
class SignInService;
}

namespace backoffice::ui {

/// Asks for a user name and password and signs the operator in through SignInService. Stays open
/// on a failure, saying why (wrong password, locked until HH:MM, disabled) in words the operator
/// understands; Escape cancels. After accept(), actor() is who signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(const SignInService& signIn, QWidget* parent = nullptr);

    /// Prefills the user name (switching operator, unlocking an idle session) and focuses the password.
    void setUserName(const QString& userName);
    Actor actor() const { return m_actor; }
    QString errorText() const;

    /// The text shown for a sign-in error; public so the CLI-free wording is tested once.
    static QString describe(const Error& error);

public slots:
    void accept() override;

private:
    void updateButtons();

    const SignInService& m_signIn;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    Actor m_actor;
};

} // namespace backoffice::ui
