// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Job.h"
#include "core/common/Result.h"
#include "core/sms/ProviderCheckJob.h"

#include <QList>
#include <QPointer>

#include <functional>

namespace backoffice {

/// How "check all" went.
struct CheckAllSummary
{
    int done = 0; ///< checks that answered (a problem is an answer)
    int total = 0;
    bool anyProblem = false;
    Job::Stop stop = Job::Stop::None; ///< cancelled or timed out before every check answered
};

/// "Check all": credentials, balance and service status of several providers, one check at a time
/// (providers rate-limit), a Job on the caller's thread. Emits `checked` per answer and progress
/// (checks done, checks in all) after each; the summary comes through then(), also after cancel(),
/// which cancels the check under way and starts no other.
class ProviderCheckAllJob final : public Task<CheckAllSummary>
{
    Q_OBJECT

public:
    using StartCheck = std::function<Result<ProviderCheckJob*>(CheckRequest)>;

    ProviderCheckAllJob(QList<qint64> providerIds, StartCheck startCheck, QObject* parent = nullptr);
    ~ProviderCheckAllJob() override;

    int total() const { return int(m_steps.size()); }

signals:
    void checked(qint64 providerId, const backoffice::CheckResult& result);

private:
    void next();
    void answered(qint64 providerId, const CheckResult& result);
    void onStop() override;
    CheckAllSummary stoppedResult(Stop reason) const override;

    QList<QPair<qint64, CheckKind>> m_steps;
    StartCheck m_startCheck;
    QPointer<ProviderCheckJob> m_current;
    CheckAllSummary m_summary;
};

} // namespace backoffice
