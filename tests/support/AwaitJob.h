// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <optional>

namespace backoffice::test {

/// Waits (at most `timeoutMs`) for `job`'s `finished(const Value&)` and returns its argument. The
/// job must not have reported yet: jobs report later than the call that started them.
template<typename Value, typename Job> Value awaitFinished(Job* job, int timeoutMs = 30000)
{
    QSignalSpy finished(job, &Job::finished);
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
