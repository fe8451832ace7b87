// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

namespace backoffice::cli {

// Command groups, one file each. `arguments` starts with the group's name.
int runClientsCommand(CliContext& context, const QStringList& arguments);
int runDemoCommand(CliContext& context, const QStringList& arguments);
int runAuditCommand(CliContext& context, const QStringList& arguments);
int runTotpCommand(CliContext& context, const QStringList& arguments);
int runKeysCommand(CliContext& context, const QStringList& arguments);
int runProvidersCommand(CliContext& context, const QStringList& arguments);
int runOperatorsCommand(CliContext& context, const QStringList& arguments);
int runSmsCommand(CliContext& context, const QStringList& arguments);
int runDiagnoseCommand(CliContext& context, const QStringList& arguments);

/// Who the command acts as, for CliContext::database(), which calls it once the database is open:
/// fills context.actor and returns ExitOk, or prints why not and returns the exit status. On a
/// database without operator accounts: the OS user as an administrator. Once operators exist every
/// command that touches data needs `--operator NAME`, the password coming from BACKOFFICE_PASSWORD
/// or the first line of standard input.
int resolveActor(CliContext& context);
/// The next line of standard input without its line end (echo off on a terminal, after `prompt`
/// on stderr); passwords are read this way, never taken from arguments.
QString readSecretLine(CliContext& context, const QString& prompt);

} // namespace backoffice::cli
