// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/StatusPageChecker.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

StatusPageChecker::StatusPageChecker(HttpClient http) : m_http(std::move(http)) { }

QUrl StatusPageChecker::statusJsonUrl(const QUrl& pageUrl)
{
    if (pageUrl.path().endsWith(u".json"))
        return pageUrl;
    QUrl url = pageUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/v2/status.json"_s);
    return url;
}

ProviderResult<ServiceStatus> StatusPageChecker::parse(const HttpResponse& response)
{
    if (response.status == 429) {
        ProviderError error = ProviderError::of(ProviderFailure::RateLimited);
        error.httpStatus = 429;
        error.retryAfterSeconds = response.retryAfterSeconds;
        return error;
    }
    if (response.status >= 500) {
        ProviderError error
            = ProviderError::of(ProviderFailure::ProviderUnavailable, u"HTTP %1"_s.arg(response.status));
        error.httpStatus = response.status;
        return error;
    }
    if (response.status != 200) {
        ProviderError error = ProviderError::of(ProviderFailure::Rejected, u"HTTP %1"_s.arg(response.status));
        error.httpStatus = response.status;
        return error;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject status = document.object().value(u"status"_s).toObject();
    const QString indicator = status.value(u"indicator"_s).toString();
    ServiceStatus result;
    result.description = status.value(u"description"_s).toString().left(200);
    if (indicator == u"none")
        result.indicator = ServiceStatus::Indicator::None;
    else if (indicator == u"minor")
        result.indicator = ServiceStatus::Indicator::Minor;
    else if (indicator == u"major")
        result.indicator = ServiceStatus::Indicator::Major;
    else if (indicator == u"critical")
        result.indicator = ServiceStatus::Indicator::Critical;
    else if (indicator == u"maintenance")
        result.indicator = ServiceStatus::Indicator::Maintenance;
    else
        return ProviderError::of(ProviderFailure::MalformedResponse, u"no status.indicator"_s);
    return result;
}

ProviderJob* StatusPageChecker::fetch(const QUrl& pageUrl, QObject* context,
                                      std::function<void(ProviderResult<ServiceStatus>)> done)
{
    return ProviderJob::run<ServiceStatus>(m_http.get(statusJsonUrl(pageUrl)), context, &StatusPageChecker::parse,
                                           std::move(done));
}

} // namespace backoffice
