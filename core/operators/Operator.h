// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Role.h"

#include <QDateTime>
#include <QString>

namespace backoffice {

/// An operator account as the services show it. The password hash stays inside core/operators.
struct Operator
{
    qint64 id = 0;
    QString userName; ///< unique, case-insensitive
    QString displayName;
    Role role = Role::Viewer;
    bool disabled = false;
    int failedAttempts = 0; ///< consecutive failed sign-ins
    QDateTime lockedUntil; ///< UTC; invalid when not locked
    QDateTime createdAt; ///< UTC
    qint64 rowVersion = 0;

    bool isLockedAt(const QDateTime& now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

/// What an administrator (or the first start) enters for a new operator.
struct NewOperator
{
    QString userName;
    QString displayName;
    Role role = Role::Viewer;
    QString password;
};

} // namespace backoffice
