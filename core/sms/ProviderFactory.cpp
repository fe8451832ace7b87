// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderFactory.h"

#include "core/sms/TwilioProvider.h"
#include "core/sms/VonageProvider.h"

namespace backoffice {

ProviderFactory::ProviderFactory()
{
    m_kinds.append(TwilioProvider::kindInfo());
    m_kinds.append(VonageProvider::kindInfo());
}

const ProviderFactory& ProviderFactory::instance()
{
    static const ProviderFactory factory;
    return factory;
}

const ProviderKindInfo* ProviderFactory::find(const QString& kind) const
{
    for (const ProviderKindInfo& info : m_kinds) {
        if (info.kind == kind)
            return &info;
    }
    return nullptr;
}

QStringList ProviderFactory::kinds() const
{
    QStringList names;
    for (const ProviderKindInfo& info : m_kinds)
        names.append(info.kind);
    return names;
}

HttpOptions ProviderFactory::httpOptionsFor(const ProviderConfig& config)
{
    HttpOptions options;
    options.timeoutMs = config.timeoutMs;
    return options;
}

std::unique_ptr<SmsProvider> ProviderFactory::create(const ProviderConfig& config, const QByteArray& secret,
                                                     QNetworkAccessManager* network) const
{
    const ProviderKindInfo* info = find(config.kind);
    if (!info)
        return nullptr;
    return info->create(config, secret, HttpClient(network, httpOptionsFor(config)));
}

} // namespace backoffice
