// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lookup/PhoneLookup.h"

#include <QJsonArray>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const std::array<std::pair<LineType, const char16_t*>, 12> lineTypeNames {{
    {LineType::Mobile, u"mobile"},
    {LineType::Landline, u"landline"},
    {LineType::FixedVoip, u"fixedVoip"},
    {LineType::NonFixedVoip, u"nonFixedVoip"},
    {LineType::TollFree, u"tollFree"},
    {LineType::Premium, u"premium"},
    {LineType::SharedCost, u"sharedCost"},
    {LineType::Uan, u"uan"},
    {LineType::Voicemail, u"voicemail"},
    {LineType::Pager, u"pager"},
    {LineType::Personal, u"personal"},
    {LineType::Unknown, u"unknown"},
}};

QString iso(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue& value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QJsonObject fieldJson(const LookupField& field)
{
    QJsonObject json {{u"available"_s, field.available}};
    if (!field.errorCode.isEmpty())
        json.insert(u"error_code"_s, field.errorCode);
    return json;
}

LookupField fieldFrom(const QJsonObject& json)
{
    return {json.value(u"available"_s).toBool(), json.value(u"error_code"_s).toString()};
}
} // namespace

QString lineTypeToString(LineType type)
{
    for (const auto& [value, name] : lineTypeNames) {
        if (value == type)
            return QString::fromUtf16(name);
    }
    return u"unknown"_s;
}

LineType lineTypeFromString(const QString& text)
{
    for (const auto& [value, name] : lineTypeNames) {
        if (text == QString::fromUtf16(name))
            return value;
    }
    return LineType::Unknown;
}

std::optional<bool> PhoneLookupResult::simSwappedWithin(const QDateTime& now, int days) const
{
    if (!simSwap.field.available)
        return std::nullopt;
    if (simSwap.swappedInPeriod.value_or(false))
        return true;
    if (simSwap.lastSwap.isValid())
        return simSwap.lastSwap >= now.addDays(-days);
    return simSwap.swappedInPeriod; // false: not in the carrier's period, and no date to say more
}

QJsonObject PhoneLookupResult::toJson() const
{
    QJsonObject line = fieldJson(lineType.field);
    line.insert(u"type"_s, lineType.typeName.isEmpty() ? lineTypeToString(lineType.type) : lineType.typeName);
    line.insert(u"carrier_name"_s, lineType.carrierName);
    line.insert(u"mobile_country_code"_s, lineType.mobileCountryCode);
    line.insert(u"mobile_network_code"_s, lineType.mobileNetworkCode);

    QJsonObject swap = fieldJson(simSwap.field);
    swap.insert(u"last_sim_swap_date"_s, simSwap.lastSwap.isValid() ? QJsonValue(iso(simSwap.lastSwap)) : QJsonValue());
    swap.insert(u"swapped_period"_s, simSwap.swappedPeriod);
    swap.insert(u"swapped_in_period"_s, simSwap.swappedInPeriod ? QJsonValue(*simSwap.swappedInPeriod) : QJsonValue());
    swap.insert(u"carrier_name"_s, simSwap.carrierName);

    QJsonObject status = fieldJson(lineStatus.field);
    status.insert(u"status"_s, lineStatus.status);

    return {{u"phone_number"_s, phoneNumber},
            {u"valid"_s, valid},
            {u"validation_errors"_s, QJsonArray::fromStringList(validationErrors)},
            {u"country_code"_s, countryCode},
            {u"line_type_intelligence"_s, line},
            {u"sim_swap"_s, swap},
            {u"line_status"_s, status},
            {u"looked_up_at"_s, iso(lookedUpAt)},
            {u"provider_id"_s, providerId},
            {u"provider_name"_s, providerName}};
}

std::optional<PhoneLookupResult> PhoneLookupResult::fromJson(const QJsonObject& json)
{
    PhoneLookupResult result;
    result.phoneNumber = json.value(u"phone_number"_s).toString();
    if (result.phoneNumber.isEmpty())
        return std::nullopt;
    result.valid = json.value(u"valid"_s).toBool();
    for (const QJsonValue& error : json.value(u"validation_errors"_s).toArray())
        result.validationErrors.append(error.toString());
    result.countryCode = json.value(u"country_code"_s).toString();

    const QJsonObject line = json.value(u"line_type_intelligence"_s).toObject();
    result.lineType.field = fieldFrom(line);
    result.lineType.typeName = line.value(u"type"_s).toString();
    result.lineType.type = lineTypeFromString(result.lineType.typeName);
    result.lineType.carrierName = line.value(u"carrier_name"_s).toString();
    result.lineType.mobileCountryCode = line.value(u"mobile_country_code"_s).toString();
    result.lineType.mobileNetworkCode = line.value(u"mobile_network_code"_s).toString();

    const QJsonObject swap = json.value(u"sim_swap"_s).toObject();
    result.simSwap.field = fieldFrom(swap);
    result.simSwap.lastSwap = fromIso(swap.value(u"last_sim_swap_date"_s));
    result.simSwap.swappedPeriod = swap.value(u"swapped_period"_s).toString();
    if (swap.value(u"swapped_in_period"_s).isBool())
        result.simSwap.swappedInPeriod = swap.value(u"swapped_in_period"_s).toBool();
    result.simSwap.carrierName = swap.value(u"carrier_name"_s).toString();

    const QJsonObject status = json.value(u"line_status"_s).toObject();
    result.lineStatus.field = fieldFrom(status);
    result.lineStatus.status = status.value(u"status"_s).toString();

    result.lookedUpAt = fromIso(json.value(u"looked_up_at"_s));
    result.providerId = json.value(u"provider_id"_s).toInteger();
    result.providerName = json.value(u"provider_name"_s).toString();
    return result;
}

} // namespace backoffice
