// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteClientBulkLoad.h"

#include "core/storage/Database.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

SqliteClientBulkLoad::SqliteClientBulkLoad(const Database& database)
    : m_database(database), m_rememberId(database.connection())
{
}

SqliteClientBulkLoad::~SqliteClientBulkLoad()
{
    if (!m_previousCacheSize.isEmpty())
        (void)m_database.exec(u"PRAGMA cache_size = "_s + QString::number(m_previousCacheSize.toLongLong()));
}

Result<qint64> SqliteClientBulkLoad::threshold() const
{
    return m_database.integer(u"SELECT count(*) FROM clients"_s);
}

Status SqliteClientBulkLoad::suspendIndexes()
{
    auto schema = m_database.exec(u"SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'clients' "
                                  u"AND sql IS NOT NULL AND (type = 'index' OR (type = 'trigger' AND "
                                  u"name = 'clients_search_insert'))"_s);
    if (!schema)
        return schema.error();
    QStringList drops;
    while (schema.value().next()) {
        const QString type = schema.value().value(0).toString();
        drops << u"DROP "_s + (type == u"index" ? u"INDEX "_s : u"TRIGGER "_s) + u'"'
                + schema.value().value(1).toString() + u'"';
        m_rebuild << schema.value().value(2).toString();
    }
    schema.value().finish();
    for (const QString& drop : drops) {
        if (auto dropped = m_database.exec(drop); !dropped)
            return dropped.error();
    }
    // The ids loaded from here on, for the search index at the end (they need not be contiguous).
    if (auto created = m_database.exec(u"CREATE TEMP TABLE IF NOT EXISTS client_bulk_ids (id INTEGER PRIMARY KEY)"_s);
        !created)
        return created.error();
    if (auto cleared = m_database.exec(u"DELETE FROM temp.client_bulk_ids"_s); !cleared)
        return cleared.error();
    if (!m_rememberId.prepare(u"INSERT INTO temp.client_bulk_ids (id) VALUES (?)"_s))
        return Error::storage(m_rememberId.lastError().text());
    // Building an index sorts with up to a page cache's worth of memory on top of the cache itself:
    // a smaller cache keeps the peak of a million-row load near 100 MiB instead of 150.
    if (auto cache = m_database.scalar(u"PRAGMA cache_size"_s))
        m_previousCacheSize = cache.value().toString();
    (void)m_database.exec(u"PRAGMA cache_size = -32768"_s);
    // Statements prepared before the schema change are re-prepared by SQLite on their next run.
    return Ok {};
}

Status SqliteClientBulkLoad::inserted(qint64 id)
{
    m_rememberId.bindValue(0, id);
    if (!m_rememberId.exec())
        return Error::storage(m_rememberId.lastError().text());
    return Ok {};
}

Status SqliteClientBulkLoad::rebuildIndexes()
{
    for (const QString& sql : std::as_const(m_rebuild)) {
        if (auto created = m_database.exec(sql); !created)
            return created.error();
    }
    auto indexed = m_database.exec(u"INSERT INTO clients_search (rowid, first_name, last_name, email, phone) "
                                   u"SELECT c.id, c.first_name, c.last_name, c.email, c.phone FROM clients c "
                                   u"WHERE c.id IN (SELECT id FROM temp.client_bulk_ids)"_s);
    if (!indexed)
        return indexed.error();
    if (auto dropped = m_database.exec(u"DROP TABLE temp.client_bulk_ids"_s); !dropped)
        return dropped.error();
    m_rebuild.clear();
    return Ok {};
}

} // namespace backoffice
