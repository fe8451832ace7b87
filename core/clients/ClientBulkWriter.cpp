// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientBulkWriter.h"

#include "core/common/Logging.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

ClientBulkWriter::ClientBulkWriter(const Database& database)
    : m_database(database)
    , m_insert(database.connection())
    , m_exists(database.connection())
    , m_rememberBulkId(database.connection())
{
}

ClientBulkWriter::~ClientBulkWriter()
{
    if (!m_previousCacheSize.isEmpty())
        (void)m_database.exec(u"PRAGMA cache_size = "_s + QString::number(m_previousCacheSize.toLongLong()));
}

Status ClientBulkWriter::begin(qint64 expectedRows)
{
    if (!m_insert.prepare(u"INSERT INTO clients (id, first_name, last_name, email, phone, country, created_at, "
                          u"twofa_method, twofa_enabled_at, totp_secret_sealed, totp_algorithm, totp_digits, "
                          u"totp_period) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return Error::storage(m_insert.lastError().text());
    m_exists.setForwardOnly(true);
    if (!m_exists.prepare(u"SELECT 1 FROM clients WHERE id = ?"_s))
        return Error::storage(m_exists.lastError().text());
    if (m_database.dialect().kind() == DatabaseLocation::Kind::Sqlite) {
        // Rebuilding every index costs about as much as the rows already there: worth it once the
        // load is at least as large.
        auto rows = m_database.scalar(u"SELECT count(*) FROM clients"_s);
        if (!rows)
            return rows.error();
        m_threshold = std::max(BulkThreshold, rows.value().toLongLong());
        if (expectedRows >= m_threshold)
            return enterBulkMode();
    } else {
        m_threshold = std::numeric_limits<qint64>::max();
    }
    return Ok {};
}

Result<bool> ClientBulkWriter::exists(qint64 id)
{
    m_exists.bindValue(0, id);
    if (!m_exists.exec())
        return Error::storage(m_exists.lastError().text());
    const bool found = m_exists.next();
    m_exists.finish();
    return found;
}

Status ClientBulkWriter::enterBulkMode()
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
    if (!m_rememberBulkId.prepare(u"INSERT INTO temp.client_bulk_ids (id) VALUES (?)"_s))
        return Error::storage(m_rememberBulkId.lastError().text());
    // Building an index sorts with up to a page cache's worth of memory on top of the cache itself:
    // a smaller cache keeps the peak of a million-row load near 100 MiB instead of 150.
    if (auto cache = m_database.scalar(u"PRAGMA cache_size"_s))
        m_previousCacheSize = cache.value().toString();
    (void)m_database.exec(u"PRAGMA cache_size = -32768"_s);
    // Statements prepared before the schema change are re-prepared by SQLite on their next run.
    m_bulk = true;
    qCInfo(lcClients) << "bulk load: indexes and the search index are built at the end";
    return Ok {};
}

Result<qint64> ClientBulkWriter::insert(const Client& client)
{
    if (!m_bulk && m_inserted >= m_threshold) {
        if (const Status entered = enterBulkMode(); !entered)
            return entered.error();
    }
    const QVariant nullInt {QMetaType(QMetaType::Int)};
    const QVariant nullText {QMetaType(QMetaType::QString)};
    const bool hasAuthenticator = client.method == TwoFactorMethod::Authenticator && client.authenticator;
    m_insert.bindValue(0, client.id > 0 ? QVariant(client.id) : QVariant(QMetaType(QMetaType::LongLong)));
    m_insert.bindValue(1, client.firstName);
    m_insert.bindValue(2, client.lastName);
    m_insert.bindValue(3, client.email);
    m_insert.bindValue(4, Database::text(client.phone));
    m_insert.bindValue(5, Database::text(client.country));
    m_insert.bindValue(6, client.createdAt.toUTC().toString(Qt::ISODateWithMs));
    m_insert.bindValue(7, twoFactorMethodToString(client.method));
    m_insert.bindValue(8,
                       client.method == TwoFactorMethod::None
                           ? nullText
                           : QVariant(client.enabledAt.toUTC().toString(Qt::ISODateWithMs)));
    m_insert.bindValue(9,
                       hasAuthenticator ? QVariant(client.authenticator->sealedSecret)
                                        : QVariant(QMetaType(QMetaType::QByteArray)));
    m_insert.bindValue(10, hasAuthenticator ? QVariant(client.authenticator->algorithm) : nullText);
    m_insert.bindValue(11, hasAuthenticator ? QVariant(client.authenticator->digits) : nullInt);
    m_insert.bindValue(12, hasAuthenticator ? QVariant(client.authenticator->period) : nullInt);
    if (!m_insert.exec()) {
        const QString message = m_insert.lastError().text();
        if (message.contains(u"UNIQUE"_s, Qt::CaseInsensitive))
            return Error::conflict(u"client %1 already exists"_s.arg(client.id));
        return Error::storage(message);
    }
    const qint64 id = m_insert.lastInsertId().toLongLong();
    if (m_bulk) {
        m_rememberBulkId.bindValue(0, id);
        if (!m_rememberBulkId.exec())
            return Error::storage(m_rememberBulkId.lastError().text());
    }
    ++m_inserted;
    return id;
}

Status ClientBulkWriter::finish()
{
    if (!m_bulk)
        return Ok {};
    QElapsedTimer timer;
    timer.start();
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
    m_bulk = false;
    m_rebuild.clear();
    qCInfo(lcClients) << "bulk load: indexes built in" << timer.elapsed() << "ms";
    return Ok {};
}

} // namespace backoffice
