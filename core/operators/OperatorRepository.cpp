// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/OperatorRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlRows.h"
#include "core/storage/SqlTime.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString selectColumns = u"SELECT id, user_name, display_name, role, disabled, failed_attempts, locked_until, "
                              u"created_at, row_version FROM operators"_s;

Operator operatorFromQuery(const QSqlQuery& row)
{
    Operator op;
    SqlRows::readColumns(row, op.id, op.userName, op.displayName,
                         SqlRows::parsed(op.role, roleFromString, Role::Viewer), op.disabled, op.failedAttempts,
                         op.lockedUntil, op.createdAt, op.rowVersion);
    return op;
}
} // namespace

OperatorRepository::OperatorRepository(const Database& database) : m_database(database) { }

Result<qint64> OperatorRepository::count() const
{
    return m_database.integer(u"SELECT count(*) FROM operators"_s);
}

Result<Operator> OperatorRepository::find(const QString& userName) const
{
    return SqlRows::theOne(
        SqlRows::select(m_database,
                        selectColumns + u" WHERE "_s + m_database.dialect().equalsIgnoringCase(u"user_name"_s),
                        {userName.trimmed()}, operatorFromQuery),
        u"operator"_s, userName.trimmed());
}

Result<QString> OperatorRepository::passwordHash(qint64 operatorId) const
{
    auto hash = m_database.scalar(u"SELECT password_hash FROM operators WHERE id = ?"_s, {operatorId});
    if (!hash)
        return hash.error();
    return hash.value().toString();
}

Result<QList<Operator>> OperatorRepository::list() const
{
    return SqlRows::select(m_database,
                           selectColumns + u" ORDER BY "_s + m_database.dialect().caseInsensitive(u"user_name"_s), {},
                           operatorFromQuery);
}

Result<qint64> OperatorRepository::countOtherEnabledAdmins(qint64 exceptId) const
{
    return m_database.integer(u"SELECT count(*) FROM operators WHERE role = 'admin' AND disabled = 0 AND id <> ?"_s,
                              {exceptId});
}

Status OperatorRepository::insertInTransaction(const NewOperator& account, const QString& passwordHash,
                                               const QDateTime& createdAt) const
{
    return m_database.run(u"INSERT INTO operators (user_name, display_name, role, password_hash, "
                          u"created_at) VALUES (?, ?, ?, ?, ?)"_s,
                          {account.userName, Database::text(account.displayName.trimmed()), roleToString(account.role),
                           passwordHash, SqlTime::bind(createdAt)});
}

Status OperatorRepository::setDisabledInTransaction(const Operator& op, bool disabled) const
{
    return m_database.run(
        u"UPDATE operators SET disabled = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        {disabled ? 1 : 0, op.id, op.rowVersion});
}

Status OperatorRepository::setRoleInTransaction(const Operator& op, Role role) const
{
    return m_database.run(
        u"UPDATE operators SET role = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        {roleToString(role), op.id, op.rowVersion});
}

Status OperatorRepository::setPasswordInTransaction(qint64 operatorId, const QString& passwordHash) const
{
    return m_database.run(u"UPDATE operators SET password_hash = ?, failed_attempts = 0, "
                          u"locked_until = NULL, row_version = row_version + 1 WHERE id = ?"_s,
                          {passwordHash, operatorId});
}

bool OperatorRepository::isValidUserName(const QString& userName)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    return pattern.match(userName).hasMatch();
}

Result<qint64> OperatorRepository::signInAttemptsInProgress(qint64 operatorId, const QDateTime& since) const
{
    if (const Status purged
        = m_database.run(u"DELETE FROM operator_signin_attempts WHERE operator_id = ? AND reserved_at < ?"_s,
                         {operatorId, SqlTime::bind(since)});
        !purged)
        return purged.error();
    return m_database.integer(u"SELECT count(*) FROM operator_signin_attempts WHERE operator_id = ?"_s, {operatorId});
}

Result<qint64> OperatorRepository::reserveSignInAttempt(qint64 operatorId, const QDateTime& at) const
{
    return m_database.insert(u"INSERT INTO operator_signin_attempts (operator_id, reserved_at) VALUES (?, ?)"_s,
                             {operatorId, SqlTime::bind(at)});
}

Status OperatorRepository::releaseSignInAttempt(qint64 reservationId) const
{
    return m_database.run(u"DELETE FROM operator_signin_attempts WHERE id = ?"_s, {reservationId});
}

Status OperatorRepository::recordSignInSuccess(qint64 operatorId, const QString& rehashed) const
{
    return rehashed.isEmpty()
        ? m_database.run(u"UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ?"_s, {operatorId})
        : m_database.run(
            u"UPDATE operators SET failed_attempts = 0, locked_until = NULL, password_hash = ? WHERE id = ?"_s,
            {rehashed, operatorId});
}

Status OperatorRepository::recordSignInFailure(qint64 operatorId, int failures, const QDateTime& lockedUntil) const
{
    return m_database.run(u"UPDATE operators SET failed_attempts = ?, locked_until = ? WHERE id = ?"_s,
                          {failures, SqlTime::bind(lockedUntil), operatorId});
}

} // namespace backoffice
