// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace backoffice {

/// Which question a check asked the provider.
enum class CheckKind
{
    Credentials,
    Balance,
    ServiceStatus,
    TestSms,
    MessageStatus
};
/// How it went: ok, a warning (balance under the threshold, minor incident), a problem, cancelled.
enum class CheckOutcome
{
    Ok,
    Warning,
    Problem,
    Cancelled
};

QString checkKindToString(CheckKind kind); ///< "credentials", "balance", "service_status", "test_sms", "message_status"
std::optional<CheckKind> checkKindFromString(const QString& text);
QString checkOutcomeToString(CheckOutcome outcome); ///< "ok", "warning", "problem", "cancelled"
std::optional<CheckOutcome> checkOutcomeFromString(const QString& text);

/// One stored check result (sms_provider_checks). Never holds a secret or a response body.
struct ProviderCheckRecord
{
    qint64 id = 0;
    qint64 providerId = 0;
    QDateTime at; ///< UTC
    CheckKind kind = CheckKind::Credentials;
    CheckOutcome outcome = CheckOutcome::Ok;
    QString failure; ///< providerFailureToString, or "below_threshold", "incident", "account_not_active"
    QString balance; ///< decimal string, for balance checks
    QString currency;
    QString providerCode;
    QString detail; ///< untranslated facts (indicator, message id, status)
    QString operatorName;
};

} // namespace backoffice
