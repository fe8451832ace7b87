// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/OperatorRepository.h"

#include "core/storage/Database.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString selectColumns = u"SELECT id, user_name, display_name, role, disabled, failed_attempts, locked_until, "
                              u"created_at, row_version FROM operators"_s;

QDateTime utcFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

Operator operatorFromQuery(const QSqlQuery& query)
{
    Operator op;
    op.id = query.value(0).toLongLong();
    op.userName = query.value(1).toString();
    op.displayName = query.value(2).toString();
    op.role = roleFromString(query.value(3).toString()).value_or(Role::Viewer);
    op.disabled = query.value(4).toInt() != 0;
    op.failedAttempts = query.value(5).toInt();
    op.lockedUntil = utcFrom(query.value(6));
    op.createdAt = utcFrom(query.value(7));
    op.rowVersion = query.value(8).toLongLong();
    return op;
}
} // namespace

OperatorRepository::OperatorRepository(const Database& database) : m_database(database) { }

Result<qint64> OperatorRepository::count() const
{
    auto count = m_database.scalar(u"SELECT count(*) FROM operators"_s);
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

Result<Operator> OperatorRepository::find(const QString& userName) const
{
    auto query = m_database.exec(selectColumns + u" WHERE user_name = ? COLLATE NOCASE"_s, {userName.trimmed()});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::notFound(u"operator"_s, userName.trimmed());
    return operatorFromQuery(query.value());
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
    auto query = m_database.exec(selectColumns + u" ORDER BY user_name COLLATE NOCASE"_s);
    if (!query)
        return query.error();
    QList<Operator> operators;
    while (query.value().next())
        operators.append(operatorFromQuery(query.value()));
    return operators;
}

Result<qint64> OperatorRepository::countOtherEnabledAdmins(qint64 exceptId) const
{
    auto count = m_database.scalar(
        u"SELECT count(*) FROM operators WHERE role = 'admin' AND disabled = 0 AND id <> ?"_s, {exceptId});
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

bool OperatorRepository::isValidUserName(const QString& userName)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    return pattern.match(userName).hasMatch();
}

Result<qint64> OperatorRepository::signInAttemptsInProgress(qint64 operatorId, const QDateTime& since) const
{
    const QString cutoff = since.toUTC().toString(Qt::ISODateWithMs);
    if (auto purged = m_database.exec(
            u"DELETE FROM operator_signin_attempts WHERE operator_id = ? AND reserved_at < ?"_s, {operatorId, cutoff});
        !purged)
        return purged.error();
    auto count
        = m_database.scalar(u"SELECT count(*) FROM operator_signin_attempts WHERE operator_id = ?"_s, {operatorId});
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

Result<qint64> OperatorRepository::reserveSignInAttempt(qint64 operatorId, const QDateTime& at) const
{
    auto inserted = m_database.exec(u"INSERT INTO operator_signin_attempts (operator_id, reserved_at) VALUES (?, ?)"_s,
                                    {operatorId, at.toUTC().toString(Qt::ISODateWithMs)});
    if (!inserted)
        return inserted.error();
    return inserted.value().lastInsertId().toLongLong();
}

Status OperatorRepository::releaseSignInAttempt(qint64 reservationId) const
{
    auto removed = m_database.exec(u"DELETE FROM operator_signin_attempts WHERE id = ?"_s, {reservationId});
    return removed ? Status(Ok {}) : Status(removed.error());
}

Status OperatorRepository::recordSignInSuccess(qint64 operatorId, const QString& rehashed) const
{
    auto updated = rehashed.isEmpty()
        ? m_database.exec(u"UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ?"_s, {operatorId})
        : m_database.exec(
            u"UPDATE operators SET failed_attempts = 0, locked_until = NULL, password_hash = ? WHERE id = ?"_s,
            {rehashed, operatorId});
    return updated ? Status(Ok {}) : Status(updated.error());
}

Status OperatorRepository::recordSignInFailure(qint64 operatorId, int failures, const QDateTime& lockedUntil) const
{
    auto updated = m_database.exec(u"UPDATE operators SET failed_attempts = ?, locked_until = ? WHERE id = ?"_s,
                                   {failures,
                                    lockedUntil.isValid() ? QVariant(lockedUntil.toUTC().toString(Qt::ISODateWithMs))
                                                          : QVariant(QMetaType(QMetaType::QString)),
                                    operatorId});
    return updated ? Status(Ok {}) : Status(updated.error());
}

} // namespace backoffice
