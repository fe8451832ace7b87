// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/ProviderConfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QTcpSocket;

namespace backoffice::test {

/// A real HTTP/1.1 server on 127.0.0.1 speaking the parts of Twilio's REST API 2010-04-01
/// (shared/reference/twilio_api_v2010.json), Twilio Lookup v2 (twilio_lookups_v2.json), Vonage's
/// SMS, Account and Reports APIs
/// (shared/reference/vonage) and a Statuspage status.json that the providers use, answering what
/// the specifications' examples answer. It checks Basic auth, answers with the providers' own error bodies, records
/// every request, and can be told to misbehave (slow, silent, 401, 429, 5xx, malformed, oversized).
class FakeSmsServer : public QObject
{
    Q_OBJECT

public:
    /// What every answer does until changed (`times` < 0: forever; otherwise that many requests).
    enum class Fault
    {
        None,
        Slow, ///< answers normally after `slowMs`
        Never, ///< reads the request and never answers
        Unauthorized, ///< 401 with Twilio 20003
        TooManyRequests, ///< 429 with Twilio 20429 and Retry-After: retryAfter
        ServerError, ///< 500
        Unavailable, ///< 503 with Retry-After: retryAfter
        Malformed, ///< 200 with a body that is not JSON
        Oversized, ///< 200 with a 2 MiB body and its Content-Length
        OversizedUnannounced, ///< 200 with a 2 MiB body, no Content-Length, connection closed at the end
        CloseConnection, ///< closes the connection without answering
        /// Sends the answer one byte every `trickleMs`, from the status line on, and never ends (no
        /// Content-Length, spaces after the JSON): defeats a timeout that only bounds silence.
        Trickle,
        /// Sends status line and headers at once, then the body one byte every `trickleMs`, forever.
        TrickleBody,
        /// Carries the request out (a send creates the message), sends the head and half of the
        /// body, then resets the connection.
        ResetMidAnswer,
    };

    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query() const { return QUrlQuery(queryString); }
        QString queryString;
        QMap<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
        /// Form body values, decoded as a server decodes application/x-www-form-urlencoded ('+' is a space).
        QString formValue(const QString& name) const;
    };

    struct TwilioMessage
    {
        QString sid;
        QString to;
        QString from;
        QString body;
        QString status = QStringLiteral("queued");
        std::optional<int> errorCode;
        QString errorMessage;
    };

    /// What Lookup v2 knows of a number. The defaults are the spec's examples: a mobile line with
    /// Vodafone UK, no SIM swap in the last 24 hours, active.
    struct TwilioLookupEntry
    {
        QString lineType = QStringLiteral("mobile");
        QString carrierName = QStringLiteral("Vodafone UK");
        std::optional<int> lineTypeError; ///< set: line_type_intelligence answers only this error_code
        QString lastSimSwapDate; ///< ISO 8601; empty: null (carriers that do not tell the date)
        QString swappedPeriod = QStringLiteral("PT24H");
        bool swappedInPeriod = false;
        std::optional<int> simSwapError;
        QString lineStatus = QStringLiteral("active");
        std::optional<int> lineStatusError;
    };

    explicit FakeSmsServer(QObject* parent = nullptr);
    ~FakeSmsServer() override;

    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const; ///< http://127.0.0.1:PORT
    /// A Twilio provider whose API, status page and Lookup are this server, with its account SID
    /// (not yet stored; its auth token is twilioAuthToken).
    ProviderConfig twilioProvider() const;
    /// A Vonage provider whose SMS and Reports APIs are this server, with its API key (not yet
    /// stored; its secret is vonageApiSecret).
    ProviderConfig vonageProvider() const;
    /// Stops listening: new connections are refused.
    void stopListening() { m_server.close(); }

    // Accounts the server accepts.
    QString twilioAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    QByteArray twilioAuthToken = QByteArrayLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a0");
    QString twilioApiKeySid = QStringLiteral("SK0123456789abcdef0123456789abcdef");
    QByteArray twilioApiKeySecret = QByteArrayLiteral("apikeysecretapikeysecretapikey12");
    QString twilioAccountStatus = QStringLiteral("active");
    QString twilioBalance = QStringLiteral("12.50");
    QString twilioCurrency = QStringLiteral("USD");
    QString vonageApiKey = QStringLiteral("abcd1234");
    QByteArray vonageApiSecret = QByteArrayLiteral("VonageSecret123");
    double vonageBalance = 10.28; ///< account.yml's example
    QString vonageSendStatus = QStringLiteral("0"); ///< messages[].status of sms/json answers
    /// What the Reports API says of a message sent through this server until setVonageReport().
    QString vonageReportStatus = QStringLiteral("delivered");
    QString statusIndicator = QStringLiteral("none");
    /// What Lookup v2 answers for numbers not in twilioLookups.
    TwilioLookupEntry twilioLookup;
    QMap<QString, TwilioLookupEntry> twilioLookups;
    /// When set, a Twilio send answers 400 with this code (e.g. 21211) instead of 201.
    std::optional<int> twilioSendErrorCode;

    void setFault(Fault fault, int times = -1);
    /// When set, the fault only hits requests with this method ("POST": only sends misbehave).
    QByteArray faultMethod;
    int retryAfterSeconds = 1;
    int slowMs = 3000;
    int trickleMs = 200;

    /// Scripts the state Messages/{Sid}.json reports.
    void setMessageStatus(const QString& sid, const QString& status, std::optional<int> errorCode = std::nullopt,
                          const QString& errorMessage = {});
    QString lastMessageSid() const { return m_lastSid; }
    /// Scripts the Reports API record of a Vonage message (sent through this server or not).
    void setVonageReport(const QString& messageId, const QString& status,
                         const QString& errorCode = QStringLiteral("0"),
                         const QString& errorDescription = QStringLiteral("Delivered"));

    const QList<Request>& requests() const { return m_requests; }
    int count(const QByteArray& method, const QString& pathSuffix = {}) const;
    void clearRequests() { m_requests.clear(); }

signals:
    void requestReceived();

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    /// A provider of `kind` whose messaging API is this server.
    ProviderConfig provider(const QString& kind, const QString& name, const QString& accountId,
                            const QString& sender) const;
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const Request& request);
    Answer route(const Request& request);
    Answer twilio(const Request& request, const QString& accountPath);
    Answer twilioLookupAnswer(const Request& request, const QString& number);
    Answer vonage(const Request& request);
    Answer vonageReports(const Request& request);
    void send(QTcpSocket* socket, const Answer& answer, bool announceLength = true);
    static QByteArray head(const Answer& answer, std::optional<qint64> contentLength);
    void trickle(QTcpSocket* socket, const QByteArray& start);
    bool basicAuthIs(const Request& request, const QString& user, const QByteArray& password) const;
    static Answer json(int status, const QJsonObject& object);
    static Answer twilioError(int status, int code, const QString& message);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Request> m_requests;
    QMap<QString, TwilioMessage> m_messages;
    struct VonageReport
    {
        QString to;
        QString status;
        QString errorCode;
        QString errorDescription;
    };
    QMap<QString, VonageReport> m_vonageReports;
    QString m_lastSid;
    Fault m_fault = Fault::None;
    int m_faultTimes = -1;
    int m_nextSid = 1;
};

} // namespace backoffice::test
