// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderConfig.h"

#include "core/sms/NetworkBackend.h"
#include "core/sms/ProviderFactory.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace ProviderValidation {
bool isAcceptableServiceUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    const QString host = url.host();
    if (host == u"localhost")
        return true;
    return network().isLocalHostAddress(host);
}

bool isTwilioSid(const QString& text, QStringView prefix)
{
    if (text.size() != prefix.size() + 32 || !text.startsWith(prefix))
        return false;
    for (qsizetype i = prefix.size(); i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

QList<Error> secretProblems(const QByteArray& secret, const QString& field)
{
    if (secret.isEmpty())
        return {Error::invalid(field, u"required"_s)};
    if (secret.size() > 256)
        return {Error::invalid(field, u"longer than 256 characters"_s)};
    for (const char c : secret) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            return {Error::invalid(field, u"contains spaces or line breaks"_s)};
    }
    return {};
}
} // namespace ProviderValidation

namespace {
const QString urlRule = u"must be https:// (http:// only on 127.0.0.1, ::1 or localhost)"_s;

/// A second API host of the kind (Reports, Lookup): refused when the kind has none, else held to
/// the same rule as the base URL.
QList<Error> secondaryUrlProblems(const QString& url, const QString& kindDefault, const QString& field,
                                  const ProviderKindInfo& info)
{
    if (url.isEmpty())
        return {};
    if (kindDefault.isEmpty())
        return {Error::invalid(field, u"not used by %1"_s.arg(info.displayName))};
    if (!ProviderValidation::isAcceptableServiceUrl(QUrl(url, QUrl::StrictMode)))
        return {Error::invalid(field, urlRule)};
    return {};
}

/// `path` (starting with '/') below `base`, whether or not `base` ends in '/'.
QUrl below(QUrl base, const QString& path)
{
    if (base.isEmpty())
        return {};
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    base.setPath(basePath + path);
    return base;
}

/// One of the URLs a kind states a default for (ProviderKindInfo::defaultBaseUrl, ...).
using KindDefault = QString ProviderKindInfo::*;

/// `configured`, or the kind's default when empty; empty when the kind is unknown.
QUrl configuredOrDefault(const QString& configured, const QString& kind, KindDefault kindDefault)
{
    if (!configured.isEmpty())
        return QUrl(configured);
    const ProviderKindInfo* info = ProviderFactory::instance().find(kind);
    return info ? QUrl(info->*kindDefault) : QUrl();
}

/// `path` below a second API host of the kind (Reports, Lookup), `configured` or the kind's default;
/// empty when the kind has no such API, whatever is configured.
QUrl secondaryApiUrl(const QString& configured, const QString& kind, KindDefault kindDefault, const QString& path)
{
    const ProviderKindInfo* info = ProviderFactory::instance().find(kind);
    if (!info || (info->*kindDefault).isEmpty())
        return {};
    return below(QUrl(configured.isEmpty() ? info->*kindDefault : configured), path);
}
} // namespace

QList<Error> ProviderConfig::validate() const
{
    QList<Error> problems;
    if (name.trimmed().isEmpty())
        problems.append(Error::invalid(u"name"_s, u"required"_s));
    else if (name.size() > 100)
        problems.append(Error::invalid(u"name"_s, u"longer than 100 characters"_s));
    const ProviderKindInfo* info = ProviderFactory::instance().find(kind);
    if (!info) {
        problems.append(Error::invalid(u"kind"_s, u"unknown provider kind '%1'"_s.arg(kind)));
        return problems;
    }
    problems.append(info->validate(*this));
    if (!baseUrl.isEmpty() && !ProviderValidation::isAcceptableServiceUrl(QUrl(baseUrl, QUrl::StrictMode)))
        problems.append(Error::invalid(u"base-url"_s, urlRule));
    if (!statusPageUrl.isEmpty() && !ProviderValidation::isAcceptableServiceUrl(QUrl(statusPageUrl, QUrl::StrictMode)))
        problems.append(Error::invalid(u"status-page-url"_s, urlRule));
    problems.append(secondaryUrlProblems(reportsBaseUrl, info->defaultReportsBaseUrl, u"reports-url"_s, *info));
    problems.append(secondaryUrlProblems(lookupBaseUrl, info->defaultLookupBaseUrl, u"lookup-url"_s, *info));
    if (lowBalanceThreshold && (*lowBalanceThreshold < 0 || !std::isfinite(*lowBalanceThreshold)))
        problems.append(Error::invalid(u"low-balance"_s, u"must be zero or more"_s));
    if (timeoutMs < 1000 || timeoutMs > 120000)
        problems.append(Error::invalid(u"timeout"_s, u"must be between 1 and 120 seconds"_s));
    return problems;
}

QUrl ProviderConfig::effectiveBaseUrl() const
{
    return configuredOrDefault(baseUrl, kind, &ProviderKindInfo::defaultBaseUrl);
}

QUrl ProviderConfig::apiUrl(const QString& path) const
{
    return below(effectiveBaseUrl(), path);
}

QUrl ProviderConfig::effectiveStatusPageUrl() const
{
    return configuredOrDefault(statusPageUrl, kind, &ProviderKindInfo::defaultStatusPageUrl);
}

QUrl ProviderConfig::reportsUrl(const QString& path) const
{
    return secondaryApiUrl(reportsBaseUrl, kind, &ProviderKindInfo::defaultReportsBaseUrl, path);
}

QUrl ProviderConfig::lookupUrl(const QString& path) const
{
    return secondaryApiUrl(lookupBaseUrl, kind, &ProviderKindInfo::defaultLookupBaseUrl, path);
}

} // namespace backoffice
