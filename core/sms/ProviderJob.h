// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/HttpClient.h"
#include "core/sms/ProviderResult.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace backoffice {

/// A running provider call the caller can cancel. It reports through the callback given when it
/// was started (always, exactly once, a Cancelled failure after cancel()), then emits `finished`
/// and deletes itself. The callback is dropped if its context object is gone by then.
class ProviderJob : public QObject
{
    Q_OBJECT

public:
    explicit ProviderJob(QObject* parent = nullptr);

    void cancel();
    bool isFinished() const { return m_finished; }

    /// Runs one HTTP call and turns its answer into a value with `parse`.
    template<typename T>
    static ProviderJob* run(HttpJob* http, QObject* context,
                            std::function<ProviderResult<T>(const HttpResponse&)> parse,
                            std::function<void(ProviderResult<T>)> done)
    {
        auto* job = new ProviderJob;
        job->m_http = http;
        QPointer<QObject> guard(context);
        connect(http, &HttpJob::finished, job, [job, http, guard, parse = std::move(parse), done = std::move(done)] {
            ProviderResult<T> result
                = http->transportError() ? ProviderResult<T>(*http->transportError()) : parse(http->response());
            if (job->m_cancelled && result.ok())
                result = ProviderError::of(ProviderFailure::Cancelled);
            if (guard)
                done(std::move(result));
            job->finish();
        });
        return job;
    }

    /// A job that fails with `error` from the event loop (never inside the caller's call).
    template<typename T>
    static ProviderJob* fail(ProviderError error, QObject* context, std::function<void(ProviderResult<T>)> done)
    {
        auto* job = new ProviderJob;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            job,
            [job, guard, error = std::move(error), done = std::move(done)] {
                if (guard)
                    done(job->m_cancelled ? ProviderError::of(ProviderFailure::Cancelled) : error);
                job->finish();
            },
            Qt::QueuedConnection);
        return job;
    }

signals:
    void finished();

private:
    void finish();

    QPointer<HttpJob> m_http;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace backoffice
