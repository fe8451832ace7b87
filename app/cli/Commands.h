// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

namespace backoffice::cli {

// Command groups, one file each. `arguments` starts with the group's name.
int runClientsCommand(CliContext& context, const QStringList& arguments);
int runDemoCommand(CliContext& context, const QStringList& arguments);
int runAuditCommand(CliContext& context, const QStringList& arguments);
int runTotpCommand(CliContext& context, const QStringList& arguments);
int runKeysCommand(CliContext& context, const QStringList& arguments);
int runProvidersCommand(CliContext& context, const QStringList& arguments);
int runSmsCommand(CliContext& context, const QStringList& arguments);

/// Who the command acts as. Until operator accounts exist: the OS user, as an administrator.
Actor resolveActor(CliContext& context);

} // namespace backoffice::cli
