// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/operators/Operator.h"

#include <QList>

namespace backoffice {

class Database;

/// The one owner of the operators and operator_signin_attempts tables: every statement on them.
/// The services decide (OperatorService: accounts, SignInService: sign-ins and lockout) and run the
/// writes in a transaction together with their audit event; the *InTransaction writes need one.
class OperatorRepository
{
public:
    explicit OperatorRepository(const Database& database);

    Result<qint64> count() const;
    /// NotFound (field "operator") when there is no such user name (case-insensitive).
    Result<Operator> find(const QString& userName) const;
    /// The stored hash of an operator, for SignInService only.
    Result<QString> passwordHash(qint64 operatorId) const;
    /// Ordered by user name.
    Result<QList<Operator>> list() const;
    /// Enabled administrators other than `exceptId`: refusing to remove the last one.
    Result<qint64> countOtherEnabledAdmins(qint64 exceptId) const;

    /// A new account with an already hashed password. A taken user name is the database's error.
    Status insertInTransaction(const NewOperator& account, const QString& passwordHash,
                               const QDateTime& createdAt) const;
    /// Writes `op` with `disabled` set, if its row version is still op.rowVersion.
    Status setDisabledInTransaction(const Operator& op, bool disabled) const;
    /// Writes `op` with `role`, if its row version is still op.rowVersion.
    Status setRoleInTransaction(const Operator& op, Role role) const;
    /// A new password hash; the failure count and a lockout are cleared.
    Status setPasswordInTransaction(qint64 operatorId, const QString& passwordHash) const;

    /// Sign-in attempts in progress for an operator, reserved after `since` (older ones are from a
    /// process that died and no longer count; they are removed).
    Result<qint64> signInAttemptsInProgress(qint64 operatorId, const QDateTime& since) const;
    /// Reserves an attempt at `at`; returns the reservation's id. Inside the caller's transaction.
    Result<qint64> reserveSignInAttempt(qint64 operatorId, const QDateTime& at) const;
    Status releaseSignInAttempt(qint64 reservationId) const;
    /// A right password: the failure count and the lockout are cleared (and the hash upgraded when
    /// `rehashed` is not empty).
    Status recordSignInSuccess(qint64 operatorId, const QString& rehashed) const;
    /// A wrong password: the new failure count, and the end of the lockout it caused (invalid: none).
    Status recordSignInFailure(qint64 operatorId, int failures, const QDateTime& lockedUntil) const;

    /// A user name is 1 to 64 letters, digits, '.', '_', '-' or '@'.
    static bool isValidUserName(const QString& userName);

private:
    const Database& m_database;
};

} // namespace backoffice
