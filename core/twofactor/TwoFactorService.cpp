// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/twofactor/TwoFactorService.h"

#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/common/Logging.h"
#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"
#include "core/verification/DisableRequestService.h"
#include "core/verification/IdentityVerificationService.h"
#include "core/verification/VerificationRefusal.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// A disable's audit event, or a refused disable's: who, when, which client and the factor it was
/// about.
AuditEvent disableEvent(const char* action, const Actor& actor, const QDateTime& at, qint64 clientId,
                        TwoFactorMethod method)
{
    AuditEvent event;
    event.at = at;
    event.operatorName = actor.userName;
    event.action = QString::fromLatin1(action);
    event.clientId = clientId;
    event.before = twoFactorMethodToString(method);
    return event;
}
} // namespace

TwoFactorService::TwoFactorService(const Database& database, const AuditLog& audit, const Clock& clock)
    : m_database(database), m_audit(audit), m_clock(clock)
{
}

DisableReasonRule TwoFactorService::reasonRule() const
{
    return DisableReasonRule::load(m_database);
}

Result<Client> TwoFactorService::disable(const Actor& actor, const DisableTwoFactorRequest& request) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::DisableTwoFactor, request.clientId);
        !allowed)
        return allowed.error();
    if (!request.clientRequested)
        return Error::invalid(u"client-requested"_s, u"only at the client's explicit request"_s);
    if (auto problem = reasonRule().problemWith(request.reason))
        return *problem;
    if (request.method == TwoFactorMethod::None)
        return Error::invalid(u"method"_s, u"no 2FA option to disable"_s);
    if (request.verificationId <= 0) {
        const Error refusal = VerificationRefusals::make(VerificationRefusal::NotVerified, u"no-code"_s);
        recordRefusal(actor, request, refusal);
        return refusal;
    }

    Client updated;
    const QDateTime now = m_clock.nowUtc();
    bool refusedForProof = false;
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto current = ClientRepository(m_database).find(request.clientId);
        if (!current)
            return current.error();
        if (current->rowVersion != request.expectedRowVersion || current->method != request.method)
            return changedUnderneath(request.clientId);

        // The proof is used up in the same transaction as the change: one code, one disable, even
        // when two desks race with the same code.
        auto proof = IdentityVerificationService::consumeVerificationInTransaction(
            m_database, request.clientId, request.method, request.verificationId, now);
        if (!proof) {
            refusedForProof = VerificationRefusals::of(proof.error()) != VerificationRefusal::None;
            return proof.error();
        }

        FactorRemoval removal;
        removal.clientId = request.clientId;
        removal.method = request.method;
        removal.expectedRowVersion = request.expectedRowVersion;
        removal.reason = request.reason.trimmed();
        removal.auditDetails = {{u"verified_by"_s, u"code"_s},
                                {u"challenge_id"_s, proof->id},
                                {u"channel"_s, verificationChannelToString(proof->channel)},
                                {u"destination"_s, proof->maskedDestination}};
        auto after = turnOffInTransaction(actor, removal);
        if (!after)
            return after.error();
        updated = after.value();
        return Ok {};
    });
    if (!written) {
        // Recorded after the rollback, so the refusal is in the log although the change is not.
        if (refusedForProof)
            recordRefusal(actor, request, written.error());
        return written.error();
    }
    qCInfo(lcClients) << "2FA" << twoFactorMethodToString(request.method) << "disabled for client" << request.clientId
                      << "by" << actor.userName;
    return updated;
}

Result<Client> TwoFactorService::turnOffInTransaction(const Actor& actor, const FactorRemoval& removal) const
{
    const ClientRepository clients(m_database);
    auto current = clients.find(removal.clientId);
    if (!current)
        return current.error();
    const Client before = current.value();
    if (before.rowVersion != removal.expectedRowVersion || before.method != removal.method)
        return changedUnderneath(removal.clientId);
    auto changed = clients.disableTwoFactorInTransaction(removal.clientId, removal.expectedRowVersion);
    if (!changed)
        return changed.error();
    if (!changed.value())
        return changedUnderneath(removal.clientId);

    AuditEvent event
        = disableEvent(AuditAction::TwoFactorDisabled, actor, m_clock.nowUtc(), removal.clientId, before.method);
    event.after = twoFactorMethodToString(TwoFactorMethod::None);
    event.reason = removal.reason;
    QJsonObject details = removal.auditDetails;
    details.insert(u"client_requested"_s, true);
    details.insert(u"enabled_at"_s, before.enabledAt.toString(Qt::ISODate));
    details.insert(u"secret_erased"_s, before.method == TwoFactorMethod::Authenticator);
    event.details = details;
    if (auto logged = m_audit.appendInTransaction(event); !logged)
        return logged.error();
    return clients.find(removal.clientId);
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

std::optional<Error> TwoFactorService::whoDisabled(qint64 clientId) const
{
    auto current = ClientRepository(m_database).find(clientId);
    if (!current || current->method != TwoFactorMethod::None)
        return std::nullopt;
    AuditFilter filter;
    filter.clientId = clientId;
    filter.action = QString::fromLatin1(AuditAction::TwoFactorDisabled);
    auto latest = m_audit.list(filter, 0, 1);
    if (!latest || latest->isEmpty())
        return std::nullopt;
    return Error {Error::Code::Conflict, u"already-disabled"_s,
                  latest->first().at.toUTC().toString(Qt::ISODateWithMs) + u' ' + latest->first().operatorName};
}

Error TwoFactorService::changedUnderneath(qint64 clientId) const
{
    // Read in the caller's transaction, so it is the change that made this one stale: a second
    // desk that lost the race is told who won, and when ("already disabled by ada at 10:42").
    if (auto already = whoDisabled(clientId))
        return *already;
    return Error {Error::Code::Conflict, u"client"_s, QString::number(clientId)};
}

void TwoFactorService::recordRefusal(const Actor& actor, const DisableTwoFactorRequest& request,
                                     const Error& refusal) const
{
    AuditEvent event
        = disableEvent(AuditAction::TwoFactorDisableRefused, actor, m_clock.nowUtc(), request.clientId, request.method);
    event.reason = request.reason.trimmed();
    event.details = {{u"refusal"_s, refusal.field}, {u"detail"_s, refusal.detail}};
    if (request.verificationId > 0)
        event.details.insert(u"challenge_id"_s, request.verificationId);
    if (auto logged = m_audit.append(event); !logged)
        qCWarning(lcClients) << "refused disable for client" << request.clientId
                             << "not recorded:" << logged.error().toString();
}

} // namespace backoffice
