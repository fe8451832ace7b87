// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/operators/Operator.h"

#include <QList>

#include <functional>

namespace backoffice {

class AuditLog;
class Database;
class OperatorRepository;
class PasswordHasher;
struct AuditEvent;

/// Manages operator accounts: only administrators (Permission::ManageOperators) add, list, disable,
/// change roles and reset passwords, each change with its audit event in the same transaction. The
/// one exception is the first administrator of an empty database, created without an actor.
class OperatorService
{
public:
    OperatorService(const Database& database, const AuditLog& audit, const PasswordHasher& hasher,
                    const Clock& clock = SystemClock::instance());

    /// Whether any operator account exists (the GUI asks for the first administrator when not).
    Result<bool> hasOperators() const;

    /// Creates the first operator of a database that has none. Errors: Conflict (operators exist
    /// already), InvalidInput (field "role": it must be admin; "user-name"; "password").
    Result<Operator> createFirstAdministrator(const NewOperator& request) const;

    /// Errors: PermissionDenied, InvalidInput ("user-name", "password"), Conflict (the name is taken).
    Result<Operator> add(const Actor& actor, const NewOperator& request) const;
    Result<QList<Operator>> list(const Actor& actor) const;
    /// Disabling or demoting the last enabled administrator is refused (Conflict, field
    /// "last-admin"): nobody could manage operators any more.
    Result<Operator> setDisabled(const Actor& actor, const QString& userName, bool disabled) const;
    Result<Operator> setRole(const Actor& actor, const QString& userName, Role role) const;
    /// Sets a new password and clears a lockout.
    Result<Operator> resetPassword(const Actor& actor, const QString& userName, const QString& password) const;

private:
    /// Fills in and writes one change of an account (through the repository, inside the transaction)
    /// and its event's action, before, after and details; false when there is nothing to change.
    using AccountChange = std::function<Result<bool>(const OperatorRepository&, const Operator&, AuditEvent&)>;

    Status requireManaging(const Actor& actor, const QString& userName) const;
    /// Reads the account, lets `change` write it, and records the event, in one write transaction.
    Result<Operator> changeAccount(const Actor& actor, const QString& userName, const AccountChange& change) const;
    Status validate(const NewOperator& request) const;
    Result<Operator> insert(const NewOperator& request, const QString& actorName, bool first) const;

    const Database& m_database;
    const AuditLog& m_audit;
    const PasswordHasher& m_hasher;
    const Clock& m_clock;
};

} // namespace backoffice
