// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lookup/PhoneLookup.h"
#include "core/sms/HttpClient.h"
#include "core/sms/ProviderConfig.h"
#include "core/sms/ProviderJob.h"

#include <functional>
#include <memory>

namespace backoffice {

/// A provider's carrier lookup (line type, carrier, SIM swap, line status) of one number. Each call
/// is billed by the provider: callers go through PhoneLookupService, which caches the answers.
class PhoneLookupClient
{
public:
    using Done = std::function<void(ProviderResult<PhoneLookupResult>)>;

    virtual ~PhoneLookupClient() = default;
    /// Asks about `e164`; reports once to `done` (dropped if `context` is gone), never inside the call.
    virtual ProviderJob* lookUp(const QString& e164, QObject* context, Done done) = 0;

    /// Whether providers of `kind` offer a lookup.
    static bool offeredBy(const QString& kind);
    /// The lookup of `config`'s provider; nullptr when its kind offers none.
    static std::unique_ptr<PhoneLookupClient> create(const ProviderConfig& config, const QByteArray& secret,
                                                     HttpClient http);
};

} // namespace backoffice
