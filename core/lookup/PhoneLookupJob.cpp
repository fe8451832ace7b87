// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lookup/PhoneLookupJob.h"

#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"
#include "core/lookup/PhoneLookupClient.h"
#include "core/lookup/PhoneLookupRepository.h"
#include "core/sms/ProviderFactory.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
QJsonValue fieldFacts(const LookupField& field, const QString& value)
{
    if (field.available)
        return value;
    return field.errorCode.isEmpty() ? QJsonValue(u"not_available"_s) : QJsonValue(u"error "_s + field.errorCode);
}
} // namespace

PhoneLookupJob::~PhoneLookupJob()
{
    delete m_call; // cancels the call without reporting to this half-destroyed job
}

void PhoneLookupJob::start()
{
    const QDateTime now = m_clock.nowUtc();
    if (m_request.maxAge.count() > 0) {
        auto cached = PhoneLookupRepository(m_database).find(m_request.e164, now.addSecs(-m_request.maxAge.count()));
        if (!cached)
            qCWarning(lcSms) << "could not read the lookup cache:" << cached.error().toString();
        else if (cached.value())
            return finishWith({cached.value(), true, std::nullopt}, false);
    }
    withSavedSecret([this](const QByteArray& secret) { run(secret); });
}

void PhoneLookupJob::run(const QByteArray& secret)
{
    m_client
        = PhoneLookupClient::create(m_config, secret, HttpClient(m_network, ProviderFactory::httpOptionsFor(m_config)));
    if (!m_client)
        return finishUnanswered(
            failedWith(ProviderError::of(ProviderFailure::Rejected, u"the provider offers no lookup"_s)));
    m_call = m_client->lookUp(m_request.e164, this, [this](ProviderResult<PhoneLookupResult> answer) {
        if (!answer)
            return finishWith(failedWith(answer.error()), true);
        PhoneLookupResult result = answer.value();
        // The cache is keyed by the number asked about, whatever format the provider echoes.
        result.phoneNumber = m_request.e164;
        result.lookedUpAt = m_clock.nowUtc();
        result.providerId = m_config.id;
        result.providerName = m_config.name;
        finishWith({result, false, std::nullopt}, true);
    });
}

void PhoneLookupJob::finishWith(PhoneLookupOutcome outcome, bool billed)
{
    if (isFinished())
        return;
    const bool cancelled = outcome.error && outcome.error->failure == ProviderFailure::Cancelled;
    if (isStopped() && (outcome.ok() || cancelled))
        outcome = stoppedResult(stopReason());
    if (!(outcome.error && outcome.error->failure == ProviderFailure::Cancelled))
        audit(outcome, billed);
    complete(std::move(outcome), true);
}

void PhoneLookupJob::audit(const PhoneLookupOutcome& outcome, bool billed) const
{
    AuditEvent event;
    event.at = m_clock.nowUtc();
    event.operatorName = m_actor.userName;
    event.action = QString::fromLatin1(AuditAction::PhoneLookedUp);
    event.clientId = m_request.clientId;
    event.target = u"sms-provider:%1"_s.arg(m_config.id);
    event.details = {{u"provider"_s, m_config.name},
                     {u"number"_s, m_request.e164},
                     {u"cached"_s, outcome.fromCache},
                     {u"billed_request"_s, billed}};
    if (outcome.result) {
        const PhoneLookupResult& result = *outcome.result;
        event.after = u"ok"_s;
        event.details.insert(u"line_type"_s, fieldFacts(result.lineType.field, lineTypeToString(result.lineType.type)));
        event.details.insert(u"carrier"_s, fieldFacts(result.lineType.field, result.lineType.carrierName));
        const auto swapped = result.simSwappedWithin(event.at);
        event.details.insert(
            u"sim_swap_recent"_s,
            fieldFacts(result.simSwap.field, swapped ? (*swapped ? u"yes"_s : u"no"_s) : u"unknown"_s));
        event.details.insert(u"line_status"_s, fieldFacts(result.lineStatus.field, result.lineStatus.status));
    } else if (outcome.error) {
        event.after = providerFailureToString(outcome.error->failure);
        event.details.insert(u"provider_code"_s, outcome.error->providerCode);
    }
    const PhoneLookupRepository cache(m_database);
    const AuditLog log(m_database, m_clock);
    const Status written = m_database.writeTransaction([&]() -> Status {
        if (outcome.result && !outcome.fromCache) {
            if (const Status stored = cache.storeInTransaction(*outcome.result); !stored)
                return stored.error();
        }
        auto logged = log.appendInTransaction(event);
        return logged ? Status(Ok {}) : Status(logged.error());
    });
    if (!written)
        qCWarning(lcSms) << "could not record the lookup:" << written.error().toString();
}

} // namespace backoffice
