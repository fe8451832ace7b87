// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/HttpClient.h"
#include "core/sms/ProviderJob.h"
#include "core/sms/SmsTypes.h"

namespace backoffice {

/// Reads a provider's public Statuspage (`api/v2/status.json`: status.indicator none, minor, major,
/// critical) so an operator learns "the provider has an incident" without leaving the Back Office.
class StatusPageChecker
{
public:
    explicit StatusPageChecker(HttpClient http);

    /// `pageUrl` may be the page itself (https://status.twilio.com) or its status.json.
    ProviderJob* fetch(const QUrl& pageUrl, QObject* context, std::function<void(ProviderResult<ServiceStatus>)> done);

    static QUrl statusJsonUrl(const QUrl& pageUrl);
    static ProviderResult<ServiceStatus> parse(const HttpResponse& response);

private:
    HttpClient m_http;
};

} // namespace backoffice
