// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QSqlQuery>

#include <optional>

namespace backoffice {

class Database;

/// The temporary table import_lines, its one owner: the line on which each client id of an import
/// file first appeared, so a duplicate names the first occurrence. A table (in SQLite's temp file,
/// through its bounded cache) rather than a hash in memory: a file of millions of rows stays in
/// flat memory. Lives inside the import's write transaction.
class ImportLineIndex
{
public:
    explicit ImportLineIndex(const Database& database);

    /// Creates the (empty) table and prepares the statements.
    Status create();
    /// Records that `id` is on `line`. The line it was first seen on when it came before, else empty.
    Result<std::optional<qint64>> remember(qint64 id, qint64 line);
    /// Drops the table.
    Status drop();

private:
    const Database& m_database;
    QSqlQuery m_remember;
    QSqlQuery m_firstLine;
};

} // namespace backoffice
