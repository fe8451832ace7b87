// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/storage/SqlTime.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <type_traits>
#include <utility>

namespace backoffice {

/// Turning the rows of a SELECT into values, the same way in every repository. The statements stay
/// with the repository that owns their table; this only reads what they return.
namespace SqlRows {

/// Reads one column into `field`, by the field's type: text, a whole number, 0/1 for a flag, a
/// time as SqlTime stores it, and NULL as an empty optional.
inline void readColumn(const QVariant& value, QString& field)
{
    field = value.toString();
}
inline void readColumn(const QVariant& value, qint64& field)
{
    field = value.toLongLong();
}
inline void readColumn(const QVariant& value, int& field)
{
    field = value.toInt();
}
inline void readColumn(const QVariant& value, double& field)
{
    field = value.toDouble();
}
/// Flags are stored as 0/1 integers on both databases (PostgreSQL has no implicit int-to-bool).
inline void readColumn(const QVariant& value, bool& field)
{
    field = value.toInt() != 0;
}
inline void readColumn(const QVariant& value, QDateTime& field)
{
    field = SqlTime::read(value);
}
template<typename T> void readColumn(const QVariant& value, std::optional<T>& field)
{
    field.reset();
    if (value.isNull())
        return;
    T present {};
    readColumn(value, present);
    field = present;
}

/// A text column that names one value of an enum (or any type): `parse` returns std::nullopt for a
/// text this build does not know, and the field then takes `unknown`, a value chosen to be safe.
template<typename T, typename Parse> struct ParsedText
{
    T& field;
    Parse parse;
    T unknown;
};
template<typename T, typename Parse> ParsedText<T, Parse> parsed(T& field, Parse parse, T unknown)
{
    return {field, std::move(parse), unknown};
}
template<typename T, typename Parse> void readColumn(const QVariant& value, ParsedText<T, Parse>&& column)
{
    column.field = column.parse(value.toString()).value_or(column.unknown);
}

/// Reads the row's columns, in order, into `fields`: a row mapper names its fields once, in the
/// order of its SELECT's columns, and counts no column numbers.
template<typename... Fields> void readColumns(const QSqlQuery& row, Fields&&... fields)
{
    int column = 0;
    (readColumn(row.value(column++), std::forward<Fields>(fields)), ...);
}

/// Runs `sql` and maps each row it returns with `fromRow`; a statement that fails gives the
/// driver's error.
template<typename FromRow>
auto select(const Database& database, const QString& sql, const QVariantList& values, FromRow fromRow)
    -> Result<QList<std::invoke_result_t<FromRow&, const QSqlQuery&>>>
{
    auto query = database.exec(sql, values);
    if (!query)
        return query.error();
    QList<std::invoke_result_t<FromRow&, const QSqlQuery&>> rows;
    while (query.value().next())
        rows.append(fromRow(query.value()));
    return rows;
}

/// The first row `sql` returns mapped with `fromRow`, or no value when it returns none.
template<typename FromRow>
auto selectFirst(const Database& database, const QString& sql, const QVariantList& values, FromRow fromRow)
    -> Result<std::optional<std::invoke_result_t<FromRow&, const QSqlQuery&>>>
{
    using Row = std::invoke_result_t<FromRow&, const QSqlQuery&>;
    auto query = database.exec(sql, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<Row>();
    return std::optional<Row>(fromRow(query.value()));
}

/// The one row a lookup by key selected, or NotFound naming what was looked for (`what`, `key`).
template<typename T> Result<T> theOne(const Result<QList<T>>& rows, const QString& what, const QString& key)
{
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error::notFound(what, key);
    return rows.value().first();
}

/// The first of the rows selected, if there is one.
template<typename T> Result<std::optional<T>> firstIfAny(const Result<QList<T>>& rows)
{
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<T>();
    return std::optional<T>(rows.value().first());
}

} // namespace SqlRows

} // namespace backoffice
