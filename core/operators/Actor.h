// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Role.h"

#include <QString>

namespace backoffice {

/// The operator on whose behalf a core service acts: recorded in every audit event and checked
/// against the permission the service needs.
struct Actor
{
    QString userName;
    Role role = Role::Viewer;

    bool can(Permission permission) const { return roleAllows(role, permission); }
};

} // namespace backoffice
