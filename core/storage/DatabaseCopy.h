// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QMap>
#include <QStringList>

#include <functional>

namespace backoffice {

class Database;

/// Copies one Back Office database into another, empty one, whichever backends they are on (a desk's
/// SQLite file to the team's PostgreSQL server, or back for a backup): clients, providers' settings
/// (their secrets stay in the keychain), the message log, operators, the audit log and its keyed
/// head, carrier lookups, e-mail settings, identity checks and disable requests, and the database's
/// id, so the keychain entries scoped by it (data key, audit key, provider secrets) apply unchanged.
/// Sign-in attempts in progress are not copied. All in one transaction on the target.
class DatabaseCopy
{
public:
    /// Told after each batch of rows and at the end of each table.
    using Progress = std::function<void(const QString& table, qint64 copied, qint64 total)>;

    /// The tables copied, in an order their references allow.
    static const QStringList& tables();

    /// The rows copied, by table.
    using RowCounts = QMap<QString, qint64>;

    /// Errors: InvalidInput (field "schema": the two are not at the same schema version), Conflict
    /// (field "target-not-empty", detail: the first table with rows), Storage.
    static Result<RowCounts> copy(const Database& from, const Database& to, const Progress& progress = {});
};

} // namespace backoffice
