// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SqlDialect.h"

namespace backoffice {

/// PostgreSQL 15, for a team sharing one database: case-insensitive order through lower() (the
/// indexes of its migrations are built on it) and substring search on clients_search, a narrow table
/// of the clients' searchable text (kept in step by triggers) with a pg_trgm GIN index.
std::unique_ptr<const SqlDialect> makePostgreSqlDialect();

} // namespace backoffice
