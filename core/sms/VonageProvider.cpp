// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/VonageProvider.h"

#include "core/clients/PhoneNumber.h"
#include "core/sms/GsmAlphabet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// A number as Vonage gave it, never rounded: 0.004 EUR is not "0.00", and the balance check
/// compares what is really left.
QString decimalText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    return value.toString();
}

QList<Error> validateVonage(const ProviderConfig& config)
{
    // sms.yml and reports.yml: api_key / account_id have minLength and maxLength 8.
    static const QRegularExpression apiKey(u"^[A-Za-z0-9]{8}$"_s);
    static const QRegularExpression alphanumericSender(u"^[A-Za-z0-9 ]{1,11}$"_s);
    QList<Error> problems;
    if (config.accountId.isEmpty())
        problems.append(Error::invalid(u"api-key"_s, u"required"_s));
    else if (!apiKey.match(config.accountId).hasMatch())
        problems.append(Error::invalid(u"api-key"_s, u"must be 8 letters or digits"_s));
    if (!config.apiKeySid.isEmpty())
        problems.append(Error::invalid(u"api-key-sid"_s, u"not used by Vonage"_s));
    if (config.sender.isEmpty()) {
        problems.append(Error::invalid(u"from"_s, u"required: a number in E.164 or up to 11 letters and digits"_s));
    } else if (config.sender.startsWith(u'+')) {
        if (PhoneNumber::inspect(config.sender).e164 != config.sender || !PhoneNumber::isValidE164(config.sender))
            problems.append(Error::invalid(u"from"_s, u"must be a valid number in E.164"_s));
    } else if (!alphanumericSender.match(config.sender).hasMatch()) {
        problems.append(Error::invalid(u"from"_s, u"an alphanumeric sender has at most 11 letters and digits"_s));
    }
    return problems;
}

/// The Reports API's dates: ISO 8601 with an offset written +0000 or +00:00.
QDateTime reportsTime(const QJsonValue& value)
{
    QString text = value.toString();
    static const QRegularExpression compactOffset(u"[+-]\\d{4}$"_s);
    if (compactOffset.match(text).hasMatch())
        text.insert(text.size() - 2, u':');
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}
} // namespace

VonageProvider::VonageProvider(ProviderConfig config, QByteArray secret, HttpClient http)
    : m_config(std::move(config)), m_secret(std::move(secret)), m_http(std::move(http))
{
}

ProviderKindInfo VonageProvider::kindInfo()
{
    ProviderKindInfo info;
    info.kind = u"vonage"_s;
    info.displayName = u"Vonage"_s;
    info.defaultBaseUrl = u"https://rest.nexmo.com"_s;
    info.defaultStatusPageUrl = u"https://vonageapi.statuspage.io/api/v2/status.json"_s;
    info.defaultReportsBaseUrl = u"https://api.nexmo.com"_s;
    info.validate = &validateVonage;
    info.create = [](const ProviderConfig& config, const QByteArray& secret, HttpClient http) {
        return std::unique_ptr<SmsProvider>(std::make_unique<VonageProvider>(config, secret, std::move(http)));
    };
    return info;
}

QUrl VonageProvider::url(const QString& path) const
{
    return m_config.apiUrl(path);
}

ProviderError VonageProvider::errorFromSendStatus(const QString& status, const QString& errorText)
{
    ProviderError error;
    error.httpStatus = 200;
    error.providerCode = status;
    error.providerMessage = errorText.left(500);
    // sms.yml x-errors; DeliveryErrorCodes::explainSendStatus says each one in an operator's words.
    struct SendStatus
    {
        int code;
        ProviderFailure failure;
        QStringView detail;
    };
    static constexpr SendStatus known[] {
        {1, ProviderFailure::RateLimited, {}}, // throttled
        {10, ProviderFailure::RateLimited, {}}, // too many existing binds
        {4, ProviderFailure::WrongCredentials, {}},
        {5, ProviderFailure::ProviderUnavailable, u"internal error at Vonage"},
        // partner account barred: the account is suspended, like Twilio's 30002
        {8, ProviderFailure::InsufficientBalance, u"Vonage account barred (suspended)"},
        {9, ProviderFailure::InsufficientBalance, {}}, // partner quota violation: no credit
        {29, ProviderFailure::Rejected, u"demo account: the destination is not on its whitelist"},
    };
    // Any other (2 missing, 3 invalid parameters, 6 invalid message, 7 number barred, 15 invalid
    // sender, ...): the message was refused.
    error.failure = ProviderFailure::Rejected;
    const int code = status.toInt();
    for (const SendStatus& entry : known) {
        if (entry.code == code) {
            error.failure = entry.failure;
            error.detail = entry.detail.toString();
        }
    }
    return error;
}

ProviderError VonageProvider::errorFromResponse(const HttpResponse& response)
{
    ProviderError error;
    error.httpStatus = response.status;
    if (const auto body = jsonObjectOf(response.body)) {
        // Account API: {"error-code": "401", "error-code-label": "authentication failed"}; Reports API:
        // {"type": ..., "title": "Unauthorized", "detail": "You did not provide correct credentials."}.
        error.providerCode = codeTextOf(body->value(u"error-code"_s));
        error.providerMessage = body->value(u"error-code-label"_s).toString();
        if (error.providerMessage.isEmpty())
            error.providerMessage = body->value(u"detail"_s).toString();
        if (error.providerMessage.isEmpty())
            error.providerMessage = body->value(u"title"_s).toString();
        error.providerMessage.truncate(500);
    }
    if (response.status == 401 || response.status == 403) {
        error.failure = ProviderFailure::WrongCredentials;
    } else if (response.status == 429) {
        error.failure = ProviderFailure::RateLimited;
        error.retryAfterSeconds = response.retryAfterSeconds;
    } else {
        error.classifyHttpStatus(response.status);
    }
    return error;
}

SmsStatus VonageProvider::statusFromVonage(const QString& status)
{
    const QString name = status.toLower();
    if (name == u"delivered")
        return SmsStatus::Delivered;
    if (name == u"expired")
        return SmsStatus::Undelivered;
    if (name == u"failed" || name == u"rejected" || name == u"deleted")
        return SmsStatus::Failed;
    if (name == u"accepted" || name == u"buffered") // with the carrier, no receipt yet
        return SmsStatus::Sent;
    return SmsStatus::Unknown; // "unknown": the carrier never said what became of it
}

HttpJob* VonageProvider::balanceRequest()
{
    // Basic auth keeps the secret out of the URL (the API also takes it as query parameters).
    return m_http.get(url(u"/account/get-balance"_s), {m_config.accountId, m_secret});
}

ProviderResult<AccountInfo> VonageProvider::parseAccount(const HttpResponse& response)
{
    auto balance = parseBalance(response);
    if (!balance)
        return balance.error();
    return AccountInfo {u"active"_s, {}};
}

ProviderResult<Balance> VonageProvider::parseBalance(const HttpResponse& response)
{
    if (response.status != 200)
        return errorFromResponse(response);
    const auto body = jsonObjectOf(response.body);
    if (!body || !body->value(u"value"_s).isDouble())
        return ProviderError::of(ProviderFailure::MalformedResponse, u"no balance value"_s);
    return Balance {decimalText(body->value(u"value"_s)), u"EUR"_s};
}

ProviderResult<SentMessage> VonageProvider::parseSent(const HttpResponse& response)
{
    if (response.status != 200)
        return errorFromResponse(response);
    const auto json = jsonObjectOf(response.body);
    const QJsonArray messages = json ? json->value(u"messages"_s).toArray() : QJsonArray();
    if (messages.isEmpty())
        return ProviderError::of(ProviderFailure::MalformedResponse, u"no messages in the answer"_s);
    // A long text is split in parts; the first part's ID names the message.
    for (const QJsonValue& part : messages) {
        const QString status = part.toObject().value(u"status"_s).toString();
        if (status != u"0")
            return errorFromSendStatus(status, part.toObject().value(u"error-text"_s).toString());
    }
    SentMessage sent;
    sent.messageId = messages.first().toObject().value(u"message-id"_s).toString();
    sent.status = SmsStatus::Queued;
    if (sent.messageId.isEmpty())
        return ProviderError::of(ProviderFailure::MalformedResponse, u"no message-id"_s);
    return sent;
}

ProviderResult<MessageStatusInfo> VonageProvider::parseMessageStatus(const HttpResponse& response,
                                                                     const QString& messageId)
{
    if (response.status != 200)
        return errorFromResponse(response);
    const auto json = jsonObjectOf(response.body);
    if (!json || !json->value(u"records"_s).isArray())
        return ProviderError::of(ProviderFailure::MalformedResponse, u"no records"_s);
    QJsonObject record;
    for (const QJsonValue& value : json->value(u"records"_s).toArray()) {
        if (value.toObject().value(u"message_id"_s).toString() == messageId) {
            record = value.toObject();
            break;
        }
    }
    if (record.isEmpty()) {
        // ids_not_found: a comma-separated list. Reports can lag a few minutes behind a send.
        if (json->value(u"ids_not_found"_s).toString().split(u',').contains(messageId)) {
            ProviderError error = ProviderError::of(ProviderFailure::Rejected, u"not in Vonage's reports (yet)"_s);
            error.httpStatus = response.status;
            return error;
        }
        return ProviderError::of(ProviderFailure::MalformedResponse, u"no record of the message"_s);
    }
    MessageStatusInfo info;
    info.messageId = messageId;
    info.to = record.value(u"to"_s).toString();
    info.status = statusFromVonage(record.value(u"status"_s).toString());
    const QString code = codeTextOf(record.value(u"error_code"_s));
    if (!code.isEmpty() && code != u"0") {
        info.errorCode = code;
        info.errorMessage = record.value(u"error_code_description"_s).toString().left(500);
    }
    info.createdAt = reportsTime(record.value(u"date_received"_s));
    info.updatedAt = reportsTime(record.value(u"date_finalized"_s));
    return info;
}

ProviderJob* VonageProvider::checkCredentials(QObject* context, Done<AccountInfo> done)
{
    // Vonage has no account resource on this API: a balance read proves the key and secret.
    return ProviderJob::run<AccountInfo>(balanceRequest(), context, &VonageProvider::parseAccount, std::move(done));
}

ProviderJob* VonageProvider::fetchBalance(QObject* context, Done<Balance> done)
{
    return ProviderJob::run<Balance>(balanceRequest(), context, &VonageProvider::parseBalance, std::move(done));
}

ProviderJob* VonageProvider::sendMessage(const QString& toE164, const QString& body, QObject* context,
                                         Done<SentMessage> done)
{
    QString to = toE164;
    if (to.startsWith(u'+'))
        to.remove(0, 1);
    QString from = m_config.sender;
    if (from.startsWith(u'+'))
        from.remove(0, 1);
    QList<QPair<QString, QString>> fields {{u"api_key"_s, m_config.accountId},
                                           {u"api_secret"_s, QString::fromUtf8(m_secret)},
                                           {u"from"_s, from},
                                           {u"to"_s, to},
                                           {u"text"_s, body}};
    // Vonage does not detect the encoding: without this, text outside GSM-7 arrives garbled.
    if (!GsmAlphabet::encodes(body))
        fields.append({u"type"_s, u"unicode"_s});
    const QByteArray form = HttpClient::formEncode(fields);
    return ProviderJob::run<SentMessage>(m_http.post(url(u"/sms/json"_s), form), context, &VonageProvider::parseSent,
                                         std::move(done));
}

ProviderJob* VonageProvider::fetchMessageStatus(const QString& messageId, QObject* context,
                                                Done<MessageStatusInfo> done)
{
    static const QRegularExpression idShape(u"^[A-Za-z0-9-]{8,40}$"_s);
    if (!idShape.match(messageId).hasMatch()) {
        return ProviderJob::fail<MessageStatusInfo>(
            ProviderError::of(ProviderFailure::Rejected, u"not a Vonage message-id"_s), context, std::move(done));
    }
    QUrl target = m_config.reportsUrl(u"/v2/reports/records"_s);
    target.setQuery(QUrlQuery {{u"account_id"_s, m_config.accountId},
                               {u"product"_s, u"SMS"_s},
                               {u"direction"_s, u"outbound"_s},
                               {u"id"_s, messageId}});
    return ProviderJob::run<MessageStatusInfo>(
        m_http.get(target, {m_config.accountId, m_secret}), context,
        [messageId](const HttpResponse& response) { return parseMessageStatus(response, messageId); }, std::move(done));
}

} // namespace backoffice
