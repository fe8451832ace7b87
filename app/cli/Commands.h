// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

namespace backoffice::cli {

// Command groups, one file each: each picks the command class for its action and runs it.
// `arguments` starts with the group's name.
int runClientsCommand(CliContext& context, const QStringList& arguments);
int runDemoCommand(CliContext& context, const QStringList& arguments);
int runAuditCommand(CliContext& context, const QStringList& arguments);
int runTotpCommand(CliContext& context, const QStringList& arguments);
int runKeysCommand(CliContext& context, const QStringList& arguments);
int runProvidersCommand(CliContext& context, const QStringList& arguments);
int runOperatorsCommand(CliContext& context, const QStringList& arguments);
int runSmsCommand(CliContext& context, const QStringList& arguments);
int runDiagnoseCommand(CliContext& context, const QStringList& arguments);
int runEmailCommand(CliContext& context, const QStringList& arguments);
int runDbCommand(CliContext& context, const QStringList& arguments);

} // namespace backoffice::cli
