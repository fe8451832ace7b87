// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/ProviderError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace backoffice {

struct HttpOptions;

/// What came back: any HTTP status (the provider maps 4xx/5xx to causes itself).
struct HttpResponse
{
    int status = 0;
    QByteArray body; ///< never logged: it may hold account details
    std::optional<int> retryAfterSeconds;
};

/// `body` as a JSON object, or nullopt when it is not one (what the providers answer is an object).
std::optional<QJsonObject> jsonObjectOf(const QByteArray& body);
/// A provider's code as text, whether its JSON gives it as a number or a string; empty otherwise.
QString codeTextOf(const QJsonValue& value);

/// One HTTP call, with its retries. Finishes exactly once (signal `finished`), later than the call
/// that started it; then either `transportError()` is set (no usable answer: timeout, refused, DNS,
/// TLS, too large, cancelled, cut off mid-answer) or `response()` holds the complete answer.
/// Deletes itself after `finished`.
///
/// The timeout bounds the whole job (connect, TLS, request, every byte of every answer, and the
/// retries), not the silence between bytes: a server trickling one byte a second cannot hold it.
/// A POST that went out without a complete answer fails with OutcomeUnknown: the provider may
/// have acted on it.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    /// HTTP Basic credentials; `password` is the provider's secret and is only put in the header.
    struct Credentials
    {
        QString user;
        QByteArray password;
        bool isEmpty() const { return user.isEmpty() && password.isEmpty(); }
    };

    HttpJob(QNetworkAccessManager* network, const HttpOptions& options, QByteArray method, QUrl url, QByteArray body,
            Credentials credentials, QObject* parent = nullptr);
    ~HttpJob() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const std::optional<ProviderError>& transportError() const { return m_transportError; }
    const HttpResponse& response() const { return m_response; }
    int attempts() const { return m_attempts; }

    /// Seconds from a Retry-After value (delta-seconds or an HTTP date relative to `now`).
    static std::optional<int> parseRetryAfter(const QByteArray& value, const QDateTime& now);

signals:
    void finished();

private:
    void startAttempt();
    void onDeadline();
    void onReadyRead();
    void onReplyFinished();
    /// No retry is due and no deadline runs any more: the job was cancelled or is finishing.
    void stopWaiting();
    void finish();

    QPointer<QNetworkAccessManager> m_network;
    int m_timeoutMs;
    qint64 m_maxBytes;
    int m_maxRetries;
    int m_defaultRetryDelayMs;
    int m_maxRetryDelayMs;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    Credentials m_credentials;

    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QByteArray m_buffer;
    int m_attempts = 0;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    bool m_requestMayHaveArrived = false; ///< the request (or part of it) reached the server
    bool m_finished = false;
    std::optional<ProviderError> m_transportError;
    HttpResponse m_response;
};

} // namespace backoffice
