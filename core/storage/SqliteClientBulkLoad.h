// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SqlDialect.h"

#include <QHash>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace backoffice {

/// A bulk load of clients on SQLite: the secondary indexes and the search-index trigger are dropped
/// and built once at the end, far faster than updating seven indexes and a trigram index row by
/// row. Their definitions are read back from the schema, so the migrations stay the one place that
/// defines them; it all happens inside the caller's transaction, so a rollback restores them.
/// The rows go in through SQLite's own API on the connection's handle: QSqlQuery's positional binding
/// formats and hashes a placeholder name for every value, a fifth of a million-row load.
class SqliteClientBulkLoad final : public ClientBulkLoad
{
public:
    explicit SqliteClientBulkLoad(const Database& database);
    ~SqliteClientBulkLoad() override;
    SqliteClientBulkLoad(const SqliteClientBulkLoad&) = delete;
    SqliteClientBulkLoad& operator=(const SqliteClientBulkLoad&) = delete;

    /// As many rows as the table holds: rebuilding every index costs about as much as the rows
    /// already there.
    Result<qint64> threshold() const override;
    Status suspendIndexes() override;
    Result<qint64> insertSuspended(const QString& sql, const QVariantList& values) override;
    Status rebuildIndexes() override;

private:
    /// `sql` prepared on the connection's handle (once), or null after setting m_problem.
    sqlite3_stmt* statement(const QString& sql);
    void finalizeStatements();
    Error nativeError() const;

    const Database& m_database;
    sqlite3* m_handle = nullptr; ///< the connection's, owned by Qt's driver
    QHash<QString, sqlite3_stmt*> m_statements;
    bool m_intoEmptyTable = false; ///< the table was empty when the indexes were suspended
    QStringList m_rebuild; ///< CREATE INDEX / CREATE TRIGGER statements dropped for bulk loading
    QString m_previousCacheSize; ///< the connection's cache_size, restored when bulk loading ends
};

} // namespace backoffice
