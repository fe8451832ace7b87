// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/lookup/PhoneLookupJob.h"
#include "core/operators/Actor.h"
#include "core/sms/ProviderConfig.h"

class QNetworkAccessManager;

namespace backoffice {

class Database;
class SecretStore;

/// The one way to look a phone number up with the carrier (line type, carrier, SIM swap, line
/// status): for the CLI's `clients lookup-phone`, the diagnosis and the caller verification. Each
/// lookup is billed by the provider, so answers are cached per number for a day, and each is an
/// audit event. Needs Permission::Diagnose (support and administrators).
class PhoneLookupService
{
public:
    static constexpr std::chrono::hours cacheLifetime {24};

    PhoneLookupService(const Database& database, SecretStore& secrets, QNetworkAccessManager* network,
                       const Clock& clock = SystemClock::instance());

    /// The provider lookups go through: the first enabled provider (by name) whose kind offers a
    /// lookup. NotFound when there is none.
    Result<ProviderConfig> provider() const;
    /// Starts a lookup. Permission, input (field "phone": not E.164) and "no provider offers a
    /// lookup" (NotFound) errors are returned at once; the rest comes from the job's result (Task::then).
    Result<PhoneLookupJob*> lookUp(const Actor& actor, PhoneLookupRequest request) const;

private:
    const Database& m_database;
    SecretStore& m_secrets;
    QNetworkAccessManager* m_network;
    const Clock& m_clock;
};

} // namespace backoffice
