// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Job.h"
#include "core/operators/Actor.h"
#include "core/sms/ProviderCheck.h"
#include "core/sms/ProviderConfig.h"
#include "core/sms/ProviderError.h"
#include "core/sms/SmsTypes.h"

#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace backoffice {

class Clock;
class Database;
class ProviderJob;
class SecretStore;
class SmsProvider;

/// What a check asks: which question, about which provider, with which (possibly unsaved) settings.
struct CheckRequest
{
    CheckKind kind = CheckKind::Credentials;
    qint64 providerId = 0; ///< a stored provider; results are stored only then
    std::optional<ProviderConfig> settings; ///< settings typed but not saved yet (dialog before Save)
    std::optional<QByteArray> secret; ///< a secret typed but not saved yet; else the keychain's
    QString to; ///< TestSms: E.164
    QString body; ///< TestSms: text
    QString messageId; ///< MessageStatus
};

/// A check's answer in typed form; the UI and CLI choose the words.
struct CheckResult
{
    CheckKind kind = CheckKind::Credentials;
    CheckOutcome outcome = CheckOutcome::Problem;
    QDateTime at;
    std::optional<ProviderError> error; ///< when the provider call failed
    QString warning; ///< "below_threshold", "no_balance", "incident", "account_not_active" when not ok without an error
    std::optional<AccountInfo> account;
    std::optional<Balance> balance;
    std::optional<double> threshold;
    std::optional<ServiceStatus> service;
    std::optional<SentMessage> sent;
    std::optional<MessageStatusInfo> message;
};

/// One running check, a Job on the caller's thread (the provider call is asynchronous): reads the
/// provider's secret from the keychain (unless one was typed), asks the provider, judges the answer
/// (balance against the threshold, incident on the status page), stores the result and, for a test
/// SMS, logs the message with its audit event. Started by ProviderService::startCheck; the result
/// comes through then(), also after cancel() (outcome Cancelled, stored like any other).
class ProviderCheckJob final : public Task<CheckResult>
{
public:
    ProviderCheckJob(const Database& database, SecretStore& secrets, QNetworkAccessManager* network, const Clock& clock,
                     Actor actor, ProviderConfig config, CheckRequest request, QObject* parent = nullptr);
    ~ProviderCheckJob() override;

    const CheckRequest& request() const { return m_request; }
    /// Whether the result is stored as a fact about the provider. Off for trials with settings or a
    /// secret typed but not saved: they say nothing about the provider as configured.
    void setRecordsResult(bool records) { m_recordsResult = records; }

private:
    void start();
    void run(const QByteArray& secret);
    void onStop() override;
    CheckResult stoppedResult(Stop reason) const override;
    /// Stores and logs `result`, then delivers it. A result that a stop cut short (a success, or the
    /// call's own Cancelled) becomes the stop's result; any other failure is what happened.
    void finishWith(CheckResult result);
    void store(const CheckResult& result);
    void logTestSms(const CheckResult& result);

    const Database& m_database;
    SecretStore& m_secrets;
    QPointer<QNetworkAccessManager> m_network;
    const Clock& m_clock;
    Actor m_actor;
    ProviderConfig m_config;
    CheckRequest m_request;
    std::unique_ptr<SmsProvider> m_provider;
    QPointer<ProviderJob> m_job;
    bool m_postStarted = false;
    bool m_recordsResult = true;
};

} // namespace backoffice
Q_DECLARE_METATYPE(backoffice::CheckResult)
