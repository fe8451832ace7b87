// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SqlDialect.h"

namespace backoffice {

/// SQLite, the default: one file per database, WAL so the GUI reads while the CLI writes, and an
/// FTS5 trigram table (clients_search, kept in step by triggers) for substring search.
std::unique_ptr<const SqlDialect> makeSqliteDialect();

} // namespace backoffice
