// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderCheckAllJob.h"

#include <QTimer>

namespace backoffice {

ProviderCheckAllJob::ProviderCheckAllJob(QList<qint64> providerIds, StartCheck startCheck, QObject* parent)
    : Task(parent), m_startCheck(std::move(startCheck))
{
    for (const qint64 id : providerIds) {
        for (const CheckKind kind : {CheckKind::Credentials, CheckKind::Balance, CheckKind::ServiceStatus})
            m_steps.append({id, kind});
    }
    m_summary.total = total();
    QTimer::singleShot(0, this, &ProviderCheckAllJob::next);
}

ProviderCheckAllJob::~ProviderCheckAllJob()
{
    if (m_current)
        m_current->abandon(); // recorded as cancelled, not reported to this half-destroyed job
}

void ProviderCheckAllJob::onStop()
{
    if (m_current)
        m_current->cancel(); // its answer comes back and ends the run
    else
        complete(stoppedResult(stopReason()), true);
}

CheckAllSummary ProviderCheckAllJob::stoppedResult(Stop reason) const
{
    CheckAllSummary summary = m_summary;
    summary.stop = reason;
    return summary;
}

void ProviderCheckAllJob::next()
{
    if (isFinished())
        return;
    if (isStopped() || m_summary.done >= total()) {
        complete(stoppedResult(stopReason()), true);
        return;
    }
    const auto [providerId, kind] = m_steps.at(m_summary.done);
    CheckRequest request;
    request.kind = kind;
    request.providerId = providerId;
    auto started = m_startCheck(request);
    if (!started) {
        CheckResult result;
        result.kind = kind;
        result.outcome = CheckOutcome::Problem;
        result.error = ProviderError::of(ProviderFailure::Rejected, started.error().toString());
        answered(providerId, result);
        QTimer::singleShot(0, this, &ProviderCheckAllJob::next);
        return;
    }
    m_current = started.value();
    m_current->then(this, [this, providerId = providerId](const CheckResult& result) {
        m_current = nullptr;
        answered(providerId, result);
        next();
    });
}

void ProviderCheckAllJob::answered(qint64 providerId, const CheckResult& result)
{
    ++m_summary.done;
    if (result.outcome == CheckOutcome::Problem)
        m_summary.anyProblem = true;
    emit checked(providerId, result);
    emit progress(m_summary.done, total(), {});
}

} // namespace backoffice
