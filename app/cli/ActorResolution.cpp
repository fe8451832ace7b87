// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "operators/OsUser.h"

namespace backoffice::cli {

Actor resolveActor(CliContext& context)
{
    Q_UNUSED(context)
    return Actor {osUserName(), Role::Admin};
}

} // namespace backoffice::cli
