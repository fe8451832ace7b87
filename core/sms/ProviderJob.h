// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Job.h"
#include "core/sms/HttpClient.h"
#include "core/sms/HttpJob.h"
#include "core/sms/ProviderResult.h"

#include <QPointer>

#include <functional>

namespace backoffice {

/// One provider call in the Job shape: an HttpJob, asynchronous on the caller's thread (no worker
/// thread: QNetworkAccessManager never blocks it), bounded by the provider's timeout and retried as
/// HttpJob does; its answer reaches the callback given to run() once, turned into a value by
/// `parse`, dropped if the callback's context is gone. After cancel() the callback gets Cancelled,
/// never a value that raced the cancel; after setTimeout()'s limit, ProviderUnavailable. (The
/// provider's own timeout, in HttpOptions, is the one that can tell a request that may have acted,
/// a sent SMS, as OutcomeUnknown.) Deleting the job cancels the call and drops the answer.
class ProviderJob final : public Task<ProviderResult<HttpResponse>>
{
public:
    ~ProviderJob() override;

    /// Runs one HTTP call and turns its answer into a value with `parse`.
    template<typename T>
    static ProviderJob* run(HttpJob* http, QObject* context,
                            std::function<ProviderResult<T>(const HttpResponse&)> parse,
                            std::function<void(ProviderResult<T>)> done)
    {
        auto* job = new ProviderJob(http);
        job->then(context, [parse = std::move(parse), done = std::move(done)](ProviderResult<HttpResponse> answer) {
            done(answer ? parse(answer.value()) : ProviderResult<T>(answer.error()));
        });
        return job;
    }

    /// A job that fails with `error` from the event loop (never inside the caller's call).
    template<typename T>
    static ProviderJob* fail(ProviderError error, QObject* context, std::function<void(ProviderResult<T>)> done)
    {
        auto* job = new ProviderJob(nullptr);
        job->then(context, [done = std::move(done)](ProviderResult<HttpResponse> answer) { done(answer.error()); });
        job->failLater(std::move(error));
        return job;
    }

private:
    explicit ProviderJob(HttpJob* http);

    void onStop() override;
    ProviderResult<HttpResponse> stoppedResult(Stop reason) const override;
    void failLater(ProviderError error);

    QPointer<HttpJob> m_http;
};

} // namespace backoffice
