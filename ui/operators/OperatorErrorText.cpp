// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operators/OperatorErrorText.h"

#include "core/operators/PasswordHasher.h"

#include <QCoreApplication>

namespace backoffice::ui {

QString operatorErrorText(const Error& error)
{
    switch (error.code) {
    case Error::Code::InvalidInput:
        if (error.field == u"password")
            return QCoreApplication::translate("OperatorErrorText", "The password needs at least %n characters.",
                                               nullptr, PasswordHasher::minimumLength);
        if (error.field == u"user-name")
            return QCoreApplication::translate(
                "OperatorErrorText", "A user name is 1 to 64 letters, digits, '.', '_', '-' or '@', without spaces.");
        if (error.field == u"display-name")
            return QCoreApplication::translate("OperatorErrorText", "The display name is too long.");
        if (error.field == u"role")
            return QCoreApplication::translate("OperatorErrorText", "The first operator must be an administrator.");
        return QCoreApplication::translate("OperatorErrorText", "Invalid input.");
    case Error::Code::Conflict:
        if (error.field == u"user-name")
            return QCoreApplication::translate("OperatorErrorText", "An operator with this user name exists already.");
        if (error.field == u"last-admin")
            return QCoreApplication::translate(
                "OperatorErrorText", "This is the last enabled administrator: nobody could manage operators any more.");
        return QCoreApplication::translate("OperatorErrorText",
                                           "Operators exist already; an administrator must add new ones.");
    case Error::Code::PermissionDenied:
        return QCoreApplication::translate("OperatorErrorText", "Only administrators manage operators.");
    case Error::Code::NotFound:
        return QCoreApplication::translate("OperatorErrorText", "This operator does not exist any more.");
    default:
        return QCoreApplication::translate("OperatorErrorText", "The change failed: %1").arg(error.toString());
    }
}

} // namespace backoffice::ui
