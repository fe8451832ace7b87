// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SqlDialect.h"

#include <QSqlQuery>
#include <QStringList>

namespace backoffice {

/// A bulk load of clients on SQLite: the secondary indexes and the search-index trigger are dropped
/// and built once at the end, far faster than updating seven indexes and a trigram index row by
/// row. Their definitions are read back from the schema, so the migrations stay the one place that
/// defines them; it all happens inside the caller's transaction, so a rollback restores them.
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
    Status inserted(qint64 id) override;
    Status rebuildIndexes() override;

private:
    const Database& m_database;
    QSqlQuery m_rememberId;
    QStringList m_rebuild; ///< CREATE INDEX / CREATE TRIGGER statements dropped for bulk loading
    QString m_previousCacheSize; ///< the connection's cache_size, restored when bulk loading ends
};

} // namespace backoffice
