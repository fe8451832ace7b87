// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/HttpClient.h"
#include "core/sms/ProviderConfig.h"
#include "core/sms/SmsProvider.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace backoffice {

/// What the rest of the product needs to know about one kind of provider.
struct ProviderKindInfo
{
    QString kind; ///< stable, stored: "twilio"
    QString displayName; ///< "Twilio" (a brand, not translated)
    QString defaultBaseUrl;
    QString defaultStatusPageUrl;
    QString defaultReportsBaseUrl; ///< empty: delivery status comes from the base URL's API
    QString defaultLookupBaseUrl; ///< empty: the kind offers no carrier lookup
    /// Kind-specific problems (account ID shape, sender), each naming its field.
    std::function<QList<Error>(const ProviderConfig&)> validate;
    std::function<std::unique_ptr<SmsProvider>(const ProviderConfig&, const QByteArray& secret, HttpClient http)>
        create;
};

/// The registry of provider kinds. Adding a provider is one SmsProvider subclass with a static
/// `kindInfo()` and one line in ProviderFactory's constructor.
class ProviderFactory
{
public:
    static const ProviderFactory& instance();

    const ProviderKindInfo* find(const QString& kind) const;
    QStringList kinds() const;
    /// nullptr when the kind is unknown.
    std::unique_ptr<SmsProvider> create(const ProviderConfig& config, const QByteArray& secret,
                                        QNetworkAccessManager* network) const;
    /// The HTTP rules for a provider (its timeout); the rest are the product's defaults.
    static HttpOptions httpOptionsFor(const ProviderConfig& config);

private:
    ProviderFactory();
    QList<ProviderKindInfo> m_kinds;
};

} // namespace backoffice
