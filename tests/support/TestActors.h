// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Actor.h"

namespace backoffice::test {

/// One operator of each role, for services that check permissions.
inline const Actor admin {QStringLiteral("alice"), Role::Admin};
inline const Actor support {QStringLiteral("sam"), Role::Support};
inline const Actor viewer {QStringLiteral("vic"), Role::Viewer};

} // namespace backoffice::test
