// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/ProviderCallJob.h"
#include "core/sms/ProviderCheck.h"
#include "core/sms/SmsProvider.h"
#include "core/sms/SmsTypes.h"

#include <memory>
#include <optional>

namespace backoffice {

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
class ProviderCheckJob final : public ProviderCallJob<CheckResult, CheckRequest>
{
public:
    using ProviderCallJob::ProviderCallJob;
    ~ProviderCheckJob() override;

    const CheckRequest& request() const { return m_request; }
    /// Whether the result is stored as a fact about the provider. Off for trials with settings or a
    /// secret typed but not saved: they say nothing about the provider as configured.
    void setRecordsResult(bool records) { m_recordsResult = records; }

private:
    void start() override;
    void run(const QByteArray& secret);
    void finishUnanswered(CheckResult result) override { finishWith(std::move(result)); }
    CheckResult failedWith(const ProviderError& error) const override;
    /// Stores and logs `result`, then delivers it. A result that a stop cut short (a success, or the
    /// call's own Cancelled) becomes the stop's result; any other failure is what happened.
    void finishWith(CheckResult result);
    void store(const CheckResult& result);
    void logTestSms(const CheckResult& result);

    std::unique_ptr<SmsProvider> m_provider;
    bool m_postStarted = false;
    bool m_recordsResult = true;
};

} // namespace backoffice
Q_DECLARE_METATYPE(backoffice::CheckResult)
