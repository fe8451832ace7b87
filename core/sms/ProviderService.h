// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/sms/MessageLog.h"
#include "core/sms/ProviderCheckJob.h"
#include "core/sms/ProviderConfig.h"
#include "core/sms/ProviderRepository.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace backoffice {

class Database;
class ProviderCheckAllJob;
class SecretStore;

/// The one way to manage SMS providers and run their checks. Every call checks the operator's
/// permission first (ReadProviders, ManageProviders, SendTestSms) and writes its change together
/// with the audit event in one transaction. Secrets go to the keychain only, and the audit log only
/// learns that a credential changed, never its value.
class ProviderService
{
public:
    ProviderService(const Database& database, SecretStore& secrets, QNetworkAccessManager* network,
                    const Clock& clock = SystemClock::instance());

    /// The target of this provider's audit events ("sms-provider:3").
    static QString auditTarget(qint64 providerId);

    Result<QList<ProviderSummary>> list(const Actor& actor) const;
    Result<ProviderConfig> find(const Actor& actor, qint64 id) const;
    Result<QList<ProviderCheckRecord>> checks(const Actor& actor, qint64 id, int limit = 50) const;

    /// Validates (every problem: the first is returned, `validate` gives all), stores, audits.
    Result<ProviderConfig> create(const Actor& actor, ProviderConfig config) const;
    /// Refuses a stale edit (row version) and a change of kind.
    Result<ProviderConfig> update(const Actor& actor, const ProviderConfig& config) const;
    /// Removes the provider's keychain entry, then the provider with its audit event; the message
    /// log keeps its messages. A secret never outlives its provider: when the keychain cannot
    /// remove the entry, the provider is kept and `done` gets KeychainUnavailable (only a provider
    /// that never had a secret stored is removed anyway). Reports to `done` on `context`'s thread,
    /// always later than the call.
    void remove(const Actor& actor, qint64 id, QObject* context, std::function<void(Status)> done) const;
    /// Writes the provider's secret to the keychain, then records (and audits) that it changed.
    /// Reports to `done` on `context`'s thread; KeychainUnavailable says why the keychain refused.
    void storeSecret(const Actor& actor, qint64 id, const QByteArray& secret, QObject* context,
                     std::function<void(Status)> done) const;

    /// All validation problems of `config`, each naming its field.
    static QList<Error> validate(const ProviderConfig& config);
    /// Starts one check. Permission and input errors are returned at once; the rest comes from
    /// the job's result (Task::then).
    Result<ProviderCheckJob*> startCheck(const Actor& actor, CheckRequest request) const;
    /// Asks the provider for the current delivery status of a logged message; the log row is
    /// updated when the job finishes. For the delivery history (refresh of non-final messages).
    Result<ProviderCheckJob*> refreshMessage(const Actor& actor, const SmsMessageRecord& message) const;
    /// Credentials, balance and service status of each provider in `ids` (empty: every enabled one).
    Result<ProviderCheckAllJob*> startCheckAll(const Actor& actor, QList<qint64> ids = {}) const;

    int enabledCount() const;

private:
    /// The provider `id` for a change: refused without ManageProviders, NotFound when it is gone.
    Result<ProviderConfig> providerToManage(const Actor& actor, qint64 id) const;

    const Database& m_database;
    SecretStore& m_secrets;
    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    AuditLog m_audit;
    ProviderRepository m_repository;
};

} // namespace backoffice
