// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lookup/PhoneLookup.h"
#include "core/lookup/PhoneLookupClient.h"
#include "core/sms/ProviderCallJob.h"

#include <chrono>
#include <memory>
#include <optional>

namespace backoffice {

/// What a lookup asks: which number, for which client (the audit event names them), and how old a
/// cached answer may be.
struct PhoneLookupRequest
{
    QString e164;
    std::optional<qint64> clientId;
    /// A cached lookup at most this old answers without a billed call; zero always asks the provider.
    std::chrono::seconds maxAge = std::chrono::hours(24);
};

/// A lookup's answer: the result (from the cache or the provider), or the provider's failure.
struct PhoneLookupOutcome
{
    std::optional<PhoneLookupResult> result;
    bool fromCache = false;
    std::optional<ProviderError> error;
    bool ok() const { return result.has_value(); }
};

/// One running lookup: answers from the cache when it can; else reads the provider's secret from
/// the keychain, asks the provider, and stores the answer in the cache together with its audit
/// event. Every lookup, cached or billed, failed or not, is an audit event (never a secret). A Job
/// on the caller's thread, started by PhoneLookupService::lookUp: the outcome comes through then(),
/// later than its start, also after cancel() (Cancelled, not audited: nothing was asked).
class PhoneLookupJob final : public ProviderCallJob<PhoneLookupOutcome, PhoneLookupRequest>
{
public:
    using ProviderCallJob::ProviderCallJob;
    ~PhoneLookupJob() override;

private:
    void start() override;
    void run(const QByteArray& secret);
    /// Not billed: no lookup went out.
    void finishUnanswered(PhoneLookupOutcome outcome) override { finishWith(std::move(outcome), false); }
    PhoneLookupOutcome failedWith(const ProviderError& error) const override { return {std::nullopt, false, error}; }
    /// Audits and delivers. An outcome a stop cut short (a success, or the call's own Cancelled)
    /// becomes the stop's result.
    void finishWith(PhoneLookupOutcome outcome, bool billed);
    void audit(const PhoneLookupOutcome& outcome, bool billed) const;

    std::unique_ptr<PhoneLookupClient> m_client;
};

} // namespace backoffice
Q_DECLARE_METATYPE(backoffice::PhoneLookupOutcome)
