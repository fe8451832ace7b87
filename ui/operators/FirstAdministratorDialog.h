// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Actor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace backoffice {
class OperatorService;
}

namespace backoffice::ui {

/// Shown on the first start with a database that has no operators: creates the first
/// administrator (user name, display name, password typed twice, at least 12 characters). After
/// accept(), actor() is that administrator, signed in.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(const OperatorService& operators, QWidget* parent = nullptr);

    Actor actor() const { return m_actor; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    void showError(const QString& text);

    const OperatorService& m_operators;
    QLineEdit* m_userName;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_confirmation;
    QLabel* m_error;
    Actor m_actor;
};

} // namespace backoffice::ui
