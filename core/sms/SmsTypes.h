// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace backoffice {

/// Where an SMS is on its way to the handset. `Sent` means handed to the carrier; only a carrier
/// receipt makes it `Delivered` or `Undelivered`, so a message stuck in `Sent` is a carrier delay.
/// `Unknown`: the send request went out but its answer never arrived whole (timeout, reset), so
/// whether the provider accepted it is unknown: only its console can tell. Not a failure.
enum class SmsStatus
{
    Queued,
    Sending,
    Sent,
    Delivered,
    Undelivered,
    Failed,
    Unknown
};

QString smsStatusToString(SmsStatus status); ///< "queued", ... as stored
std::optional<SmsStatus> smsStatusFromString(const QString& text);
/// Delivered, undelivered and failed never change again; the others may still be refreshed (an
/// unknown one only when it has a message ID).
inline bool smsStatusIsFinal(SmsStatus status)
{
    return status == SmsStatus::Delivered || status == SmsStatus::Undelivered || status == SmsStatus::Failed;
}

/// What a credential check learnt about the account.
struct AccountInfo
{
    QString status; ///< provider's words: active, suspended, closed
    QString type; ///< Trial, Full, when the provider says
    bool active() const { return status.isEmpty() || status == QStringLiteral("active"); }
};

/// An account balance as the provider reported it.
struct Balance
{
    QString amount; ///< decimal string, as given ("12.50")
    QString currency; ///< ISO 4217 ("USD", "EUR")
    double value() const { return amount.toDouble(); }
};

/// A message the provider accepted.
struct SentMessage
{
    QString messageId; ///< Twilio SM..., Vonage message-id
    SmsStatus status = SmsStatus::Queued;
};

/// A message's delivery state as the provider reports it now.
struct MessageStatusInfo
{
    QString messageId;
    QString to;
    SmsStatus status = SmsStatus::Queued;
    QString errorCode; ///< empty when none
    QString errorMessage;
    QDateTime createdAt; ///< UTC, when known
    QDateTime updatedAt; ///< UTC, when known
};

/// A Statuspage indicator (https://www.atlassian.com/software/statuspage).
struct ServiceStatus
{
    enum class Indicator
    {
        None,
        Minor,
        Major,
        Critical,
        Maintenance
    };
    Indicator indicator = Indicator::None;
    QString description; ///< the page's own words ("All Systems Operational")
};

QString serviceIndicatorToString(ServiceStatus::Indicator indicator);

} // namespace backoffice
