// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/ProviderSmsChannel.h"

#include "core/common/Logging.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/MessageLog.h"
#include "core/sms/ProviderFactory.h"
#include "core/sms/ProviderRepository.h"
#include "core/storage/Database.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// Reports from `context`'s event loop, never inside the caller's call.
void reportLater(QObject* context, const SmsChannel::Done& done, const ChannelOutcome& outcome)
{
    QMetaObject::invokeMethod(
        context, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
}

ChannelOutcome outcomeOf(const ProviderResult<SentMessage>& sent)
{
    if (sent)
        return ChannelOutcome::sent(sent->messageId);
    const ProviderError& error = sent.error();
    ChannelOutcome outcome = ChannelOutcome::failed(
        providerFailureToString(error.failure),
        (error.providerCode.isEmpty() ? error.detail : u"code %1"_s.arg(error.providerCode)).left(300));
    if (error.failure == ProviderFailure::OutcomeUnknown)
        outcome.delivery = ChannelOutcome::Delivery::Unknown;
    return outcome;
}

/// The message in the SMS log, so the client's delivery history shows it; never its text.
void logMessage(const Database& database, const ProviderConfig& provider, const QString& to, const MessageTag& tag,
                const ProviderResult<SentMessage>& sent, const QDateTime& at)
{
    SmsMessageRecord message;
    message.providerId = provider.id;
    message.providerKind = provider.kind;
    message.providerName = provider.name;
    message.to = to;
    message.purpose = tag.purpose;
    message.operatorName = tag.operatorName;
    if (tag.clientId > 0)
        message.clientId = tag.clientId;
    message.createdAt = at;
    message.updatedAt = at;
    if (sent) {
        message.providerMessageId = sent->messageId;
        message.status = sent->status;
    } else {
        message.status
            = sent.error().failure == ProviderFailure::OutcomeUnknown ? SmsStatus::Unknown : SmsStatus::Failed;
        message.errorCode = sent.error().providerCode;
        message.errorMessage = (sent.error().providerMessage.isEmpty() ? providerFailureToString(sent.error().failure)
                                                                       : sent.error().providerMessage)
                                   .left(300);
    }
    const Status logged = database.writeTransaction([&]() -> Status {
        auto id = MessageLog(database).insertInTransaction(message);
        return id ? Status(Ok {}) : Status(id.error());
    });
    if (!logged)
        qCWarning(lcSms) << "could not log an SMS to a client:" << logged.error().toString();
}
} // namespace

ProviderSmsChannel::ProviderSmsChannel(const Database& database, SecretStore& secrets, QNetworkAccessManager* network,
                                       const Clock& clock)
    : m_database(database), m_secrets(secrets), m_network(network), m_clock(clock)
{
}

void ProviderSmsChannel::send(const QString& toE164, const QString& body, const MessageTag& tag, QObject* context,
                              Done done)
{
    auto providers = ProviderRepository(m_database).list();
    if (!providers)
        return reportLater(context, done, ChannelOutcome::failed(u"storage"_s, providers.error().detail));
    std::optional<ProviderConfig> chosen;
    for (const ProviderConfig& config : providers.value()) {
        if (config.enabled && config.hasSecret && (!chosen || config.id < chosen->id))
            chosen = config;
    }
    if (!chosen)
        return reportLater(context, done, ChannelOutcome::failed(u"no-provider"_s, u"no enabled SMS provider"_s));

    // The callbacks may run after this channel is gone: they hold only what outlives it.
    const Database& database = m_database;
    const Clock& clock = m_clock;
    const QPointer<QNetworkAccessManager> network = m_network;
    const ProviderConfig provider = *chosen;
    m_secrets.read(SecretKeys::providerSecret(m_database.databaseId(), provider.id), context,
                   [&database, &clock, network, provider, toE164, body, tag, context, done](Result<QByteArray> secret) {
                       if (!secret)
                           return done(ChannelOutcome::failed(providerFailureToString(ProviderFailure::MissingSecret),
                                                              secret.error().toString()));
                       std::shared_ptr<SmsProvider> sms
                           = ProviderFactory::instance().create(provider, secret.value(), network);
                       if (!sms)
                           return done(ChannelOutcome::failed(u"unknown-kind"_s, provider.kind));
                       // Once the SMS is on its way it is always logged, even if `context` goes meanwhile:
                       // the job reports to `holder`, which lives until then; `sms` lives as long as the
                       // job holds this callback.
                       auto* holder = new QObject;
                       const QPointer<QObject> guard(context);
                       sms->sendMessage(toE164, body, holder,
                                        [sms, holder, guard, &database, &clock, provider, toE164, tag,
                                         done](ProviderResult<SentMessage> sent) {
                                            logMessage(database, provider, toE164, tag, sent, clock.nowUtc());
                                            holder->deleteLater();
                                            if (guard)
                                                done(outcomeOf(sent));
                                        });
                   });
}

} // namespace backoffice
