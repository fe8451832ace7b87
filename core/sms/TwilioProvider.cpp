// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/TwilioProvider.h"

#include "core/clients/PhoneNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
QDateTime rfc2822(const QJsonValue& value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::RFC2822Date);
    return at.isValid() ? at.toUTC() : QDateTime();
}

/// A Message resource (create and fetch answer the same): its JSON with its SID and status, or
/// why the body is not one.
ProviderResult<std::pair<QJsonObject, SentMessage>> messageResource(const QByteArray& body)
{
    const auto json = jsonObjectOf(body);
    if (!json)
        return ProviderError::of(ProviderFailure::MalformedResponse, u"not a JSON object"_s);
    SentMessage sent;
    sent.messageId = json->value(u"sid"_s).toString();
    const auto status = TwilioProvider::statusFromTwilio(json->value(u"status"_s).toString());
    if (sent.messageId.isEmpty() || !status)
        return ProviderError::of(ProviderFailure::MalformedResponse, u"no message SID or status"_s);
    sent.status = *status;
    return std::pair {*json, sent};
}

/// The JSON object of a 200 answer, the failure of an error answer, or why the body is not one.
ProviderResult<QJsonObject> jsonAnswer(const HttpResponse& response)
{
    if (response.status != 200)
        return TwilioProvider::errorFromResponse(response);
    const auto body = jsonObjectOf(response.body);
    if (!body)
        return ProviderError::of(ProviderFailure::MalformedResponse, u"not a JSON object"_s);
    return *body;
}

QList<Error> validateTwilio(const ProviderConfig& config)
{
    QList<Error> problems;
    if (config.accountId.isEmpty())
        problems.append(Error::invalid(u"account-sid"_s, u"required"_s));
    else if (!ProviderValidation::isTwilioSid(config.accountId, u"AC"))
        problems.append(Error::invalid(u"account-sid"_s, u"must be AC followed by 32 hexadecimal digits"_s));
    if (!config.apiKeySid.isEmpty() && !ProviderValidation::isTwilioSid(config.apiKeySid, u"SK"))
        problems.append(Error::invalid(u"api-key-sid"_s, u"must be SK followed by 32 hexadecimal digits"_s));
    if (config.sender.isEmpty()) {
        problems.append(Error::invalid(u"from"_s, u"required: a number in E.164 or a Messaging Service SID (MG...)"_s));
    } else if (config.sender.startsWith(u"MG")) {
        if (!ProviderValidation::isTwilioSid(config.sender, u"MG"))
            problems.append(
                Error::invalid(u"from"_s, u"a Messaging Service SID is MG followed by 32 hexadecimal digits"_s));
    } else if (!PhoneNumber::inspect(config.sender).isValid()
               || config.sender != PhoneNumber::inspect(config.sender).e164) {
        problems.append(Error::invalid(u"from"_s, u"must be a valid number in E.164 (+ and digits) or MG..."_s));
    }
    return problems;
}
} // namespace

TwilioProvider::TwilioProvider(ProviderConfig config, QByteArray secret, HttpClient http)
    : m_config(std::move(config)), m_secret(std::move(secret)), m_http(std::move(http))
{
}

ProviderKindInfo TwilioProvider::kindInfo()
{
    ProviderKindInfo info;
    info.kind = u"twilio"_s;
    info.displayName = u"Twilio"_s;
    info.defaultBaseUrl = u"https://api.twilio.com"_s;
    info.defaultStatusPageUrl = u"https://status.twilio.com/api/v2/status.json"_s;
    info.defaultLookupBaseUrl = u"https://lookups.twilio.com"_s; // Lookup v2 (twilio_lookups_v2.json)
    info.validate = &validateTwilio;
    info.create = [](const ProviderConfig& config, const QByteArray& secret, HttpClient http) {
        return std::unique_ptr<SmsProvider>(std::make_unique<TwilioProvider>(config, secret, std::move(http)));
    };
    return info;
}

QUrl TwilioProvider::accountUrl(const QString& suffix) const
{
    return m_config.apiUrl(u"/2010-04-01/Accounts/"_s + m_config.accountId + suffix);
}

HttpJob::Credentials TwilioProvider::credentialsFor(const ProviderConfig& config, const QByteArray& secret)
{
    return {config.apiKeySid.isEmpty() ? config.accountId : config.apiKeySid, secret};
}

HttpJob::Credentials TwilioProvider::credentials() const
{
    return credentialsFor(m_config, m_secret);
}

ProviderError TwilioProvider::errorFromResponse(const HttpResponse& response)
{
    ProviderError error;
    error.httpStatus = response.status;
    if (const auto body = jsonObjectOf(response.body)) {
        error.providerCode = codeTextOf(body->value(u"code"_s));
        error.providerMessage = body->value(u"message"_s).toString().left(500);
    }
    const int code = error.providerCode.toInt();
    if (response.status == 401 || code == 20003) {
        error.failure = ProviderFailure::WrongCredentials;
    } else if (response.status == 429 || code == 20429) {
        error.failure = ProviderFailure::RateLimited;
        error.retryAfterSeconds = response.retryAfterSeconds;
    } else if (code == 20005 || code == 10001 || code == 30002) {
        error.failure = ProviderFailure::InsufficientBalance;
    } else {
        error.classifyHttpStatus(response.status);
    }
    return error;
}

std::optional<SmsStatus> TwilioProvider::statusFromTwilio(const QString& status)
{
    if (status == u"accepted" || status == u"scheduled" || status == u"queued")
        return SmsStatus::Queued;
    if (status == u"sending")
        return SmsStatus::Sending;
    if (status == u"sent")
        return SmsStatus::Sent;
    if (status == u"delivered" || status == u"read")
        return SmsStatus::Delivered;
    if (status == u"undelivered")
        return SmsStatus::Undelivered;
    if (status == u"failed" || status == u"canceled")
        return SmsStatus::Failed;
    return std::nullopt;
}

ProviderResult<AccountInfo> TwilioProvider::parseAccount(const HttpResponse& response, bool withApiKey)
{
    const auto body = jsonAnswer(response);
    if (!body)
        return body.error();
    AccountInfo info;
    if (!withApiKey) {
        info.status = body->value(u"status"_s).toString();
        info.type = body->value(u"type"_s).toString();
        if (info.status.isEmpty())
            return ProviderError::of(ProviderFailure::MalformedResponse, u"no account status"_s);
    }
    return info;
}

ProviderJob* TwilioProvider::checkCredentials(QObject* context, Done<AccountInfo> done)
{
    // Standard API keys may not read the Account resource; listing one message proves them.
    const bool withApiKey = !m_config.apiKeySid.isEmpty();
    QUrl url = accountUrl(withApiKey ? u"/Messages.json"_s : u".json"_s);
    if (withApiKey)
        url.setQuery(u"PageSize=1"_s);
    return ProviderJob::run<AccountInfo>(
        m_http.get(url, credentials()), context,
        [withApiKey](const HttpResponse& response) { return parseAccount(response, withApiKey); }, std::move(done));
}

ProviderResult<Balance> TwilioProvider::parseBalance(const HttpResponse& response)
{
    const auto body = jsonAnswer(response);
    if (!body)
        return body.error();
    Balance balance;
    balance.amount = body->value(u"balance"_s).toString();
    balance.currency = body->value(u"currency"_s).toString();
    bool isNumber = false;
    balance.amount.toDouble(&isNumber);
    if (!isNumber || balance.currency.isEmpty())
        return ProviderError::of(ProviderFailure::MalformedResponse, u"no balance or currency"_s);
    return balance;
}

ProviderJob* TwilioProvider::fetchBalance(QObject* context, Done<Balance> done)
{
    return ProviderJob::run<Balance>(m_http.get(accountUrl(u"/Balance.json"_s), credentials()), context,
                                     &TwilioProvider::parseBalance, std::move(done));
}

ProviderJob* TwilioProvider::sendMessage(const QString& toE164, const QString& body, QObject* context,
                                         Done<SentMessage> done)
{
    QList<QPair<QString, QString>> form {{u"To"_s, toE164}};
    if (m_config.sender.startsWith(u"MG"))
        form.append({u"MessagingServiceSid"_s, m_config.sender});
    else
        form.append({u"From"_s, m_config.sender});
    form.append({u"Body"_s, body});
    return ProviderJob::run<SentMessage>(
        m_http.post(accountUrl(u"/Messages.json"_s), HttpClient::formEncode(form), credentials()), context,
        &TwilioProvider::parseSent, std::move(done));
}

ProviderResult<SentMessage> TwilioProvider::parseSent(const HttpResponse& response)
{
    if (response.status != 201 && response.status != 200)
        return errorFromResponse(response);
    auto message = messageResource(response.body);
    if (!message)
        return message.error();
    return message->second;
}

ProviderJob* TwilioProvider::fetchMessageStatus(const QString& messageId, QObject* context,
                                                Done<MessageStatusInfo> done)
{
    if (!ProviderValidation::isTwilioSid(messageId, u"SM") && !ProviderValidation::isTwilioSid(messageId, u"MM")) {
        ProviderError error = ProviderError::of(ProviderFailure::Rejected, u"not a message SID (SM/MM + 32 hex)"_s);
        return ProviderJob::fail<MessageStatusInfo>(error, context, std::move(done));
    }
    return ProviderJob::run<MessageStatusInfo>(
        m_http.get(accountUrl(u"/Messages/%1.json"_s.arg(messageId)), credentials()), context,
        &TwilioProvider::parseMessageStatus, std::move(done));
}

ProviderResult<MessageStatusInfo> TwilioProvider::parseMessageStatus(const HttpResponse& response)
{
    if (response.status != 200)
        return errorFromResponse(response);
    auto message = messageResource(response.body);
    if (!message)
        return message.error();
    const auto& [json, sent] = message.value();
    MessageStatusInfo info;
    info.messageId = sent.messageId;
    info.status = sent.status;
    info.to = json.value(u"to"_s).toString();
    info.errorCode = codeTextOf(json.value(u"error_code"_s));
    info.errorMessage = json.value(u"error_message"_s).toString();
    info.createdAt = rfc2822(json.value(u"date_created"_s));
    info.updatedAt = rfc2822(json.value(u"date_updated"_s));
    return info;
}

} // namespace backoffice
