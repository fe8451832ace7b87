// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/HttpClient.h"
#include "core/sms/ProviderFactory.h"
#include "core/sms/SmsProvider.h"

namespace backoffice {

/// Vonage's (Nexmo's) SMS API on rest.nexmo.com: account/get-balance (Basic auth with the API key
/// and secret; balance in EUR), sms/json (form POST with api_key/api_secret; HTTP 200 even on
/// failure, messages[].status "0" on success, 1..9 errors) and search/message for delivery state.
class VonageProvider final : public SmsProvider
{
public:
    VonageProvider(ProviderConfig config, QByteArray secret, HttpClient http);

    static ProviderKindInfo kindInfo();
    /// The cause behind a messages[].status other than "0" (exposed for the mapping test).
    static ProviderError errorFromSendStatus(const QString& status, const QString& errorText);
    static ProviderError errorFromResponse(const HttpResponse& response);
    /// search/message "final-status" (DELIVRD, EXPIRED, UNDELIV, REJECTD, ACCEPTD, BUFFERED, ...).
    static SmsStatus statusFromVonage(const QString& finalStatus);

    // The answers' parsers: pure functions of the HTTP answer (tested and fuzzed on their own).
    static ProviderResult<AccountInfo> parseAccount(const HttpResponse& response); ///< account/get-balance
    static ProviderResult<Balance> parseBalance(const HttpResponse& response); ///< account/get-balance
    static ProviderResult<SentMessage> parseSent(const HttpResponse& response); ///< POST sms/json
    static ProviderResult<MessageStatusInfo> parseMessageStatus(const HttpResponse& response); ///< search/message

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
