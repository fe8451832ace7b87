// SPDX-License-Identifier: GPL-3.0-or-later
#include "operators/OperatorErrorText.h"

#include "operators/PasswordHasher.h"

#include <QCoreApplication>

namespace backoffice::ui {

QString operatorErrorText(const Error& error)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("OperatorErrorText", text);
    };
    switch (error.code) {
    case Error::Code::InvalidInput:
        if (error.field == u"password")
            return QCoreApplication::translate("OperatorErrorText", "The password needs at least %n characters.",
                                               nullptr, PasswordHasher::minimumLength);
        if (error.field == u"user-name")
            return tr("A user name is 1 to 64 letters, digits, '.', '_', '-' or '@', without spaces.");
        if (error.field == u"display-name")
            return tr("The display name is too long.");
        if (error.field == u"role")
            return tr("The first operator must be an administrator.");
        return tr("Invalid input.");
    case Error::Code::Conflict:
        if (error.field == u"user-name")
            return tr("An operator with this user name exists already.");
        if (error.field == u"last-admin")
            return tr("This is the last enabled administrator: nobody could manage operators any more.");
        return tr("Operators exist already; an administrator must add new ones.");
    case Error::Code::PermissionDenied:
        return tr("Only administrators manage operators.");
    case Error::Code::NotFound:
        return tr("This operator does not exist any more.");
    default:
        return QCoreApplication::translate("OperatorErrorText", "The change failed: %1").arg(error.toString());
    }
}

} // namespace backoffice::ui
