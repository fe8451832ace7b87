// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lookup/PhoneLookupService.h"

#include "core/audit/AuditLog.h"
#include "core/clients/PhoneNumber.h"
#include "core/lookup/PhoneLookupClient.h"
#include "core/operators/Authorizer.h"
#include "core/sms/ProviderRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

PhoneLookupService::PhoneLookupService(const Database& database, SecretStore& secrets, QNetworkAccessManager* network,
                                       const Clock& clock)
    : m_database(database), m_secrets(secrets), m_network(network), m_clock(clock)
{
}

Result<ProviderConfig> PhoneLookupService::provider() const
{
    auto providers = ProviderRepository(m_database).list();
    if (!providers)
        return providers.error();
    for (const ProviderConfig& config : providers.value()) {
        if (config.enabled && PhoneLookupClient::offeredBy(config.kind))
            return config;
    }
    return Error::notFound(u"lookup provider"_s, u"no enabled provider offers a carrier lookup"_s);
}

Result<PhoneLookupJob*> PhoneLookupService::lookUp(const Actor& actor, PhoneLookupRequest request) const
{
    const AuditLog audit(m_database, m_clock);
    if (const Status allowed = Authorizer(audit).require(actor, Permission::Diagnose, request.clientId); !allowed)
        return allowed.error();
    if (!PhoneNumber::isValidE164(request.e164) || PhoneNumber::inspect(request.e164).e164 != request.e164)
        return Error::invalid(u"phone"_s, u"must be a valid number in E.164"_s);
    if (request.maxAge > cacheLifetime)
        request.maxAge = cacheLifetime;
    auto config = provider();
    if (!config)
        return config.error();
    return new PhoneLookupJob(m_database, m_secrets, m_network, m_clock, actor, config.value(), std::move(request));
}

} // namespace backoffice
