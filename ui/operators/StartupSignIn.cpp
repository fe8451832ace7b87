// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operators/StartupSignIn.h"
#include "ui/common/ErrorText.h"

#include "core/operators/OperatorService.h"
#include "ui/operators/FirstAdministratorDialog.h"
#include "ui/operators/SignInDialog.h"

#include <QMessageBox>

namespace backoffice::ui {

std::optional<Actor> signInInteractively(const OperatorService& operators, const SignInService& signIn, QWidget* parent,
                                         const QString& userName)
{
    auto exists = operators.hasOperators();
    if (!exists) {
        QMessageBox::critical(
            parent, SignInDialog::tr("Back Office"),
            SignInDialog::tr("The operator accounts could not be read: %1").arg(ErrorText::describe(exists.error())));
        return std::nullopt;
    }
    if (!exists.value()) {
        FirstAdministratorDialog dialog(operators, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.actor();
    }
    SignInDialog dialog(signIn, parent);
    if (!userName.isEmpty())
        dialog.setUserName(userName);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.actor();
}

} // namespace backoffice::ui
