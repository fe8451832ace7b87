// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Job.h"
#include "core/common/Result.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>
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

/// Waits (at most `timeoutMs`) for `job`'s `finished(const Value&)` and returns its argument, for jobs that
/// report through a signal of their own. The job must not have reported yet.
template<typename Value, typename SignalJob> Value awaitFinished(SignalJob* job, int timeoutMs = 30000)
{
    QSignalSpy finished(job, &SignalJob::finished);
    if (!finished.wait(timeoutMs))
        qFatal("the job never finished");
    return finished.first().first().template value<Value>();
}

/// Starts an asynchronous call that reports a Status to a callback (`start(context, done)`) and
/// waits for it. Fails the test if it reported inside the call.
inline Status awaitStatus(const std::function<void(QObject*, std::function<void(Status)>)>& start,
                          int timeoutMs = 15000)
{
    std::optional<Status> outcome;
    QObject context;
    start(&context, [&outcome](Status status) { outcome = status; });
    if (outcome)
        qFatal("the call reported inside the call");
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs))
        return Error {Error::Code::Internal, {}, QStringLiteral("no answer")};
    return *outcome;
}

} // namespace backoffice::test
