// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Operator.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace backoffice::ui {

/// The administrator's form for a new operator (user name, display name, role, password twice) or,
/// in ResetPassword mode, for a new password only. `submit` does the change and returns the error
/// text, if any: the dialog stays open with the input kept, so a refused name is fixed in place.
class OperatorFormDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        AddOperator,
        ResetPassword
    };
    using Submit = std::function<std::optional<QString>(const NewOperator& request)>;

    OperatorFormDialog(Mode mode, Submit submit, QWidget* parent = nullptr);

    /// ResetPassword mode: whose password is set (shown, not editable).
    void setUserName(const QString& userName);
    QString errorText() const;

public slots:
    void accept() override;

private:
    Mode m_mode;
    Submit m_submit;
    QLineEdit* m_userName;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_confirmation;
    QLabel* m_error;
};

} // namespace backoffice::ui
