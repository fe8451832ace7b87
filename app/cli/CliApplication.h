// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

namespace backoffice::cli {

/// One run of backoffice-cli: `arguments` without the program name, the streams it reads and
/// writes. main() passes the process's; the tests' in-process runner passes buffers. Returns the
/// exit status. Leaves no process-wide state behind (lock wait, busy observer, logging rules).
int runCli(const QStringList& arguments, const CliStreams& streams);

} // namespace backoffice::cli
