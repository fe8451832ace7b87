// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/DisableRequestService.h"

#include "core/clients/ClientRepository.h"
#include "core/common/Logging.h"
#include "core/common/TextSafety.h"
#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"
#include "core/verification/DisableRequestRepository.h"
#include "core/verification/VerificationAudit.h"
#include "core/verification/VerificationRefusal.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
using State = DisableRequest::State;

QString target(qint64 requestId)
{
    return u"disable-request:%1"_s.arg(requestId);
}

/// The problem with a free text the operator typed, if any: required, at least `minimum` and at
/// most `maximum` characters, no control characters.
std::optional<Error> textProblem(const QString& field, const QString& text, int minimum, int maximum)
{
    const qsizetype length = TextSafety::characterCount(text);
    if (text.isEmpty())
        return Error::invalid(field, u"required"_s);
    if (length < minimum)
        return Error::invalid(field, u"at least %1 characters"_s.arg(minimum));
    if (length > maximum)
        return Error::invalid(field, u"at most %1 characters"_s.arg(maximum));
    if (TextSafety::firstUnsafe(text))
        return Error::invalid(field, u"control characters"_s);
    return std::nullopt;
}

bool sameOperator(const QString& a, const QString& b)
{
    // User names are unique without regard to case: "Sam" is the same operator as "sam".
    return QString::compare(a.trimmed(), b.trimmed(), Qt::CaseInsensitive) == 0;
}

AuditEvent requestEvent(const char* action, const Actor& actor, const DisableRequest& request, const QString& outcome)
{
    AuditEvent event;
    event.operatorName = actor.userName;
    event.action = QString::fromLatin1(action);
    event.clientId = request.clientId;
    event.target = target(request.id);
    event.after = outcome;
    event.reason = request.reason;
    event.details = {{u"request_id"_s, request.id},
                     {u"method"_s, twoFactorMethodToString(request.method)},
                     {u"requested_by"_s, request.requestedBy},
                     {u"outcome"_s, outcome}};
    return event;
}
} // namespace

DisableRequestService::DisableRequestService(const Database& database, const AuditLog& audit,
                                             TurnFactorOffInTransaction turnOff, const Clock& clock)
    : m_database(database), m_audit(audit), m_turnOff(std::move(turnOff)), m_clock(clock)
{
}

Result<DisableRequest> DisableRequestService::request(const Actor& actor, const DisableRequestInput& input) const
{
    using namespace VerificationRefusals;
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::DisableTwoFactor, input.clientId);
        !allowed)
        return allowed.error();
    if (!input.clientRequested)
        return Error::invalid(u"client-requested"_s, u"only at the client's explicit request"_s);
    DisableRequest request;
    request.reason = input.reason.trimmed();
    request.identityCheck = input.identityChecked.trimmed();
    if (auto problem = textProblem(u"reason"_s, request.reason, 1, maximumTextLength))
        return *problem;
    if (auto problem
        = textProblem(u"identity-checked"_s, request.identityCheck, minimumIdentityCheckLength, maximumTextLength))
        return *problem;

    const DisableRequestRepository requests(m_database);
    const QDateTime now = m_clock.nowUtc();
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto client = ClientRepository(m_database).find(input.clientId);
        if (!client)
            return client.error();
        if (input.method == TwoFactorMethod::None || client->method != input.method)
            return make(VerificationRefusal::MethodNotOn, twoFactorMethodToString(client->method));
        if (client->rowVersion != input.expectedRowVersion)
            return make(VerificationRefusal::ClientChanged, QString::number(client->rowVersion));
        if (const Status expired = requests.expirePendingInTransaction(input.clientId, now, actor.userName); !expired)
            return expired;
        request.clientId = input.clientId;
        request.method = input.method;
        request.clientRowVersion = client->rowVersion;
        request.requestedBy = actor.userName;
        request.requestedAt = now;
        request.expiresAt = now.addSecs(qint64(expiryHours) * 3600);
        auto id = requests.insertInTransaction(request);
        if (!id) {
            if (id.error().code == Error::Code::Conflict)
                return make(VerificationRefusal::RequestPending, id.error().detail);
            return id.error();
        }
        request.id = id.value();
        AuditEvent event = requestEvent(AuditAction::DisableRequested, actor, request, u"pending"_s);
        event.details.insert(u"identity_checked"_s, request.identityCheck);
        event.details.insert(u"client_requested"_s, true);
        event.details.insert(u"expires_at"_s, request.expiresAt.toUTC().toString(Qt::ISODate));
        auto logged = m_audit.appendInTransaction(event);
        return logged ? Status(Ok {}) : Status(logged.error());
    });
    if (!written)
        return written.error();
    qCInfo(lcTwoFactor) << "disable request" << request.id << "for client" << request.clientId << "filed by"
                        << actor.userName;
    return requests.find(request.id);
}

Result<QList<DisableRequest>> DisableRequestService::pending(const Actor& actor) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ReadClients); !allowed)
        return allowed.error();
    return DisableRequestRepository(m_database).pending(m_clock.nowUtc());
}

Result<DisableRequest> DisableRequestService::find(const Actor& actor, qint64 requestId) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ReadClients); !allowed)
        return allowed.error();
    return DisableRequestRepository(m_database).find(requestId);
}

Result<DisableRequest> DisableRequestService::decide(
    const Actor& actor, qint64 requestId, const char* action,
    const std::function<Status(const DisableRequest& request, std::optional<Error>& refusal)>& body) const
{
    using namespace VerificationRefusals;
    if (const Status allowed
        = Authorizer(m_audit).require(actor, Permission::DisableTwoFactor, std::nullopt, target(requestId));
        !allowed)
        return allowed.error();
    const DisableRequestRepository requests(m_database);
    const QDateTime now = m_clock.nowUtc();
    std::optional<Error> refusal;
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto found = requests.find(requestId);
        if (!found)
            return found.error();
        const DisableRequest& request = found.value();
        if (request.state != State::Pending)
            refusal = make(VerificationRefusal::RequestDecided, disableRequestStateToString(request.state));
        else if (now >= request.expiresAt)
            refusal = make(VerificationRefusal::RequestExpired, request.expiresAt.toUTC().toString(Qt::ISODate));
        if (refusal && request.state == State::Pending) {
            if (const Status closed = requests.decideInTransaction(request.id, State::Expired, actor.userName, now);
                !closed)
                return closed;
        }
        if (!refusal) {
            if (const Status done = body(request, refusal); !done)
                return done;
        }
        if (refusal) {
            // A refused decision is committed with its audit event: a requester approving their own
            // request, or an approval of a stale one, is on the record.
            AuditEvent event = requestEvent(action, actor, request, u"refused"_s);
            event.details.insert(u"refusal"_s, refusal->field);
            auto logged = m_audit.appendInTransaction(event);
            return logged ? Status(Ok {}) : Status(logged.error());
        }
        return Ok {};
    });
    if (!written)
        return written.error();
    if (refusal)
        return *refusal;
    return requests.find(requestId);
}

Result<ApprovedDisable> DisableRequestService::approve(const Actor& actor, qint64 requestId) const
{
    using namespace VerificationRefusals;
    const DisableRequestRepository requests(m_database);
    ApprovedDisable approved;
    auto decided = decide(
        actor, requestId, AuditAction::DisableApproved,
        [&](const DisableRequest& request, std::optional<Error>& refusal) -> Status {
            if (sameOperator(actor.userName, request.requestedBy)) {
                refusal = make(VerificationRefusal::OwnRequest, request.requestedBy);
                return Ok {};
            }
            auto client = ClientRepository(m_database).find(request.clientId);
            if (!client)
                return client.error();
            if (client->rowVersion != request.clientRowVersion || client->method != request.method) {
                refusal = make(VerificationRefusal::ClientChanged, QString::number(client->rowVersion));
                return requests.decideInTransaction(request.id, State::Stale, actor.userName, m_clock.nowUtc());
            }
            if (const Status done
                = requests.decideInTransaction(request.id, State::Approved, actor.userName, m_clock.nowUtc());
                !done)
                return done;
            if (auto logged = m_audit.appendInTransaction(
                    requestEvent(AuditAction::DisableApproved, actor, request, u"approved"_s));
                !logged)
                return logged.error();
            FactorRemoval removal;
            removal.clientId = request.clientId;
            removal.method = request.method;
            removal.expectedRowVersion = request.clientRowVersion;
            removal.reason = request.reason;
            removal.auditDetails = {{u"four_eyes_request"_s, request.id},
                                    {u"requested_by"_s, request.requestedBy},
                                    {u"approved_by"_s, actor.userName},
                                    {u"identity_checked"_s, request.identityCheck}};
            if (!m_turnOff)
                return Error {Error::Code::Internal, {}, u"no way to turn the factor off was given"_s};
            // Whatever turning it off refuses rolls the approval back with it.
            auto after = m_turnOff(actor, removal);
            if (!after)
                return after.error();
            approved.before = client.value();
            approved.after = after.value();
            return Ok {};
        });
    if (!decided)
        return decided.error();
    approved.request = decided.value();
    qCInfo(lcTwoFactor) << "disable request" << requestId << "approved by" << actor.userName;
    return approved;
}

Result<DisableRequest> DisableRequestService::reject(const Actor& actor, qint64 requestId, const QString& reason) const
{
    const QString why = reason.trimmed();
    const DisableRequestRepository requests(m_database);
    return decide(actor, requestId, AuditAction::DisableRejected,
                  [&](const DisableRequest& request, std::optional<Error>&) -> Status {
                      if (auto problem = textProblem(u"reason"_s, why, 1, maximumTextLength))
                          return *problem;
                      if (const Status done = requests.decideInTransaction(request.id, State::Rejected, actor.userName,
                                                                           m_clock.nowUtc(), why);
                          !done)
                          return done;
                      AuditEvent event = requestEvent(AuditAction::DisableRejected, actor, request, u"rejected"_s);
                      event.details.insert(u"rejection_reason"_s, why);
                      auto logged = m_audit.appendInTransaction(event);
                      return logged ? Status(Ok {}) : Status(logged.error());
                  });
}

} // namespace backoffice
