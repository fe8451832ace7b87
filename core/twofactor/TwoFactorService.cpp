// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/twofactor/TwoFactorService.h"

#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/common/Logging.h"
#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

TwoFactorService::TwoFactorService(const Database& database, const AuditLog& audit, const Clock& clock)
    : m_database(database), m_audit(audit), m_clock(clock)
{
}

std::optional<TwoFactorService::AlreadyDisabled> TwoFactorService::alreadyDisabled(const Error& error)
{
    if (error.code != Error::Code::Conflict || error.field != u"already-disabled")
        return std::nullopt;
    const qsizetype space = error.detail.indexOf(u' ');
    if (space < 0)
        return std::nullopt;
    AlreadyDisabled already {error.detail.mid(space + 1),
                             QDateTime::fromString(error.detail.left(space), Qt::ISODateWithMs)};
    if (!already.at.isValid())
        return std::nullopt;
    return already;
}

Result<Client> TwoFactorService::disable(const Actor& actor, const DisableTwoFactorRequest& request) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::DisableTwoFactor, request.clientId);
        !allowed)
        return allowed.error();
    if (!request.clientRequested)
        return Error::invalid(u"client-requested"_s, u"only at the client's explicit request"_s);
    if (request.reason.trimmed().isEmpty())
        return Error::invalid(u"reason"_s, u"a reason or ticket reference is required"_s);

    const ClientRepository clients(m_database);
    Client updated;
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto current = clients.find(request.clientId);
        if (!current)
            return current.error();
        const Client& before = current.value();
        if (before.method == TwoFactorMethod::None) {
            // Off already: by whom and when, if an operator did it (another desk, a moment ago).
            AuditFilter filter;
            filter.clientId = request.clientId;
            filter.action = QString::fromLatin1(AuditAction::TwoFactorDisabled);
            auto last = m_audit.list(filter, 0, 1);
            if (!last)
                return last.error();
            if (!last.value().isEmpty()) {
                const AuditEvent& event = last.value().first();
                return Error {Error::Code::Conflict, u"already-disabled"_s,
                              event.at.toUTC().toString(Qt::ISODateWithMs) + u' ' + event.operatorName};
            }
            return Error::invalid(u"method"_s, u"no 2FA option to disable"_s);
        }
        if (request.method == TwoFactorMethod::None || before.rowVersion != request.expectedRowVersion
            || before.method != request.method)
            return Error::conflict(u"client %1 changed since it was opened"_s.arg(request.clientId));

        auto changed = clients.disableTwoFactorInTransaction(request.clientId, request.expectedRowVersion);
        if (!changed)
            return changed.error();
        if (!changed.value())
            return Error::conflict(u"client %1 changed since it was opened"_s.arg(request.clientId));

        AuditEvent event;
        event.at = m_clock.nowUtc();
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::TwoFactorDisabled);
        event.clientId = request.clientId;
        event.before = twoFactorMethodToString(before.method);
        event.after = twoFactorMethodToString(TwoFactorMethod::None);
        event.reason = request.reason.trimmed();
        event.details = {{u"client_requested"_s, true},
                         {u"enabled_at"_s, before.enabledAt.toString(Qt::ISODate)},
                         {u"secret_erased"_s, before.method == TwoFactorMethod::Authenticator}};
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();

        auto after = clients.find(request.clientId);
        if (!after)
            return after.error();
        updated = after.value();
        return Ok {};
    });
    if (!written)
        return written.error();
    qCInfo(lcClients) << "2FA" << twoFactorMethodToString(request.method) << "disabled for client" << request.clientId
                      << "by" << actor.userName;
    return updated;
}

} // namespace backoffice
