// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderJob.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

ProviderJob::ProviderJob(HttpJob* http) : m_http(http)
{
    if (!http)
        return;
    connect(http, &HttpJob::finished, this, [this, http] {
        m_http = nullptr;
        if (const auto& error = http->transportError())
            // A call cut short by the stop says Cancelled: stoppedResult() says which stop. Any other
            // failure is what happened (a POST that may have gone out stays OutcomeUnknown).
            return complete(*error, error->failure != ProviderFailure::Cancelled);
        complete(http->response());
    });
}

ProviderJob::~ProviderJob()
{
    if (m_http) {
        m_http->disconnect(this);
        m_http->cancel();
    }
}

void ProviderJob::onStop()
{
    if (m_http)
        m_http->cancel(); // its finished() completes this job
}

ProviderResult<HttpResponse> ProviderJob::stoppedResult(Stop reason) const
{
    if (reason == Stop::TimedOut)
        return ProviderError::of(ProviderFailure::ProviderUnavailable, u"no answer within the time limit"_s);
    return ProviderError::of(ProviderFailure::Cancelled);
}

void ProviderJob::failLater(ProviderError error)
{
    QMetaObject::invokeMethod(
        this, [this, error = std::move(error)] { complete(error); }, Qt::QueuedConnection);
}

} // namespace backoffice
