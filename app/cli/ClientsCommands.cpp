// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

namespace backoffice::cli {

int runClientsCommand(CliContext& context, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    return context.fail(ExitUsage, QStringLiteral("not implemented yet"));
}

} // namespace backoffice::cli
