// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/HttpClient.h"
#include "core/sms/ProviderFactory.h"
#include "core/sms/SmsProvider.h"

namespace backoffice {

/// Vonage's (Nexmo's) APIs as its own OpenAPI descriptions give them (shared/reference/vonage):
/// account/get-balance on rest.nexmo.com (Basic auth with the API key and secret; a balance in EUR),
/// sms/json there (form POST with api_key/api_secret; HTTP 200 even on failure, messages[].status "0"
/// on success, else an error; `type=unicode` for text outside GSM-7), and the delivery status from
/// the Reports API (GET /v2/reports/records on api.nexmo.com, Basic auth; the deprecated Message
/// Search API would need the secret in the URL).
class VonageProvider final : public SmsProvider
{
public:
    VonageProvider(ProviderConfig config, QByteArray secret, HttpClient http);

    static ProviderKindInfo kindInfo();
    /// The cause behind a messages[].status other than "0" (exposed for the mapping test).
    static ProviderError errorFromSendStatus(const QString& status, const QString& errorText);
    static ProviderError errorFromResponse(const HttpResponse& response);
    /// A Reports API record's `status` (delivered, expired, failed, rejected, accepted, buffered,
    /// unknown, deleted). Vonage's `unknown`, and a status this build does not know, are Unknown:
    /// never "sent".
    static SmsStatus statusFromVonage(const QString& status);

    // The answers' parsers: pure functions of the HTTP answer (tested and fuzzed on their own).
    static ProviderResult<AccountInfo> parseAccount(const HttpResponse& response); ///< account/get-balance
    static ProviderResult<Balance> parseBalance(const HttpResponse& response); ///< account/get-balance
    static ProviderResult<SentMessage> parseSent(const HttpResponse& response); ///< POST sms/json
    /// GET /v2/reports/records?id=... : the record of `messageId`.
    static ProviderResult<MessageStatusInfo> parseMessageStatus(const HttpResponse& response, const QString& messageId);

    QString kind() const override { return QStringLiteral("vonage"); }
    ProviderJob* checkCredentials(QObject* context, Done<AccountInfo> done) override;
    ProviderJob* fetchBalance(QObject* context, Done<Balance> done) override;
    ProviderJob* sendMessage(const QString& toE164, const QString& body, QObject* context,
                             Done<SentMessage> done) override;
    ProviderJob* fetchMessageStatus(const QString& messageId, QObject* context, Done<MessageStatusInfo> done) override;

private:
    QUrl url(const QString& path) const;
    HttpJob* balanceRequest();

    ProviderConfig m_config;
    QByteArray m_secret;
    HttpClient m_http;
};

} // namespace backoffice
