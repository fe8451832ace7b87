// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Job.h"
#include "core/lookup/PhoneLookup.h"
#include "core/operators/Actor.h"
#include "core/sms/ProviderConfig.h"
#include "core/sms/ProviderError.h"

#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace backoffice {

class Clock;
class Database;
class PhoneLookupClient;
class ProviderJob;
class SecretStore;

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
class PhoneLookupJob final : public Task<PhoneLookupOutcome>
{
public:
    PhoneLookupJob(const Database& database, SecretStore& secrets, QNetworkAccessManager* network, const Clock& clock,
                   Actor actor, ProviderConfig provider, PhoneLookupRequest request, QObject* parent = nullptr);
    ~PhoneLookupJob() override;

private:
    void start();
    void run(const QByteArray& secret);
    void onStop() override;
    PhoneLookupOutcome stoppedResult(Stop reason) const override;
    /// Audits and delivers. An outcome a stop cut short (a success, or the call's own Cancelled)
    /// becomes the stop's result.
    void finishWith(PhoneLookupOutcome outcome, bool billed);
    void audit(const PhoneLookupOutcome& outcome, bool billed) const;

    const Database& m_database;
    SecretStore& m_secrets;
    QPointer<QNetworkAccessManager> m_network;
    const Clock& m_clock;
    Actor m_actor;
    ProviderConfig m_provider;
    PhoneLookupRequest m_request;
    std::unique_ptr<PhoneLookupClient> m_client;
    QPointer<ProviderJob> m_job;
};

} // namespace backoffice
Q_DECLARE_METATYPE(backoffice::PhoneLookupOutcome)
