// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace backoffice {

class Database;

/// The database_info table: facts about this database as key and value (`database_id`, the data
/// key's fingerprint, the idle lock minutes, the audit head from before keyed chains). Its one
/// owner; what a key means belongs to the class that uses it.
class DatabaseInfo
{
public:
    explicit DatabaseInfo(const Database& database);

    /// The stored value; NotFound when the key has none.
    Result<QString> value(const QString& key) const;
    /// Inserts or replaces the value, inside the caller's write transaction.
    Status setInTransaction(const QString& key, const QString& value) const;
    /// Removes the key (nothing happens when it has no value), inside the caller's write transaction.
    Status removeInTransaction(const QString& key) const;

private:
    const Database& m_database;
};

} // namespace backoffice
