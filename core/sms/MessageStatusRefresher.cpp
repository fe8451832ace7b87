// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/MessageStatusRefresher.h"

#include "core/common/Logging.h"
#include "core/sms/ProviderCheckJob.h"
#include "core/sms/ProviderService.h"

namespace backoffice {

MessageStatusRefresher::MessageStatusRefresher(const ProviderService& service, Actor actor,
                                               QList<SmsMessageRecord> messages, QObject* parent)
    : QObject(parent), m_service(service), m_actor(std::move(actor))
{
    for (SmsMessageRecord& message : messages) {
        if (canRefresh(message))
            m_queue.append(std::move(message));
        else
            ++m_summary.skipped;
    }
}

MessageStatusRefresher::~MessageStatusRefresher()
{
    if (m_job)
        m_job->cancel();
}

bool MessageStatusRefresher::canRefresh(const SmsMessageRecord& message)
{
    return !smsStatusIsFinal(message.status) && message.providerId && !message.providerMessageId.isEmpty();
}

void MessageStatusRefresher::start()
{
    if (m_started)
        return;
    m_started = true;
    // From the event loop, so a caller connects before anything is reported.
    QMetaObject::invokeMethod(this, &MessageStatusRefresher::next, Qt::QueuedConnection);
}

void MessageStatusRefresher::cancel()
{
    if (m_finished)
        return;
    m_summary.cancelled = true;
    if (m_job)
        m_job->cancel(); // its `finished` comes back and ends the run
    else if (m_started)
        QMetaObject::invokeMethod(this, &MessageStatusRefresher::finish, Qt::QueuedConnection);
}

void MessageStatusRefresher::next()
{
    if (m_finished)
        return;
    emit progress(m_index, total());
    if (m_summary.cancelled || m_index >= total())
        return finish();
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
        return finish();
    }
    m_job = job.value();
    connect(m_job, &ProviderCheckJob::finished, this, [this](const CheckResult& result) {
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

void MessageStatusRefresher::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(m_summary);
    deleteLater();
}

} // namespace backoffice
