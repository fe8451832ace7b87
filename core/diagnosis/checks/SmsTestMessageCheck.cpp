// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/checks/SmsTestMessageCheck.h"

#include "core/diagnosis/DiagnosisContext.h"
#include "core/diagnosis/checks/SmsFailureAdvice.h"
#include "core/sms/CheckResultText.h"
#include "core/sms/DeliveryErrorCodes.h"
#include "core/sms/ProviderCheckJob.h"
#include "core/sms/ProviderService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

namespace backoffice {

SmsTestMessageCheck::SmsTestMessageCheck(const DiagnosisContext& context, ProviderConfig provider)
    : DiagnosisCheck(context), m_provider(std::move(provider))
{
}

SmsTestMessageCheck::~SmsTestMessageCheck()
{
    delete m_job;
}

QString SmsTestMessageCheck::title() const
{
    return tr("Test SMS to %1 via %2").arg(context().options.testSmsTo, m_provider.name);
}

int SmsTestMessageCheck::timeoutMs(int) const
{
    // Sending, following for the allowed time, and the last status request.
    return context().options.testSmsFollowMs + 2 * m_provider.timeoutMs + 500;
}

void SmsTestMessageCheck::start()
{
    const DiagnosisContext& ctx = context();
    CheckRequest request;
    request.kind = CheckKind::TestSms;
    request.providerId = m_provider.id;
    request.to = ctx.options.testSmsTo;
    request.body = tr("Back Office test message: your phone receives SMS from us. No action is needed.");
    auto job = ProviderService(ctx.database, ctx.secrets, ctx.network, ctx.clock).startCheck(ctx.actor, request);
    if (!job) {
        finishSoon({finding(Finding::Outcome::Unknown, CheckResultText::describe(job.error()))});
        m_done = true;
        return;
    }
    m_deadlineMs = QDateTime::currentMSecsSinceEpoch() + ctx.options.testSmsFollowMs;
    m_job = job.value();
    m_job->then(this, [this](const CheckResult& result) { sent(result); });
}

void SmsTestMessageCheck::cancel()
{
    m_done = true;
    if (m_pollTimer)
        m_pollTimer->stop();
    if (m_job)
        m_job->abandon(); // stored as cancelled; its answer is not reported
}

void SmsTestMessageCheck::finishWith(const Finding& result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished({result});
}

void SmsTestMessageCheck::sent(const CheckResult& result)
{
    if (result.error && result.error->failure == ProviderFailure::OutcomeUnknown) {
        // Not a failure: the SMS may be on its way; only the provider can tell.
        Finding unknown = finding(Finding::Outcome::Unknown, CheckResultText::describe(result, m_provider.kind));
        unknown.action = SmsFailureAdvice::forFailure(*result.error, m_provider) + u' '
            + SmsFailureAdvice::howToFindOut(m_provider.name, {}, context().options.testSmsTo,
                                             result.at.isValid() ? result.at : QDateTime::currentDateTimeUtc());
        finishWith(unknown);
        return;
    }
    if (result.outcome != CheckOutcome::Ok || !result.sent) {
        // The advice goes to its own column ("What to do"), not a second time into the evidence.
        Finding problem = finding(Finding::Outcome::Problem,
                                  CheckResultText::describe(result, m_provider.kind,
                                                            result.error ? CheckResultText::Advice::Separate
                                                                         : CheckResultText::Advice::Included));
        if (result.error)
            problem.action = SmsFailureAdvice::forFailure(*result.error, m_provider);
        finishWith(problem);
        return;
    }
    m_messageId = result.sent->messageId;
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(PollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &SmsTestMessageCheck::poll);
    m_pollTimer->start();
}

void SmsTestMessageCheck::poll()
{
    if (m_done)
        return;
    const DiagnosisContext& ctx = context();
    CheckRequest request;
    request.kind = CheckKind::MessageStatus;
    request.providerId = m_provider.id;
    request.messageId = m_messageId;
    auto job = ProviderService(ctx.database, ctx.secrets, ctx.network, ctx.clock).startCheck(ctx.actor, request);
    if (!job) {
        finishWith(finding(Finding::Outcome::Unknown, CheckResultText::describe(job.error())));
        return;
    }
    m_job = job.value();
    m_job->then(this, [this](const CheckResult& result) { polled(result); });
}

void SmsTestMessageCheck::polled(const CheckResult& result)
{
    const bool timeIsUp = QDateTime::currentMSecsSinceEpoch() >= m_deadlineMs;
    if (!result.message) {
        if (timeIsUp)
            finishWith(finding(Finding::Outcome::Unknown, CheckResultText::describe(result, m_provider.kind)));
        else
            m_pollTimer->start();
        return;
    }
    const MessageStatusInfo& message = *result.message;
    const QString sentText = tr("Test SMS %1 to %2: ").arg(m_messageId, context().options.testSmsTo);
    switch (message.status) {
    case SmsStatus::Delivered:
        finishWith(finding(Finding::Outcome::Ok, sentText + tr("delivered to the phone.")));
        return;
    case SmsStatus::Failed:
    case SmsStatus::Undelivered: {
        Finding problem
            = finding(Finding::Outcome::Problem,
                      sentText + CheckResultText::describe(result, m_provider.kind, CheckResultText::Advice::Separate));
        problem.action = message.errorCode.isEmpty()
            ? tr("Contact the provider with the message ID %1 to learn why.").arg(m_messageId)
            : DeliveryErrorCodes::explain(m_provider.kind, message.errorCode).action;
        finishWith(problem);
        return;
    }
    case SmsStatus::Queued:
    case SmsStatus::Sending:
    case SmsStatus::Sent:
    case SmsStatus::Unknown: // a status answer never says unknown; treated as not final
        if (!timeIsUp) {
            m_pollTimer->start();
            return;
        }
        finishWith(finding(Finding::Outcome::Warning,
                           sentText
                               + tr("still \"%1\" after %2 s: the carrier has not confirmed delivery.")
                                     .arg(smsStatusToString(message.status))
                                     .arg(context().options.testSmsFollowMs / 1000),
                           tr("Ask the client whether the test SMS arrived. If not, the client's carrier is delaying "
                              "or blocking it: contact the provider with the message ID %1.")
                               .arg(m_messageId)));
        return;
    }
}

} // namespace backoffice
