// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/OperatorService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"
#include "core/operators/Authorizer.h"
#include "core/operators/OperatorRepository.h"
#include "core/operators/PasswordHasher.h"
#include "core/storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// Disabling or demoting `op` must leave at least one enabled administrator, or nobody could manage
/// operators and providers any more.
Status requireAnotherEnabledAdmin(const OperatorRepository& operators, const Operator& op)
{
    auto others = operators.countOtherEnabledAdmins(op.id);
    if (!others)
        return others.error();
    if (others.value() == 0)
        return Error {Error::Code::Conflict, u"last-admin"_s,
                      u"%1 is the last enabled administrator"_s.arg(op.userName)};
    return Ok {};
}
} // namespace

OperatorService::OperatorService(const Database& database, const AuditLog& audit, const PasswordHasher& hasher,
                                 const Clock& clock)
    : m_database(database), m_audit(audit), m_hasher(hasher), m_clock(clock)
{
}

Result<bool> OperatorService::hasOperators() const
{
    auto count = OperatorRepository(m_database).count();
    if (!count)
        return count.error();
    return count.value() > 0;
}

Status OperatorService::validate(const NewOperator& request) const
{
    if (!OperatorRepository::isValidUserName(request.userName))
        return Error::invalid(u"user-name"_s, u"1 to 64 letters, digits, '.', '_', '-' or '@'"_s);
    if (request.displayName.size() > 200)
        return Error::invalid(u"display-name"_s, u"at most 200 characters"_s);
    return PasswordHasher::checkPolicy(request.password);
}

Result<Operator> OperatorService::createFirstAdministrator(const NewOperator& request) const
{
    if (request.role != Role::Admin)
        return Error::invalid(u"role"_s, u"the first operator must be an administrator"_s);
    return insert(request, request.userName, true);
}

Result<Operator> OperatorService::add(const Actor& actor, const NewOperator& request) const
{
    if (const Status allowed = requireManaging(actor, request.userName); !allowed)
        return allowed.error();
    return insert(request, actor.userName, false);
}

Result<Operator> OperatorService::insert(const NewOperator& request, const QString& actorName, bool first) const
{
    if (const Status valid = validate(request); !valid)
        return valid.error();
    // Hash before taking the write lock: scrypt is deliberately slow.
    auto hash = m_hasher.hash(request.password);
    if (!hash)
        return hash.error();

    const OperatorRepository operators(m_database);
    Result<Operator> created = Error {};
    const Status written = m_database.writeTransaction([&]() -> Status {
        if (first) {
            auto count = operators.count();
            if (!count)
                return count.error();
            if (count.value() > 0)
                return Error {Error::Code::Conflict, u"operators-exist"_s,
                              u"operators exist already; an administrator must add new ones"_s};
        }
        auto existing = operators.find(request.userName);
        if (existing)
            return Error {Error::Code::Conflict, u"user-name"_s, u"operator %1 exists already"_s.arg(request.userName)};
        if (existing.error().code != Error::Code::NotFound)
            return existing.error();

        const QDateTime now = m_clock.nowUtc();
        if (const Status inserted = operators.insertInTransaction(request, hash.value(), now); !inserted)
            return inserted;

        AuditEvent event;
        event.at = now;
        event.operatorName = actorName;
        event.action = QString::fromLatin1(AuditAction::OperatorCreated);
        event.target = request.userName;
        event.after = roleToString(request.role);
        event.details = {{u"display_name"_s, request.displayName.trimmed()}, {u"first_administrator"_s, first}};
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();
        created = operators.find(request.userName);
        return created ? Status(Ok {}) : Status(created.error());
    });
    if (!written)
        return written.error();
    qCInfo(lcOperators) << "operator" << request.userName << "created by" << actorName;
    return created;
}

Result<QList<Operator>> OperatorService::list(const Actor& actor) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageOperators); !allowed)
        return allowed.error();
    return OperatorRepository(m_database).list();
}

Status OperatorService::requireManaging(const Actor& actor, const QString& userName) const
{
    return Authorizer(m_audit).require(actor, Permission::ManageOperators, std::nullopt, userName);
}

Result<Operator> OperatorService::changeAccount(const Actor& actor, const QString& userName,
                                                const AccountChange& change) const
{
    const OperatorRepository operators(m_database);
    Result<Operator> result = Error {};
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto current = operators.find(userName);
        if (!current)
            return current.error();
        const Operator& op = current.value();
        AuditEvent event;
        event.at = m_clock.nowUtc();
        event.operatorName = actor.userName;
        event.target = op.userName;
        auto changed = change(operators, op, event);
        if (!changed)
            return changed.error();
        if (!changed.value()) {
            result = op;
            return Ok {};
        }
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();
        result = operators.find(op.userName);
        return result ? Status(Ok {}) : Status(result.error());
    });
    if (!written)
        return written.error();
    return result;
}

Result<Operator> OperatorService::setDisabled(const Actor& actor, const QString& userName, bool disabled) const
{
    if (const Status allowed = requireManaging(actor, userName); !allowed)
        return allowed.error();
    return changeAccount(
        actor, userName,
        [&](const OperatorRepository& operators, const Operator& op, AuditEvent& event) -> Result<bool> {
            if (op.disabled == disabled)
                return false;
            if (disabled && op.role == Role::Admin) {
                if (const Status kept = requireAnotherEnabledAdmin(operators, op); !kept)
                    return kept.error();
            }
            if (const Status changed = operators.setDisabledInTransaction(op, disabled); !changed)
                return changed.error();
            event.action = QString::fromLatin1(disabled ? AuditAction::OperatorDisabled : AuditAction::OperatorEnabled);
            event.before = op.disabled ? u"disabled"_s : u"enabled"_s;
            event.after = disabled ? u"disabled"_s : u"enabled"_s;
            return true;
        });
}

Result<Operator> OperatorService::setRole(const Actor& actor, const QString& userName, Role role) const
{
    if (const Status allowed = requireManaging(actor, userName); !allowed)
        return allowed.error();
    return changeAccount(
        actor, userName,
        [&](const OperatorRepository& operators, const Operator& op, AuditEvent& event) -> Result<bool> {
            if (op.role == role)
                return false;
            if (op.role == Role::Admin && !op.disabled) {
                if (const Status kept = requireAnotherEnabledAdmin(operators, op); !kept)
                    return kept.error();
            }
            if (const Status changed = operators.setRoleInTransaction(op, role); !changed)
                return changed.error();
            event.action = QString::fromLatin1(AuditAction::OperatorRoleChanged);
            event.before = roleToString(op.role);
            event.after = roleToString(role);
            return true;
        });
}

Result<Operator> OperatorService::resetPassword(const Actor& actor, const QString& userName,
                                                const QString& password) const
{
    if (const Status allowed = requireManaging(actor, userName); !allowed)
        return allowed.error();
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    return changeAccount(
        actor, userName,
        [&](const OperatorRepository& operators, const Operator& op, AuditEvent& event) -> Result<bool> {
            if (const Status changed = operators.setPasswordInTransaction(op.id, hash.value()); !changed)
                return changed.error();
            event.action = QString::fromLatin1(AuditAction::OperatorPasswordReset);
            event.details = {{u"lockout_cleared"_s, op.lockedUntil.isValid() || op.failedAttempts > 0}};
            return true;
        });
}

} // namespace backoffice
