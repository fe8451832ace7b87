// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/ProviderJob.h"
#include "core/sms/ProviderResult.h"

#include <QSignalSpy>

#include <optional>

namespace backoffice::test {

/// Starts a provider call and waits (on its `finished` signal, at most `timeoutMs`) for its result.
/// `start(context, done)` must return the ProviderJob*. Returns nullopt if it never reported.
template<typename T, typename Start> std::optional<ProviderResult<T>> awaitProvider(Start start, int timeoutMs = 20000)
{
    std::optional<ProviderResult<T>> result;
    QObject context;
    ProviderJob* job = start(&context, [&result](ProviderResult<T> value) { result = std::move(value); });
    QSignalSpy finished(job, &Job::finished);
    if (!result)
        finished.wait(timeoutMs);
    return result;
}

/// awaitProvider() for a call that must report: fails the test run when it does not (at most `timeoutMs`).
template<typename T, typename Start> ProviderResult<T> awaitProviderFinished(Start start, int timeoutMs = 20000)
{
    std::optional<ProviderResult<T>> result = awaitProvider<T>(std::move(start), timeoutMs);
    if (!result)
        qFatal("the provider call never reported");
    return std::move(*result);
}

} // namespace backoffice::test
