// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderCheckAllJob.h"

#include <QTimer>

namespace backoffice {

ProviderCheckAllJob::ProviderCheckAllJob(QList<qint64> providerIds, StartCheck startCheck, QObject* parent)
    : QObject(parent), m_startCheck(std::move(startCheck))
{
    for (const qint64 id : providerIds) {
        for (const CheckKind kind : {CheckKind::Credentials, CheckKind::Balance, CheckKind::ServiceStatus})
            m_steps.append({id, kind});
    }
    QTimer::singleShot(0, this, &ProviderCheckAllJob::next);
}

void ProviderCheckAllJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_current) {
        m_current->cancel(); // its finished() calls next(), which ends the run
        return;
    }
    m_finished = true;
    emit finished(true);
    deleteLater();
}

void ProviderCheckAllJob::next()
{
    if (m_finished)
        return;
    if (m_cancelled || m_done >= m_steps.size()) {
        m_finished = true;
        emit finished(m_cancelled);
        deleteLater();
        return;
    }
    const auto [providerId, kind] = m_steps.at(m_done);
    CheckRequest request;
    request.kind = kind;
    request.providerId = providerId;
    auto started = m_startCheck(request);
    if (!started) {
        CheckResult result;
        result.kind = kind;
        result.outcome = CheckOutcome::Problem;
        result.error = ProviderError::of(ProviderFailure::Rejected, started.error().toString());
        m_anyProblem = true;
        ++m_done;
        emit checked(providerId, result);
        emit progress(m_done, total());
        QTimer::singleShot(0, this, &ProviderCheckAllJob::next);
        return;
    }
    m_current = started.value();
    connect(m_current, &ProviderCheckJob::finished, this, [this, providerId = providerId](const CheckResult& result) {
        m_current = nullptr;
        ++m_done;
        if (result.outcome == CheckOutcome::Problem)
            m_anyProblem = true;
        emit checked(providerId, result);
        emit progress(m_done, total());
        next();
    });
}

} // namespace backoffice
