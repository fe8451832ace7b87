// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/HttpClient.h"
#include "core/sms/ProviderFactory.h"
#include "core/sms/SmsProvider.h"

namespace backoffice {

/// Twilio's REST API 2010-04-01 (shared/reference/twilio_api_v2010.json): paths end in .json, HTTP
/// Basic auth with the Account SID and Auth Token (or an API Key SID and its secret, the Account
/// SID staying in the path), form-encoded POSTs, JSON error bodies {code, message, more_info, status}.
class TwilioProvider final : public SmsProvider
{
public:
    TwilioProvider(ProviderConfig config, QByteArray secret, HttpClient http);

    static ProviderKindInfo kindInfo();
    /// The failure cause of a non-2xx answer (exposed for the data-driven mapping test).
    static ProviderError errorFromResponse(const HttpResponse& response);
    static std::optional<SmsStatus> statusFromTwilio(const QString& status);
    /// Basic auth for `config`'s account: the API Key SID when set, else the Account SID, with `secret`.
    static HttpJob::Credentials credentialsFor(const ProviderConfig& config, const QByteArray& secret);

    // The answers' parsers: pure functions of the HTTP answer (tested and fuzzed on their own).
    /// GET Accounts/{Sid}.json, or Messages.json?PageSize=1 when `withApiKey` (no account status then).
    static ProviderResult<AccountInfo> parseAccount(const HttpResponse& response, bool withApiKey);
    static ProviderResult<Balance> parseBalance(const HttpResponse& response); ///< Balance.json
    static ProviderResult<SentMessage> parseSent(const HttpResponse& response); ///< POST Messages.json
    static ProviderResult<MessageStatusInfo> parseMessageStatus(const HttpResponse& response); ///< Messages/{Sid}.json

    QString kind() const override { return QStringLiteral("twilio"); }
    ProviderJob* checkCredentials(QObject* context, Done<AccountInfo> done) override;
    ProviderJob* fetchBalance(QObject* context, Done<Balance> done) override;
    ProviderJob* sendMessage(const QString& toE164, const QString& body, QObject* context,
                             Done<SentMessage> done) override;
    ProviderJob* fetchMessageStatus(const QString& messageId, QObject* context, Done<MessageStatusInfo> done) override;

private:
    QUrl accountUrl(const QString& suffix) const;
    HttpJob::Credentials credentials() const;

    ProviderConfig m_config;
    QByteArray m_secret;
    HttpClient m_http;
};

} // namespace backoffice
