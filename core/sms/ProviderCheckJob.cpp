// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderCheckJob.h"

#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/MessageLog.h"
#include "core/sms/ProviderFactory.h"
#include "core/sms/ProviderRepository.h"
#include "core/sms/StatusPageChecker.h"
#include "core/storage/Database.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

ProviderCheckJob::ProviderCheckJob(const Database& database, SecretStore& secrets, QNetworkAccessManager* network,
                                   const Clock& clock, Actor actor, ProviderConfig config, CheckRequest request,
                                   QObject* parent)
    : Task(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_network(network)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_config(std::move(config))
    , m_request(std::move(request))
{
    QTimer::singleShot(0, this, &ProviderCheckJob::start);
}

ProviderCheckJob::~ProviderCheckJob()
{
    delete m_job; // cancels the call without reporting to this half-destroyed job
}

void ProviderCheckJob::onStop()
{
    if (m_job)
        m_job->cancel(); // its callback finishes this job
    else
        finishWith(stoppedResult(stopReason()));
}

CheckResult ProviderCheckJob::stoppedResult(Stop reason) const
{
    CheckResult result;
    result.kind = m_request.kind;
    if (reason == Stop::TimedOut) {
        result.outcome = CheckOutcome::Problem;
        result.error = ProviderError::of(ProviderFailure::ProviderUnavailable, u"no answer within the time limit"_s);
    } else {
        result.outcome = CheckOutcome::Cancelled;
        result.error = ProviderError::of(ProviderFailure::Cancelled);
    }
    return result;
}

void ProviderCheckJob::start()
{
    if (isFinished() || isStopped())
        return;
    // The status page is public: no secret needed.
    if (m_request.kind == CheckKind::ServiceStatus || m_request.secret) {
        run(m_request.secret.value_or(QByteArray()));
        return;
    }
    if (m_config.id == 0 || !m_config.hasSecret) {
        CheckResult result;
        result.kind = m_request.kind;
        result.error
            = ProviderError::of(ProviderFailure::MissingSecret, u"no secret has been saved for this provider"_s);
        finishWith(result);
        return;
    }
    m_secrets.read(SecretKeys::providerSecret(m_database.databaseId(), m_config.id), this,
                   [this](Result<QByteArray> secret) {
                       if (isFinished() || isStopped())
                           return;
                       if (!secret) {
                           CheckResult result;
                           result.kind = m_request.kind;
                           result.error = ProviderError::of(ProviderFailure::MissingSecret, secret.error().toString());
                           finishWith(result);
                           return;
                       }
                       run(secret.value());
                   });
}

void ProviderCheckJob::run(const QByteArray& secret)
{
    if (isFinished() || isStopped())
        return;
    CheckResult base;
    base.kind = m_request.kind;
    auto fail = [this](CheckResult result, const ProviderError& error) {
        result.error = error;
        result.outcome = error.failure == ProviderFailure::Cancelled ? CheckOutcome::Cancelled : CheckOutcome::Problem;
        finishWith(result);
    };

    if (m_request.kind == CheckKind::ServiceStatus) {
        StatusPageChecker checker(HttpClient(m_network, ProviderFactory::httpOptionsFor(m_config)));
        m_job = checker.fetch(m_config.effectiveStatusPageUrl(), this,
                              [this, base, fail](ProviderResult<ServiceStatus> status) {
                                  if (!status)
                                      return fail(base, status.error());
                                  CheckResult result = base;
                                  result.service = status.value();
                                  switch (status->indicator) {
                                  case ServiceStatus::Indicator::None:
                                      result.outcome = CheckOutcome::Ok;
                                      break;
                                  case ServiceStatus::Indicator::Minor:
                                  case ServiceStatus::Indicator::Maintenance:
                                      result.outcome = CheckOutcome::Warning;
                                      result.warning = u"incident"_s;
                                      break;
                                  default:
                                      result.outcome = CheckOutcome::Problem;
                                      result.warning = u"incident"_s;
                                      break;
                                  }
                                  finishWith(result);
                              });
        return;
    }

    m_provider = ProviderFactory::instance().create(m_config, secret, m_network);
    if (!m_provider) {
        fail(base, ProviderError::of(ProviderFailure::Rejected, u"unknown provider kind"_s));
        return;
    }
    switch (m_request.kind) {
    case CheckKind::Credentials:
        m_job = m_provider->checkCredentials(this, [this, base, fail](ProviderResult<AccountInfo> account) {
            if (!account)
                return fail(base, account.error());
            CheckResult result = base;
            result.account = account.value();
            result.outcome = account->active() ? CheckOutcome::Ok : CheckOutcome::Problem;
            if (!account->active())
                result.warning = u"account_not_active"_s;
            finishWith(result);
        });
        break;
    case CheckKind::Balance:
        m_job = m_provider->fetchBalance(this, [this, base, fail](ProviderResult<Balance> balance) {
            if (!balance)
                return fail(base, balance.error());
            CheckResult result = base;
            result.balance = balance.value();
            result.threshold = m_config.lowBalanceThreshold;
            if (balance->value() <= 0) {
                result.outcome = CheckOutcome::Problem;
                result.warning = u"no_balance"_s;
            } else if (m_config.lowBalanceThreshold && balance->value() < *m_config.lowBalanceThreshold) {
                result.outcome = CheckOutcome::Warning;
                result.warning = u"below_threshold"_s;
            } else {
                result.outcome = CheckOutcome::Ok;
            }
            finishWith(result);
        });
        break;
    case CheckKind::TestSms:
        m_postStarted = true;
        m_job = m_provider->sendMessage(m_request.to, m_request.body, this,
                                        [this, base, fail](ProviderResult<SentMessage> sent) {
                                            if (!sent)
                                                return fail(base, sent.error());
                                            CheckResult result = base;
                                            result.sent = sent.value();
                                            result.outcome = CheckOutcome::Ok;
                                            finishWith(result);
                                        });
        break;
    case CheckKind::MessageStatus:
        m_job = m_provider->fetchMessageStatus(
            m_request.messageId, this, [this, base, fail](ProviderResult<MessageStatusInfo> message) {
                if (!message)
                    return fail(base, message.error());
                CheckResult result = base;
                result.message = message.value();
                result.outcome = message->status == SmsStatus::Undelivered || message->status == SmsStatus::Failed
                    ? CheckOutcome::Warning
                    : CheckOutcome::Ok;
                finishWith(result);
            });
        break;
    case CheckKind::ServiceStatus:
        break;
    }
}

void ProviderCheckJob::finishWith(CheckResult result)
{
    if (isFinished())
        return;
    const bool cutShort = !result.error || result.error->failure == ProviderFailure::Cancelled;
    if (isStopped() && cutShort)
        result = stoppedResult(stopReason());
    result.at = m_clock.nowUtc();
    if (result.error && result.error->failure == ProviderFailure::Cancelled)
        result.outcome = CheckOutcome::Cancelled;
    else if (result.error)
        result.outcome = CheckOutcome::Problem;
    if (m_config.id > 0 && m_recordsResult)
        store(result);
    if (m_request.kind == CheckKind::TestSms && m_postStarted)
        logTestSms(result);
    complete(std::move(result), true);
}

void ProviderCheckJob::store(const CheckResult& result)
{
    ProviderCheckRecord record;
    record.providerId = m_config.id;
    record.at = result.at;
    record.kind = result.kind;
    record.outcome = result.outcome;
    record.operatorName = m_actor.userName;
    if (result.error) {
        record.failure = providerFailureToString(result.error->failure);
        record.providerCode = result.error->providerCode;
        record.detail = result.error->detail.left(300);
    } else {
        record.failure = result.warning;
    }
    if (result.balance) {
        record.balance = result.balance->amount;
        record.currency = result.balance->currency;
    }
    if (result.service)
        record.detail = serviceIndicatorToString(result.service->indicator);
    if (result.account)
        record.detail = result.account->status;
    if (result.sent)
        record.detail = result.sent->messageId;
    if (result.message) {
        record.detail = result.message->messageId + u' ' + smsStatusToString(result.message->status);
        record.providerCode = result.message->errorCode;
        const Status updated
            = MessageLog(m_database)
                  .updateStatus(m_config.id, result.message->messageId, result.message->status,
                                result.message->errorCode, result.message->errorMessage.left(300), result.at);
        if (!updated && updated.error().code != Error::Code::NotFound)
            qCWarning(lcSms) << "could not update the message log:" << updated.error().toString();
    }
    if (auto stored = ProviderRepository(m_database).recordCheck(record); !stored)
        qCWarning(lcSms) << "could not store a check result:" << stored.error().toString();
}

void ProviderCheckJob::logTestSms(const CheckResult& result)
{
    SmsMessageRecord message;
    if (m_config.id > 0)
        message.providerId = m_config.id;
    message.providerKind = m_config.kind;
    message.providerName = m_config.name;
    message.to = m_request.to;
    message.purpose = u"test"_s;
    message.operatorName = m_actor.userName;
    message.createdAt = result.at;
    message.updatedAt = result.at;
    if (result.sent) {
        message.providerMessageId = result.sent->messageId;
        message.status = result.sent->status;
    } else {
        // No complete answer to a request that went out: the provider may have sent it.
        const bool unknown = result.error && result.error->failure == ProviderFailure::OutcomeUnknown;
        message.status = unknown ? SmsStatus::Unknown : SmsStatus::Failed;
        if (result.error) {
            message.errorCode = result.error->providerCode;
            message.errorMessage
                = (result.error->providerMessage.isEmpty() ? providerFailureToString(result.error->failure)
                                                           : result.error->providerMessage)
                      .left(300);
        }
    }
    const AuditLog audit(m_database, m_clock);
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto id = MessageLog(m_database).insertInTransaction(message);
        if (!id)
            return id.error();
        AuditEvent event;
        event.at = result.at;
        event.operatorName = m_actor.userName;
        event.action = QString::fromLatin1(AuditAction::TestSmsSent);
        event.target = u"sms-provider:%1"_s.arg(m_config.id);
        event.after = smsStatusToString(message.status);
        event.details = {{u"provider"_s, m_config.name},
                         {u"to"_s, message.to},
                         {u"message_id"_s, message.providerMessageId},
                         {u"log_id"_s, id.value()},
                         {u"outcome"_s, checkOutcomeToString(result.outcome)}};
        if (auto logged = audit.appendInTransaction(event); !logged)
            return logged.error();
        return Ok {};
    });
    if (!written)
        qCWarning(lcSms) << "could not log the test SMS:" << written.error().toString();
}

} // namespace backoffice
