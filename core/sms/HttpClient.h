// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/HttpJob.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace backoffice {

/// How provider HTTP calls behave. The defaults are the product's rules; tests shorten the delays.
struct HttpOptions
{
    int timeoutMs = 10000; ///< bounds the whole call: connect, TLS, request, answer, retries
    qint64 maxResponseBytes = 1024 * 1024; ///< larger bodies are refused while reading
    int maxGetRetries = 2; ///< GET retried on 429/503 at most this many times; POST never
    int defaultRetryDelayMs = 1000; ///< when the answer has no Retry-After
    int maxRetryDelayMs = 5000; ///< Retry-After is honoured up to this bound; longer waits are not retried
};

/// Starts provider HTTP calls on an injected QNetworkAccessManager with the product's rules: a
/// timeout on the whole exchange, a response size limit, bounded GET retries, no POST retries,
/// TLS verification as Qt does it (never ignored). Jobs report asynchronously, never from inside get()/post().
class HttpClient
{
public:
    HttpClient(QNetworkAccessManager* network, HttpOptions options = {});

    HttpJob* get(const QUrl& url, const HttpJob::Credentials& credentials = {});
    /// `form` is already encoded (see formEncode).
    HttpJob* post(const QUrl& url, const QByteArray& form, const HttpJob::Credentials& credentials = {});

    const HttpOptions& options() const { return m_options; }

    /// application/x-www-form-urlencoded with every name and value percent-encoded: a literal '+'
    /// becomes %2B (a bare '+' would be read as a space and break E.164 numbers).
    static QByteArray formEncode(const QList<QPair<QString, QString>>& fields);

private:
    QPointer<QNetworkAccessManager> m_network;
    HttpOptions m_options;
};

} // namespace backoffice
