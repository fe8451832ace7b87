// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QVariant>

namespace backoffice {

/// How every table stores a point in time: ISO 8601 text in UTC with milliseconds, on SQLite and
/// PostgreSQL alike (it sorts as time does, and `db copy` moves it unchanged). The one writer and
/// reader of that format, so no repository formats or parses timestamps its own way.
namespace SqlTime {

/// The value to bind for `at` (converted to UTC); SQL NULL for an invalid time.
QVariant bind(const QDateTime& at);
/// A column read back, in UTC (Qt::UTC); NULL or text that is no time gives an invalid QDateTime.
QDateTime read(const QVariant& value);

} // namespace SqlTime

} // namespace backoffice
