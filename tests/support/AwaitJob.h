// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Job.h"

#include <QObject>
#include <QSignalSpy>

#include <optional>

namespace backoffice::test {

/// Takes a job's result through then() and waits (on its finished(), at most `timeoutMs`) for it.
/// Call right after the job was started. Returns nullopt if it never came.
template<typename R> std::optional<R> awaitResult(Task<R>* job, int timeoutMs = 20000)
{
    std::optional<R> result;
    QObject context;
    job->then(&context, [&result](R value) { result = std::move(value); });
    QSignalSpy finished(job, &Job::finished);
    if (!result)
        finished.wait(timeoutMs);
    return result;
}

} // namespace backoffice::test
