// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DatabaseLocation.h"

#include <QString>

namespace backoffice {

/// Every piece of SQL that differs between SQLite and PostgreSQL lives behind this class, so a
/// second backend is one place to extend, not a hunt through the services.
class SqlDialect
{
public:
    explicit SqlDialect(DatabaseLocation::Kind kind) : m_kind(kind) { }

    DatabaseLocation::Kind kind() const { return m_kind; }
    /// Qt Sql driver name.
    QString driverName() const;
    /// Folder of the numbered migration scripts in the resources.
    QString migrationsFolder() const;
    /// Starts a write transaction that holds the write lock from the start, so a read-then-write
    /// (the audit chain, row-version checks) cannot be interleaved with another process.
    QString beginWriteTransaction() const;
    /// Statements run on every new connection (pragmas).
    QStringList connectionSetup() const;
    /// Whether full-text trigram search is available (SQLite FTS5) for substring search.
    bool hasTrigramSearch() const { return m_kind == DatabaseLocation::Kind::Sqlite; }

private:
    DatabaseLocation::Kind m_kind;
};

} // namespace backoffice
