// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lookup/PhoneLookupClient.h"

#include "core/lookup/TwilioLookup.h"

namespace backoffice {

bool PhoneLookupClient::offeredBy(const QString& kind)
{
    return kind == QStringLiteral("twilio");
}

std::unique_ptr<PhoneLookupClient> PhoneLookupClient::create(const ProviderConfig& config, const QByteArray& secret,
                                                             HttpClient http)
{
    if (!offeredBy(config.kind))
        return nullptr;
    return std::make_unique<TwilioLookup>(config, secret, std::move(http));
}

} // namespace backoffice
