// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/IdentityVerificationService.h"

#include "core/clients/ClientRepository.h"
#include "core/clients/PhoneNumber.h"
#include "core/common/Logging.h"
#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"
#include "core/verification/ChannelAuditEvent.h"
#include "core/verification/ClientChannels.h"
#include "core/verification/ClientMessageText.h"
#include "core/common/EnumNames.h"
#include "core/verification/IdentityChallengeRepository.h"
#include "core/verification/MaskedDestination.h"
#include "core/verification/VerificationAudit.h"
#include "core/verification/VerificationRefusal.h"

#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
using State = IdentityChallenge::State;
using Outcome = CodeCheck::Outcome;

constexpr EnumNames<Outcome, 5> OutcomeNames({{
    {Outcome::Verified, u"verified"},
    {Outcome::Wrong, u"wrong"},
    {Outcome::Locked, u"locked"},
    {Outcome::Expired, u"expired"},
    {Outcome::NoOpenCode, u"no-open-code"},
}});

const QString CodePurpose = u"identity-code"_s;

Error keyMissing()
{
    return Error {Error::Code::KeyMissing, u"audit-key"_s, u"no key for identity codes"_s};
}

QString destinationOf(const Client& client, VerificationChannel channel)
{
    return channel == VerificationChannel::Sms ? client.phone.trimmed() : client.email.trimmed();
}

QString maskedDestinationOf(const Client& client, VerificationChannel channel)
{
    const QString destination = destinationOf(client, channel);
    if (destination.isEmpty())
        return {};
    return channel == VerificationChannel::Sms ? MaskedDestination::phone(destination)
                                               : MaskedDestination::email(destination);
}

/// The audit event of a send or of an attempt: what, where (masked), how it went; never the code.
AuditEvent verificationEvent(const char* action, const Actor& actor, qint64 clientId, VerificationChannel channel,
                             const QString& maskedDestination, const QString& outcome, int attemptsLeft)
{
    AuditEvent event = ChannelAuditEvent::make(action, actor, clientId, channel, maskedDestination, outcome);
    event.details.insert(u"attempts_left"_s, attemptsLeft);
    return event;
}

void reportLater(QObject* context, const IdentityVerificationService::SendDone& done, const Result<CodeSent>& result)
{
    QMetaObject::invokeMethod(
        context, [done, result] { done(result); }, Qt::QueuedConnection);
}
} // namespace

QString codeCheckOutcomeToString(CodeCheck::Outcome outcome)
{
    return OutcomeNames.name(outcome);
}

IdentityVerificationService::IdentityVerificationService(const Database& database, const AuditLog& audit,
                                                         const QByteArray& codeKey, SmsChannel* sms,
                                                         EmailChannel* email, const Clock& clock)
    : m_database(database), m_audit(audit), m_sms(sms), m_email(email), m_clock(clock)
{
    if (auto hasher = IdentityCodeHasher::fromKey(codeKey))
        m_hasher = hasher.value();
}

std::optional<Error> IdentityVerificationService::refusalBeforeSending(const CodeRequest& request,
                                                                       const Client& client) const
{
    using namespace VerificationRefusals;
    if (request.method == TwoFactorMethod::None || client.method != request.method)
        return make(VerificationRefusal::MethodNotOn, twoFactorMethodToString(client.method));
    if (!channelMayVerifyRemovalOf(request.channel, request.method))
        return make(VerificationRefusal::ChannelNotAllowed, verificationChannelToString(request.channel));
    // Whoever took over the number may hold the mailbox too: with a fresh swap only a second
    // operator's approval is enough.
    if (request.carrier.swapFlagged())
        return make(VerificationRefusal::SimSwapped, request.carrier.checkedAt.toString(Qt::ISODate));
    const QString destination = destinationOf(client, request.channel);
    const bool usable = request.channel == VerificationChannel::Sms ? PhoneNumber::isValidE164(destination)
                                                                    : destination.contains(u'@');
    if (!usable)
        return make(VerificationRefusal::NoDestination, verificationChannelToString(request.channel));
    if ((request.channel == VerificationChannel::Sms && !m_sms)
        || (request.channel == VerificationChannel::Email && !m_email))
        return make(VerificationRefusal::ChannelUnavailable, verificationChannelToString(request.channel));
    return std::nullopt;
}

void IdentityVerificationService::sendCode(const Actor& actor, const CodeRequest& request, QObject* context,
                                           SendDone done) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::DisableTwoFactor, request.clientId);
        !allowed)
        return reportLater(context, done, allowed.error());
    if (!m_hasher)
        return reportLater(context, done, keyMissing());
    auto found = ClientRepository(m_database).find(request.clientId);
    if (!found)
        return reportLater(context, done, found.error());
    const Client client = found.value();
    const QString masked = maskedDestinationOf(client, request.channel);
    const auto refusedEvent = [&](const Error& refusal) {
        AuditEvent event = verificationEvent(AuditAction::IdentityCodeSent, actor, client.id, request.channel, masked,
                                             u"refused"_s, 0);
        event.details.insert(u"refusal"_s, refusal.field);
        event.details.insert(u"method"_s, twoFactorMethodToString(request.method));
        event.details.insert(u"sim_swap"_s, simSwapToString(request.carrier.simSwappedWithin7Days));
        return event;
    };
    if (const std::optional<Error> refusal = refusalBeforeSending(request, client)) {
        if (auto logged = m_audit.append(refusedEvent(*refusal)); !logged)
            return reportLater(context, done, logged.error());
        return reportLater(context, done, *refusal);
    }

    const QString code = IdentityCode::generate();
    const QDateTime now = m_clock.nowUtc();
    IdentityChallenge challenge;
    challenge.clientId = client.id;
    challenge.method = request.method;
    challenge.channel = request.channel;
    challenge.maskedDestination = masked;
    challenge.codeNonce = IdentityCodeHasher::newNonce();
    challenge.codeMac = m_hasher->mac(client.id, challenge.codeNonce, code);
    challenge.state = State::Sending;
    challenge.attemptsLeft = maximumAttempts;
    challenge.createdAt = now;
    challenge.expiresAt = now.addSecs(codeValidityMinutes * 60);
    challenge.sentBy = actor.userName;

    const IdentityChallengeRepository challenges(m_database);
    std::optional<Error> limited;
    int sendsLeft = 0;
    const Status stored = m_database.writeTransaction([&]() -> Status {
        // Counted in the write transaction, so parallel sends from many desks cannot pass the limit.
        auto sends = challenges.sendsSince(client.id, now.addSecs(-sendWindowMinutes * 60));
        if (!sends)
            return sends.error();
        if (sends.value().size() >= maximumSends) {
            const QDateTime next = sends.value().first().addSecs(sendWindowMinutes * 60);
            limited = VerificationRefusals::make(VerificationRefusal::TooManySends, next.toUTC().toString(Qt::ISODate));
            AuditEvent event = refusedEvent(*limited);
            event.details.insert(u"next_send_at"_s, next.toUTC().toString(Qt::ISODate));
            auto logged = m_audit.appendInTransaction(event);
            return logged ? Status(Ok {}) : Status(logged.error());
        }
        sendsLeft = maximumSends - int(sends.value().size()) - 1;
        if (auto superseded = challenges.supersedeLiveInTransaction(client.id); !superseded)
            return superseded.error();
        auto id = challenges.insertInTransaction(challenge);
        if (!id)
            return id.error();
        challenge.id = id.value();
        return Ok {};
    });
    if (!stored)
        return reportLater(context, done, stored.error());
    if (limited)
        return reportLater(context, done, *limited);

    // The outcome is recorded whatever happens to `context`: the channel reports to `holder`,
    // which lives until then. The callback holds only what outlives this service.
    auto* holder = new QObject;
    const QPointer<QObject> guard(context);
    const Database& database = m_database;
    const Clock& clock = m_clock;
    const CarrierSignal carrier = request.carrier;
    auto finish = [&database, &clock, actor, challenge, sendsLeft, carrier, holder, guard,
                   done](ChannelOutcome outcome) {
        holder->deleteLater();
        const AuditLog audit(database, clock);
        const IdentityChallengeRepository repository(database);
        bool superseded = false;
        const Status recorded = database.writeTransaction([&]() -> Status {
            const State next = outcome.mayHaveArrived() ? State::Open : State::Failed;
            if (const Status moved = repository.changeStateInTransaction(challenge.id, State::Sending, next); !moved) {
                if (moved.error().code != Error::Code::Conflict)
                    return moved;
                superseded = true; // a newer code was sent meanwhile, from another desk
            }
            AuditEvent event
                = verificationEvent(AuditAction::IdentityCodeSent, actor, challenge.clientId, challenge.channel,
                                    challenge.maskedDestination, channelDeliveryToString(outcome.delivery),
                                    outcome.mayHaveArrived() && !superseded ? maximumAttempts : 0);
            event.details.insert(u"challenge_id"_s, challenge.id);
            event.details.insert(u"method"_s, twoFactorMethodToString(challenge.method));
            event.details.insert(u"expires_at"_s, challenge.expiresAt.toUTC().toString(Qt::ISODate));
            event.details.insert(u"sends_left"_s, sendsLeft);
            event.details.insert(u"sim_swap"_s, simSwapToString(carrier.simSwappedWithin7Days));
            ChannelAuditEvent::addDelivery(event, outcome);
            if (superseded)
                event.details.insert(u"superseded"_s, true);
            auto logged = audit.appendInTransaction(event);
            return logged ? Status(Ok {}) : Status(logged.error());
        });
        if (!recorded)
            qCWarning(lcTwoFactor) << "could not record an identity code send:" << recorded.error().toString();
        if (!guard)
            return;
        if (!recorded)
            return done(recorded.error());
        if (superseded)
            return done(Error::conflict(u"a newer code was sent to client %1 meanwhile"_s.arg(challenge.clientId)));
        if (!outcome.mayHaveArrived())
            return done(VerificationRefusals::make(VerificationRefusal::DeliveryFailed, outcome.failure));
        CodeSent sent;
        sent.challengeId = challenge.id;
        sent.channel = challenge.channel;
        sent.maskedDestination = challenge.maskedDestination;
        sent.expiresAt = challenge.expiresAt;
        sent.attemptsLeft = maximumAttempts;
        sent.sendsLeft = sendsLeft;
        sent.deliveryUncertain = outcome.delivery == ChannelOutcome::Delivery::Unknown;
        done(sent);
    };
    const MessageTag tag {client.id, CodePurpose, actor.userName};
    if (request.channel == VerificationChannel::Sms) {
        m_sms->send(destinationOf(client, request.channel), ClientMessageText::codeSms(code, codeValidityMinutes), tag,
                    holder, finish);
    } else {
        m_email->send(destinationOf(client, request.channel), ClientMessageText::codeEmailSubject(),
                      ClientMessageText::codeEmailBody(client, code, codeValidityMinutes), tag, holder, finish);
    }
    qCInfo(lcTwoFactor) << "identity code" << challenge.id << "for client" << client.id << "sent by"
                        << verificationChannelToString(request.channel) << "by" << actor.userName;
}

Result<CodeCheck> IdentityVerificationService::verifyCode(const Actor& actor, qint64 clientId, TwoFactorMethod method,
                                                          const QString& typedCode) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::DisableTwoFactor, clientId); !allowed)
        return allowed.error();
    if (!m_hasher)
        return keyMissing();
    const std::optional<QString> code = IdentityCode::normalise(typedCode);
    if (!code)
        return Error::invalid(u"code"_s, u"six digits"_s);

    const IdentityChallengeRepository challenges(m_database);
    const QDateTime now = m_clock.nowUtc();
    CodeCheck check;
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto latest = challenges.latest(clientId);
        if (!latest)
            return latest.error();
        std::optional<IdentityChallenge> challenge = latest.value();
        if (challenge && challenge->method != method)
            challenge.reset(); // a code to remove the other factor proves nothing for this one
        if (challenge) {
            check.challengeId = challenge->id;
            check.channel = challenge->channel;
            check.maskedDestination = challenge->maskedDestination;
            check.validUntil = challenge->expiresAt;
            check.attemptsLeft = challenge->attemptsLeft;
        }
        if (!challenge
            || (challenge->state != State::Open && challenge->state != State::Locked
                && challenge->state != State::Expired)) {
            check.outcome = Outcome::NoOpenCode;
        } else if (challenge->state == State::Locked) {
            check.outcome = Outcome::Locked;
        } else if (challenge->state == State::Expired || now >= challenge->expiresAt) {
            check.outcome = Outcome::Expired;
            if (challenge->state == State::Open) {
                if (const Status moved
                    = challenges.changeStateInTransaction(challenge->id, State::Open, State::Expired);
                    !moved)
                    return moved;
            }
        } else {
            // The attempt is taken before the code is compared: it counts whatever the answer.
            auto left = challenges.takeAttemptInTransaction(challenge->id);
            if (!left)
                return left.error();
            check.attemptsLeft = left.value();
            if (m_hasher->matches(clientId, challenge->codeNonce, *code, challenge->codeMac)) {
                check.outcome = Outcome::Verified;
                if (const Status verified = challenges.markVerifiedInTransaction(challenge->id, now, actor.userName);
                    !verified)
                    return verified;
            } else if (check.attemptsLeft == 0) {
                check.outcome = Outcome::Locked;
                if (const Status locked
                    = challenges.changeStateInTransaction(challenge->id, State::Open, State::Locked);
                    !locked)
                    return locked;
            } else {
                check.outcome = Outcome::Wrong;
            }
        }
        if (check.outcome != Outcome::Wrong && check.outcome != Outcome::Verified)
            check.attemptsLeft = 0;
        AuditEvent event
            = verificationEvent(AuditAction::IdentityCodeChecked, actor, clientId, check.channel,
                                check.maskedDestination, codeCheckOutcomeToString(check.outcome), check.attemptsLeft);
        event.details.insert(u"method"_s, twoFactorMethodToString(method));
        if (check.challengeId)
            event.details.insert(u"challenge_id"_s, check.challengeId);
        auto logged = m_audit.appendInTransaction(event);
        return logged ? Status(Ok {}) : Status(logged.error());
    });
    if (!written)
        return written.error();
    return check;
}

Result<std::optional<IdentityChallenge>> IdentityVerificationService::liveChallenge(const Actor& actor,
                                                                                    qint64 clientId) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ReadClients, clientId); !allowed)
        return allowed.error();
    auto latest = IdentityChallengeRepository(m_database).latest(clientId);
    if (!latest)
        return latest.error();
    if (latest.value() && !latest.value()->isLive())
        return std::optional<IdentityChallenge>();
    return latest.value();
}

Result<IdentityChallenge> IdentityVerificationService::consumeVerificationInTransaction(
    const Database& database, qint64 clientId, TwoFactorMethod method, qint64 challengeId, const QDateTime& now)
{
    using namespace VerificationRefusals;
    const IdentityChallengeRepository challenges(database);
    auto found = challenges.find(challengeId);
    if (!found) {
        if (found.error().code == Error::Code::NotFound)
            return make(VerificationRefusal::NotVerified, QString::number(challengeId));
        return found.error();
    }
    IdentityChallenge challenge = found.value();
    if (challenge.clientId != clientId || challenge.method != method)
        return make(VerificationRefusal::CodeNotForClient, QString::number(challengeId));
    if (challenge.state == State::Consumed)
        return make(VerificationRefusal::CodeUsed, QString::number(challengeId));
    if (challenge.state != State::Verified)
        return make(VerificationRefusal::NotVerified, challengeStateToString(challenge.state));
    if (now >= challenge.expiresAt)
        return make(VerificationRefusal::CodeExpired, challenge.expiresAt.toUTC().toString(Qt::ISODate));
    if (const Status consumed = challenges.consumeInTransaction(challengeId, clientId, method, now); !consumed) {
        // Another disable used it between the read and this write.
        if (consumed.error().code == Error::Code::Conflict)
            return make(VerificationRefusal::CodeUsed, QString::number(challengeId));
        return consumed.error();
    }
    challenge.state = State::Consumed;
    challenge.consumedAt = now;
    return challenge;
}

} // namespace backoffice
