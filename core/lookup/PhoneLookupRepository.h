// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/lookup/PhoneLookup.h"

#include <optional>

namespace backoffice {

class Database;

/// SQL for phone_lookups, the cache of carrier lookups (one row per number).
class PhoneLookupRepository
{
public:
    explicit PhoneLookupRepository(const Database& database);

    /// The cached lookup of `e164` made at `notBefore` or later; nullopt when there is none (or an
    /// unreadable one).
    Result<std::optional<PhoneLookupResult>> find(const QString& e164, const QDateTime& notBefore) const;
    /// Stores `result`, replacing an older lookup of the same number. Inside the caller's write
    /// transaction, together with its audit event.
    Status storeInTransaction(const PhoneLookupResult& result) const;

private:
    const Database& m_database;
};

} // namespace backoffice
