// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseCopy.h"

#include "core/storage/Database.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
constexpr qint64 progressEvery = 5000;

/// The columns of `table` on `database`, by name.
Result<QStringList> columnsOf(const Database& database, const QString& table)
{
    const QSqlRecord record = database.connection().record(table);
    if (record.isEmpty())
        return Error::storage(u"no table %1 in %2"_s.arg(table, database.location().displayName()));
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

Result<qint64> copyTable(const Database& from, const Database& to, const QString& table,
                         const DatabaseCopy::Progress& progress)
{
    auto columns = columnsOf(from, table);
    if (!columns)
        return columns.error();
    auto total = from.integer(u"SELECT count(*) FROM %1"_s.arg(table));
    if (!total)
        return total.error();
    const QString list = columns.value().join(u", "_s);
    QStringList placeholders;
    placeholders.fill(u"?"_s, columns.value().size());
    QSqlQuery insert(to.connection());
    if (!insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, list, placeholders.join(u", "_s))))
        return Error::storage(u"%1: %2"_s.arg(table, insert.lastError().text().trimmed()));
    auto rows = from.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(list, table, columns.value().first()));
    if (!rows)
        return rows.error();
    qint64 copied = 0;
    QSqlQuery& source = rows.value();
    while (source.next()) {
        for (int i = 0; i < columns.value().size(); ++i)
            insert.bindValue(i, source.value(i));
        if (!insert.exec())
            return Error::storage(u"%1: %2"_s.arg(table, insert.lastError().text().trimmed()));
        ++copied;
        if (progress && copied % progressEvery == 0)
            progress(table, copied, total.value());
    }
    if (source.lastError().isValid())
        return Error::storage(u"%1: %2"_s.arg(table, source.lastError().text().trimmed()));
    if (columns.value().contains(u"id"_s)) {
        for (const QString& statement : to.dialect().afterExplicitIds(table)) {
            if (const Status done = to.run(statement); !done)
                return done.error();
        }
    }
    if (progress)
        progress(table, copied, total.value());
    return copied;
}
} // namespace

const QStringList& DatabaseCopy::tables()
{
    static const QStringList names {
        u"database_info"_s, u"clients"_s,        u"sms_providers"_s,       u"sms_provider_checks"_s,
        u"sms_messages"_s,  u"operators"_s,      u"audit_events"_s,        u"audit_head"_s,
        u"phone_lookups"_s, u"email_settings"_s, u"identity_challenges"_s, u"disable_requests"_s,
    };
    return names;
}

Result<DatabaseCopy::RowCounts> DatabaseCopy::copy(const Database& from, const Database& to, const Progress& progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error::invalid(
            u"schema"_s,
            u"schema version %1 cannot be copied into version %2"_s.arg(from.schemaVersion()).arg(to.schemaVersion()));
    // One snapshot of the source for every table, so the copy is of one moment.
    const bool snapshot = from.beginReadSnapshot();
    const auto endSnapshot = qScopeGuard([&] {
        if (snapshot)
            from.endReadSnapshot();
    });
    RowCounts counts;
    const Status done = to.writeTransaction([&]() -> Status {
        for (const QString& table : tables()) {
            if (table == u"database_info")
                continue; // every new database has its own id; the source's replaces it
            auto rows = to.integer(u"SELECT count(*) FROM %1"_s.arg(table));
            if (!rows)
                return rows.error();
            if (rows.value() > 0)
                return Error {Error::Code::Conflict, u"target-not-empty"_s, table};
        }
        if (const Status cleared = to.run(u"DELETE FROM database_info"_s); !cleared)
            return cleared;
        for (const QString& table : tables()) {
            auto copied = copyTable(from, to, table, progress);
            if (!copied)
                return copied.error();
            counts.insert(table, copied.value());
        }
        return Ok {};
    });
    if (!done)
        return done.error();
    return counts;
}

} // namespace backoffice
