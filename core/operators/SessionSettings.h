// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/operators/Actor.h"

namespace backoffice {

class AuditLog;
class Database;

/// Per-database session settings: how long the GUI waits without input before it locks. Kept in
/// the database (database_info `idle_lock_minutes`) so every desktop sharing it behaves the same.
class SessionSettings
{
public:
    static constexpr int defaultIdleLockMinutes = 15;
    static constexpr int minimumIdleLockMinutes = 1;
    static constexpr int maximumIdleLockMinutes = 480;

    SessionSettings(const Database& database, const AuditLog& audit);

    /// The stored value, or the default when missing or unreadable.
    int idleLockMinutes() const;
    /// Administrators only (Permission::ManageOperators); audited. InvalidInput (field
    /// "idle-lock-minutes") outside 1..480.
    Status setIdleLockMinutes(const Actor& actor, int minutes) const;

private:
    const Database& m_database;
    const AuditLog& m_audit;
};

} // namespace backoffice
