// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace backoffice {

/// What the carrier says the line is (Twilio Lookup v2 line_type_intelligence.type).
enum class LineType
{
    Mobile,
    Landline,
    FixedVoip,
    NonFixedVoip,
    TollFree,
    Premium,
    SharedCost,
    Uan,
    Voicemail,
    Pager,
    Personal,
    Unknown, ///< "unknown", or a type this build does not know (typeName keeps Twilio's word)
};

/// Twilio's own names ("mobile", "fixedVoip", ...): stable, stored and printed by the CLI.
QString lineTypeToString(LineType type);
LineType lineTypeFromString(const QString& text);

/// Whether one field of a lookup answered. A field the account is not enabled for (or that has no
/// coverage for the number) comes back with an error code instead of data: not a failure of the
/// lookup, only "not available on this account".
struct LookupField
{
    bool available = false;
    QString errorCode; ///< Twilio's error code when it gave one (60600, 60606, ...)
};

struct LineTypeInfo
{
    LookupField field;
    LineType type = LineType::Unknown;
    QString typeName; ///< as Twilio sent it
    QString carrierName;
    QString mobileCountryCode;
    QString mobileNetworkCode;
};

struct SimSwapInfo
{
    LookupField field;
    QDateTime lastSwap; ///< UTC; invalid when the carrier does not tell the date
    QString swappedPeriod; ///< ISO 8601 duration the carrier judged ("PT24H")
    std::optional<bool> swappedInPeriod;
    QString carrierName;
};

struct LineStatusInfo
{
    LookupField field;
    QString status; ///< "active", "inactive", ... as Twilio sent it
};

/// One number's carrier facts: line type and carrier, SIM swap, line status. Typed fields only,
/// never the provider's raw answer. Cached per number (PhoneLookupRepository).
struct PhoneLookupResult
{
    QString phoneNumber; ///< E.164
    bool valid = false; ///< Twilio: in a range a carrier can assign
    QStringList validationErrors; ///< TOO_SHORT, TOO_LONG, ... when not valid
    QString countryCode; ///< ISO 3166-1 alpha-2
    LineTypeInfo lineType;
    SimSwapInfo simSwap;
    LineStatusInfo lineStatus;
    QDateTime lookedUpAt; ///< UTC, when the provider answered
    qint64 providerId = 0;
    QString providerName;

    /// Whether the SIM was swapped in the last `days` days (by its date) or in the period the
    /// carrier judged (swapped_in_period); nullopt when the lookup cannot tell.
    std::optional<bool> simSwappedWithin(const QDateTime& now, int days = 7) const;

    QJsonObject toJson() const;
    static std::optional<PhoneLookupResult> fromJson(const QJsonObject& json);
};

} // namespace backoffice
