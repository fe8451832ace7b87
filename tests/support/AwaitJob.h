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

/// awaitResult() for a job that must finish: fails the test run when it does not (at most `timeoutMs`).
template<typename R> R awaitFinished(Task<R>* job, int timeoutMs = 30000)
{
    std::optional<R> result = awaitResult(job, timeoutMs);
    if (!result)
        qFatal("the job never finished");
    return std::move(*result);
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
