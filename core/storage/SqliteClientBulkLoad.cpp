// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteClientBulkLoad.h"

#include "core/storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

SqliteClientBulkLoad::SqliteClientBulkLoad(const Database& database) : m_database(database) { }

SqliteClientBulkLoad::~SqliteClientBulkLoad()
{
    finalizeStatements();
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
    // Into an empty table every row is new: the search index is built from the whole table at the end.
    // Otherwise the ids loaded from here on are remembered for it (they need not be contiguous).
    auto existing = m_database.integer(u"SELECT EXISTS (SELECT 1 FROM clients)"_s);
    if (!existing)
        return existing.error();
    m_intoEmptyTable = existing.value() == 0;
    if (auto created = m_database.exec(u"CREATE TEMP TABLE IF NOT EXISTS client_bulk_ids (id INTEGER PRIMARY KEY)"_s);
        !created)
        return created.error();
    if (auto cleared = m_database.exec(u"DELETE FROM temp.client_bulk_ids"_s); !cleared)
        return cleared.error();
    // Qt's SQLite driver hands out its connection's handle; the rows go in on it, in this transaction.
    const QVariant handle = m_database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0
        || !*static_cast<sqlite3* const*>(handle.constData()))
        return Error::storage(u"the SQLite driver gives no connection handle"_s);
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    // Building an index sorts with up to a page cache's worth of memory on top of the cache itself:
    // a smaller cache keeps the peak of a million-row load near 100 MiB instead of 150.
    if (auto cache = m_database.scalar(u"PRAGMA cache_size"_s))
        m_previousCacheSize = cache.value().toString();
    (void)m_database.exec(u"PRAGMA cache_size = -32768"_s);
    // Statements prepared before the schema change are re-prepared by SQLite on their next run.
    return Ok {};
}

Error SqliteClientBulkLoad::nativeError() const
{
    return Error::storage(QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

sqlite3_stmt* SqliteClientBulkLoad::statement(const QString& sql)
{
    if (sqlite3_stmt* prepared = m_statements.value(sql))
        return prepared;
    sqlite3_stmt* prepared = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
        != SQLITE_OK)
        return nullptr;
    m_statements.insert(sql, prepared);
    return prepared;
}

void SqliteClientBulkLoad::finalizeStatements()
{
    for (sqlite3_stmt* prepared : std::as_const(m_statements))
        sqlite3_finalize(prepared);
    m_statements.clear();
}

Result<qint64> SqliteClientBulkLoad::insertSuspended(const QString& sql, const QVariantList& values)
{
    if (!m_handle)
        return Error {Error::Code::Internal, {}, u"insertSuspended() before suspendIndexes()"_s};
    sqlite3_stmt* insert = statement(sql);
    sqlite3_stmt* remember
        = m_intoEmptyTable ? nullptr : statement(u"INSERT INTO temp.client_bulk_ids (id) VALUES (?)"_s);
    if (!insert || (!remember && !m_intoEmptyTable))
        return nativeError();
    if (values.size() != sqlite3_bind_parameter_count(insert))
        return Error {Error::Code::Internal,
                      {},
                      u"%1 values for %2 parameters"_s.arg(values.size()).arg(sqlite3_bind_parameter_count(insert))};
    // What Qt's driver binds for each type, without its per-value placeholder bookkeeping. Every
    // parameter is bound anew for each row, and `values` outlives the step: no copies (SQLITE_STATIC).
    int bound = SQLITE_OK;
    for (int i = 0; i < values.size() && bound == SQLITE_OK; ++i) {
        const QVariant& value = values.at(i);
        const int column = i + 1;
        if (value.isNull()) {
            bound = sqlite3_bind_null(insert, column);
        } else if (value.typeId() == QMetaType::QString) {
            const QString& text = *static_cast<const QString*>(value.constData());
            bound
                = sqlite3_bind_text16(insert, column, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
        } else if (value.typeId() == QMetaType::QByteArray) {
            const QByteArray& bytes = *static_cast<const QByteArray*>(value.constData());
            bound = sqlite3_bind_blob(insert, column, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            bound = sqlite3_bind_int64(insert, column, value.toLongLong());
        } else {
            const QString text = value.toString();
            bound = sqlite3_bind_text16(insert, column, text.utf16(), int(text.size() * sizeof(char16_t)),
                                        SQLITE_TRANSIENT);
        }
    }
    const int stepped = bound == SQLITE_OK ? sqlite3_step(insert) : bound;
    const bool inserted = stepped == SQLITE_DONE && sqlite3_changes(m_handle) > 0;
    const qint64 id = inserted ? sqlite3_last_insert_rowid(m_handle) : 0;
    if (stepped != SQLITE_DONE) {
        const Error error = nativeError();
        sqlite3_reset(insert);
        return error;
    }
    sqlite3_reset(insert);
    if (!inserted || !remember)
        return id;
    sqlite3_bind_int64(remember, 1, id);
    const int remembered = sqlite3_step(remember);
    sqlite3_reset(remember);
    if (remembered != SQLITE_DONE)
        return nativeError();
    return id;
}

Status SqliteClientBulkLoad::rebuildIndexes()
{
    // Nothing of ours may hold the temporary table when it is dropped.
    finalizeStatements();
    for (const QString& sql : std::as_const(m_rebuild)) {
        if (auto created = m_database.exec(sql); !created)
            return created.error();
    }
    auto indexed
        = m_database.exec(u"INSERT INTO clients_search (rowid, first_name, last_name, email, phone) "
                          u"SELECT c.id, c.first_name, c.last_name, c.email, c.phone FROM clients c"_s
                          + (m_intoEmptyTable ? QString() : u" WHERE c.id IN (SELECT id FROM temp.client_bulk_ids)"_s));
    if (!indexed)
        return indexed.error();
    if (auto dropped = m_database.exec(u"DROP TABLE temp.client_bulk_ids"_s); !dropped)
        return dropped.error();
    m_rebuild.clear();
    return Ok {};
}

} // namespace backoffice
