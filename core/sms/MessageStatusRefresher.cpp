// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/MessageStatusRefresher.h"

#include "core/common/Logging.h"
#include "core/sms/ProviderCheckJob.h"
#include "core/sms/ProviderService.h"

namespace backoffice {

MessageStatusRefresher::MessageStatusRefresher(const ProviderService& service, Actor actor,
                                               QList<SmsMessageRecord> messages, QObject* parent)
    : Task(parent), m_service(service), m_actor(std::move(actor))
{
    for (SmsMessageRecord& message : messages) {
        if (canRefresh(message))
            m_queue.append(std::move(message));
        else
            ++m_summary.skipped;
    }
    // From the event loop, so a caller connects before anything is reported.
    QMetaObject::invokeMethod(this, &MessageStatusRefresher::next, Qt::QueuedConnection);
}

MessageStatusRefresher::~MessageStatusRefresher()
{
    if (m_job)
        m_job->abandon(); // recorded as cancelled, not reported to this half-destroyed job
}

bool MessageStatusRefresher::canRefresh(const SmsMessageRecord& message)
{
    return !smsStatusIsFinal(message.status) && message.providerId && !message.providerMessageId.isEmpty();
}

void MessageStatusRefresher::onStop()
{
    if (m_job)
        m_job->cancel(); // its answer comes back and ends the run
    else
        complete(stoppedResult(stopReason()), true);
}

MessageRefreshSummary MessageStatusRefresher::stoppedResult(Stop) const
{
    MessageRefreshSummary summary = m_summary;
    summary.cancelled = true;
    return summary;
}

void MessageStatusRefresher::next()
{
    if (isFinished())
        return;
    emit progress(m_index, total(), {});
    if (isStopped())
        return complete(stoppedResult(stopReason()), true);
    if (m_summary.cancelled || m_index >= total())
        return complete(m_summary, true);
    const SmsMessageRecord& message = m_queue.at(m_index);
    CheckRequest request;
    request.kind = CheckKind::MessageStatus;
    request.providerId = *message.providerId;
    request.messageId = message.providerMessageId;
    auto job = m_service.startCheck(m_actor, request);
    ++m_summary.asked;
    if (!job) {
        // A refusal (permission, the provider removed) would repeat for every message.
        m_summary.firstError = job.error();
        ++m_summary.failed;
        return complete(m_summary, true);
    }
    m_job = job.value();
    m_job->then(this, [this](const CheckResult& result) {
        m_job = nullptr;
        if (result.outcome == CheckOutcome::Cancelled) {
            m_summary.cancelled = true;
        } else if (result.message) {
            ++m_summary.refreshed;
        } else {
            ++m_summary.failed;
            qCInfo(lcSms) << "message status refresh failed:"
                          << (result.error ? providerFailureToString(result.error->failure) : QString());
        }
        ++m_index;
        next();
    });
}

} // namespace backoffice
