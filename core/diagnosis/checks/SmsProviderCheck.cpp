// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/checks/SmsProviderCheck.h"

#include "core/diagnosis/DiagnosisContext.h"
#include "core/diagnosis/checks/SmsFailureAdvice.h"
#include "core/sms/CheckResultText.h"
#include "core/sms/ProviderCheckJob.h"
#include "core/sms/ProviderService.h"

#include <QCoreApplication>

namespace backoffice {

SmsProviderCheck::SmsProviderCheck(const DiagnosisContext& context, ProviderConfig provider, CheckKind kind)
    : DiagnosisCheck(context), m_provider(std::move(provider)), m_kind(kind)
{
}

SmsProviderCheck::~SmsProviderCheck()
{
    delete m_job;
}

QString SmsProviderCheck::id() const
{
    switch (m_kind) {
    case CheckKind::Credentials:
        return QStringLiteral("sms.provider.credentials");
    case CheckKind::Balance:
        return QStringLiteral("sms.provider.balance");
    case CheckKind::ServiceStatus:
        return QStringLiteral("sms.provider.service");
    default:
        return QStringLiteral("sms.provider.") + checkKindToString(m_kind);
    }
}

QString SmsProviderCheck::title() const
{
    switch (m_kind) {
    case CheckKind::Credentials:
        return tr("%1: credentials accepted").arg(m_provider.name);
    case CheckKind::Balance:
        return tr("%1: balance sufficient").arg(m_provider.name);
    case CheckKind::ServiceStatus:
        return tr("%1: service available").arg(m_provider.name);
    default:
        return m_provider.name;
    }
}

void SmsProviderCheck::start()
{
    const DiagnosisContext& ctx = context();
    const ProviderService service(ctx.database, ctx.secrets, ctx.network, ctx.clock);
    CheckRequest request;
    request.kind = m_kind;
    request.providerId = m_provider.id;
    auto job = service.startCheck(ctx.actor, request);
    if (!job) {
        finishSoon({finding(Finding::Outcome::Unknown, CheckResultText::describe(job.error()))});
        return;
    }
    m_job = job.value();
    m_job->then(this, [this](const CheckResult& result) { emit finished({toFinding(result)}); });
}

void SmsProviderCheck::cancel()
{
    if (m_job)
        m_job->abandon(); // stored as cancelled, like a check cancelled in System > SMS providers
}

Finding SmsProviderCheck::toFinding(const CheckResult& result) const
{
    Finding answer = finding(Finding::Outcome::Ok, CheckResultText::describe(result, m_provider.kind));
    switch (result.outcome) {
    case CheckOutcome::Ok:
        return answer;
    case CheckOutcome::Warning:
        answer.outcome = Finding::Outcome::Warning;
        break;
    case CheckOutcome::Problem:
        answer.outcome = Finding::Outcome::Problem;
        break;
    case CheckOutcome::Cancelled:
        answer.outcome = Finding::Outcome::Unknown;
        return answer;
    }
    answer.action = result.error ? SmsFailureAdvice::forFailure(*result.error, m_provider)
                                 : SmsFailureAdvice::forWarning(result.warning, m_provider);
    return answer;
}

} // namespace backoffice
