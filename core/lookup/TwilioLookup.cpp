// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lookup/TwilioLookup.h"

#include "core/sms/TwilioProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// A field object's error_code (an integer in the spec; a string is taken too), empty when null.
QString errorCode(const QJsonObject& field)
{
    const QJsonValue code = field.value(u"error_code"_s);
    if (code.isDouble())
        return QString::number(code.toInteger());
    return code.toString();
}

/// The availability of a field: there with data, there with an error code, or null (not returned).
LookupField fieldState(const QJsonValue& value)
{
    if (!value.isObject())
        return {false, {}};
    const QString code = errorCode(value.toObject());
    return {code.isEmpty(), code};
}

QString text(const QJsonObject& object, const QString& name)
{
    return object.value(name).toString().left(200);
}
} // namespace

TwilioLookup::TwilioLookup(ProviderConfig config, QByteArray secret, HttpClient http)
    : m_config(std::move(config)), m_secret(std::move(secret)), m_http(std::move(http))
{
}

QString TwilioLookup::requestedFields()
{
    return u"line_type_intelligence,sim_swap,line_status"_s;
}

ProviderResult<PhoneLookupResult> TwilioLookup::parse(const HttpResponse& response)
{
    if (response.status != 200)
        return TwilioProvider::errorFromResponse(response);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ProviderError::of(ProviderFailure::MalformedResponse, u"not a JSON object"_s);
    const QJsonObject json = document.object();
    PhoneLookupResult result;
    result.phoneNumber = text(json, u"phone_number"_s);
    if (result.phoneNumber.isEmpty() || !json.value(u"valid"_s).isBool())
        return ProviderError::of(ProviderFailure::MalformedResponse, u"no phone_number or valid"_s);
    result.valid = json.value(u"valid"_s).toBool();
    for (const QJsonValue& error : json.value(u"validation_errors"_s).toArray())
        result.validationErrors.append(error.toString().left(40));
    result.countryCode = text(json, u"country_code"_s);

    const QJsonValue lineValue = json.value(u"line_type_intelligence"_s);
    result.lineType.field = fieldState(lineValue);
    if (result.lineType.field.available) {
        const QJsonObject line = lineValue.toObject();
        result.lineType.typeName = text(line, u"type"_s);
        result.lineType.type = lineTypeFromString(result.lineType.typeName);
        result.lineType.carrierName = text(line, u"carrier_name"_s);
        result.lineType.mobileCountryCode = text(line, u"mobile_country_code"_s);
        result.lineType.mobileNetworkCode = text(line, u"mobile_network_code"_s);
    }

    const QJsonValue swapValue = json.value(u"sim_swap"_s);
    result.simSwap.field = fieldState(swapValue);
    if (result.simSwap.field.available) {
        const QJsonObject swap = swapValue.toObject();
        const QJsonObject last = swap.value(u"last_sim_swap"_s).toObject();
        const QDateTime at = QDateTime::fromString(last.value(u"last_sim_swap_date"_s).toString(), Qt::ISODate);
        result.simSwap.lastSwap = at.isValid() ? at.toUTC() : QDateTime();
        result.simSwap.swappedPeriod = text(last, u"swapped_period"_s);
        if (last.value(u"swapped_in_period"_s).isBool())
            result.simSwap.swappedInPeriod = last.value(u"swapped_in_period"_s).toBool();
        result.simSwap.carrierName = text(swap, u"carrier_name"_s);
    }

    const QJsonValue statusValue = json.value(u"line_status"_s);
    result.lineStatus.field = fieldState(statusValue);
    if (result.lineStatus.field.available)
        result.lineStatus.status = text(statusValue.toObject(), u"status"_s);
    return result;
}

ProviderJob* TwilioLookup::lookUp(const QString& e164, QObject* context, Done done)
{
    // Only E.164 reaches the path: nothing else can be smuggled into the URL.
    static const QRegularExpression e164Shape(u"^\\+[1-9][0-9]{6,14}$"_s);
    if (!e164Shape.match(e164).hasMatch()) {
        return ProviderJob::fail<PhoneLookupResult>(
            ProviderError::of(ProviderFailure::Rejected, u"not a number in E.164"_s), context, std::move(done));
    }
    QUrl url = m_config.lookupUrl(u"/v2/PhoneNumbers/"_s + e164);
    url.setQuery(QUrlQuery {{u"Fields"_s, requestedFields()}});
    return ProviderJob::run<PhoneLookupResult>(m_http.get(url, TwilioProvider::credentialsFor(m_config, m_secret)),
                                               context, &TwilioLookup::parse, std::move(done));
}

} // namespace backoffice
