// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlDialect.h"

#include "core/storage/PostgreSqlDialect.h"
#include "core/storage/SqliteDialect.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}
} // namespace

std::unique_ptr<const SqlDialect> SqlDialect::forKind(DatabaseLocation::Kind kind)
{
    switch (kind) {
    case DatabaseLocation::Kind::Sqlite:
        return makeSqliteDialect();
    case DatabaseLocation::Kind::PostgreSql:
        return makePostgreSqlDialect();
    }
    return makeSqliteDialect();
}

// SQLite (since 3.24) writes both as PostgreSQL does; a backend that differs overrides them.
QString SqlDialect::upsert(const QString& table, const QStringList& keyColumns, const QStringList& valueColumns) const
{
    const QStringList columns = keyColumns + valueColumns;
    QStringList updates;
    for (const QString& column : valueColumns)
        updates << column + u" = excluded."_s + column;
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5"_s.arg(
        table, columns.join(u", "_s), placeholders(columns.size()), keyColumns.join(u", "_s), updates.join(u", "_s));
}

QString SqlDialect::insertUnlessExists(const QString& table, const QStringList& columns,
                                       const QStringList& conflictColumns) const
{
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING"_s.arg(
        table, columns.join(u", "_s), placeholders(columns.size()), conflictColumns.join(u", "_s));
}

} // namespace backoffice
