// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderCheckJob.h"

#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"
#include "core/sms/MessageLog.h"
#include "core/sms/ProviderFactory.h"
#include "core/sms/ProviderRepository.h"
#include "core/sms/StatusPageChecker.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

ProviderCheckJob::~ProviderCheckJob()
{
    delete m_call; // cancels the call without reporting to this half-destroyed job
}

CheckResult ProviderCheckJob::failedWith(const ProviderError& error) const
{
    CheckResult result;
    result.kind = m_request.kind;
    result.error = error;
    result.outcome = error.failure == ProviderFailure::Cancelled ? CheckOutcome::Cancelled : CheckOutcome::Problem;
    return result;
}

void ProviderCheckJob::start()
{
    // The status page is public: no secret needed.
    if (m_request.kind == CheckKind::ServiceStatus || m_request.secret) {
        run(m_request.secret.value_or(QByteArray()));
        return;
    }
    withSavedSecret([this](const QByteArray& secret) { run(secret); });
}

void ProviderCheckJob::run(const QByteArray& secret)
{
    if (isFinished() || isStopped())
        return;
    // Whatever was asked, a failed call is its failure; an answer is judged into the result.
    const auto judged = [this](auto judge) {
        return [this, judge](auto answer) {
            if (!answer)
                return finishWith(failedWith(answer.error()));
            CheckResult result;
            result.kind = m_request.kind;
            judge(result, answer.value());
            finishWith(result);
        };
    };

    if (m_request.kind == CheckKind::ServiceStatus) {
        StatusPageChecker checker(HttpClient(m_network, ProviderFactory::httpOptionsFor(m_config)));
        m_call = checker.fetch(m_config.effectiveStatusPageUrl(), this,
                               judged([](CheckResult& result, const ServiceStatus& status) {
                                   result.service = status;
                                   switch (status.indicator) {
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
                               }));
        return;
    }

    m_provider = ProviderFactory::instance().create(m_config, secret, m_network);
    if (!m_provider) {
        finishWith(failedWith(ProviderError::of(ProviderFailure::Rejected, u"unknown provider kind"_s)));
        return;
    }
    switch (m_request.kind) {
    case CheckKind::Credentials:
        m_call = m_provider->checkCredentials(this, judged([](CheckResult& result, const AccountInfo& account) {
                                                  result.account = account;
                                                  result.outcome
                                                      = account.active() ? CheckOutcome::Ok : CheckOutcome::Problem;
                                                  if (!account.active())
                                                      result.warning = u"account_not_active"_s;
                                              }));
        break;
    case CheckKind::Balance:
        m_call = m_provider->fetchBalance(this, judged([this](CheckResult& result, const Balance& balance) {
                                              result.balance = balance;
                                              result.threshold = m_config.lowBalanceThreshold;
                                              if (balance.value() <= 0) {
                                                  result.outcome = CheckOutcome::Problem;
                                                  result.warning = u"no_balance"_s;
                                              } else if (m_config.lowBalanceThreshold
                                                         && balance.value() < *m_config.lowBalanceThreshold) {
                                                  result.outcome = CheckOutcome::Warning;
                                                  result.warning = u"below_threshold"_s;
                                              } else {
                                                  result.outcome = CheckOutcome::Ok;
                                              }
                                          }));
        break;
    case CheckKind::TestSms:
        m_postStarted = true;
        m_call = m_provider->sendMessage(m_request.to, m_request.body, this,
                                         judged([](CheckResult& result, const SentMessage& sent) {
                                             result.sent = sent;
                                             result.outcome = CheckOutcome::Ok;
                                         }));
        break;
    case CheckKind::MessageStatus:
        m_call = m_provider->fetchMessageStatus(
            m_request.messageId, this, judged([](CheckResult& result, const MessageStatusInfo& message) {
                result.message = message;
                result.outcome = message.status == SmsStatus::Undelivered || message.status == SmsStatus::Failed
                    ? CheckOutcome::Warning
                    : CheckOutcome::Ok;
            }));
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
