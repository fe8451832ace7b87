// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Result.h"

#include <QSqlQuery>
#include <QStringList>

namespace backoffice {

class Database;

/// Inserts new clients one at a time inside the caller's write transaction, with its statements
/// prepared once, so an import or the demo generator streams a million rows in flat memory.
///
/// On SQLite, once more rows have come (or are expected) than the table held before, and at least
/// BulkThreshold, the
/// secondary indexes and the search-index trigger are dropped, and finish() builds them once: far
/// faster than updating seven indexes and a trigram index row by row. Their definitions are read back
/// from the schema, so the migrations stay the one place that defines them; it all happens inside the
/// caller's transaction, so a rollback restores them.
class ClientBulkWriter
{
public:
    static constexpr qint64 BulkThreshold = 50000;

    explicit ClientBulkWriter(const Database& database);
    ~ClientBulkWriter();
    ClientBulkWriter(const ClientBulkWriter&) = delete;
    ClientBulkWriter& operator=(const ClientBulkWriter&) = delete;

    /// Prepares the statements. Call inside the write transaction, before anything else.
    /// `expectedRows` (an estimate, 0 when unknown) lets a large load start in bulk mode at once.
    Status begin(qint64 expectedRows = 0);
    /// Whether a client with this id exists (including the ones inserted through this writer).
    Result<bool> exists(qint64 id);
    /// Inserts one client (id 0 gets the next free id) and returns its id. Errors: Conflict when the
    /// id is taken, Storage.
    Result<qint64> insert(const Client& client);
    /// Builds what bulk loading dropped. Call before the transaction commits; without it the
    /// transaction must be rolled back.
    Status finish();

    qint64 inserted() const { return m_inserted; }
    bool bulk() const { return m_bulk; }

private:
    Status enterBulkMode();

    const Database& m_database;
    QSqlQuery m_insert;
    QSqlQuery m_exists;
    QSqlQuery m_rememberBulkId;
    QStringList m_rebuild; ///< CREATE INDEX / CREATE TRIGGER statements dropped for bulk loading
    QString m_previousCacheSize; ///< the connection's cache_size, restored when bulk loading ends
    qint64 m_threshold = BulkThreshold;
    qint64 m_inserted = 0;
    bool m_bulk = false;
};

} // namespace backoffice
