// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Job.h"
#include "core/diagnosis/Finding.h"

#include <vector>

class QTimer;

namespace backoffice {

class DiagnosisCheck;

/// What the checks found, in the checks' order, and whether they were cut short.
struct CheckRun
{
    QList<Finding> findings;
    bool cancelled = false; ///< cancelled (or timed out): the checks that had not answered say so
};

/// Runs checks concurrently on this thread's event loop, a Job: each check has its own timeout (one
/// that does not answer in time becomes an "unknown" finding saying so, and the run still
/// finishes); progress is (checks answered, checks, the title of the last one); cancel() reports the
/// checks still running as not checked, at once. The findings come through then().
class DiagnosisRunner final : public Task<CheckRun>
{
public:
    /// Takes ownership of the checks and starts them from the event loop. (A check may ask for
    /// another limit than `timeoutMsPerCheck`, see DiagnosisCheck::timeoutMs.)
    DiagnosisRunner(std::vector<DiagnosisCheck*> checks, int timeoutMsPerCheck, QObject* parent = nullptr);
    ~DiagnosisRunner() override;

private:
    void start();
    void answered(int index, const QList<Finding>& findings);
    void finishIfDone();
    void onStop() override;
    CheckRun stoppedResult(Stop reason) const override;

    struct Slot
    {
        DiagnosisCheck* check = nullptr;
        QTimer* timer = nullptr;
        bool done = false;
        QList<Finding> findings;
    };
    std::vector<Slot> m_slots;
    int m_done = 0;
};

} // namespace backoffice
