// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/HttpJob.h"

#include "core/common/Logging.h"
#include "core/sms/HttpClient.h"
#include "core/sms/NetworkBackend.h"
#include "core/sms/OneShotUpload.h"

#include <QJsonDocument>
#include <QNetworkReply>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

std::optional<QJsonObject> jsonObjectOf(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString codeTextOf(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isString())
        return value.toString();
    return {};
}

HttpJob::HttpJob(QNetworkAccessManager* network, const HttpOptions& options, QByteArray method, QUrl url,
                 QByteArray body, Credentials credentials, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_timeoutMs(options.timeoutMs)
    , m_maxBytes(options.maxResponseBytes)
    , m_maxRetries(options.maxGetRetries)
    , m_defaultRetryDelayMs(options.defaultRetryDelayMs)
    , m_maxRetryDelayMs(options.maxRetryDelayMs)
    , m_method(std::move(method))
    , m_url(std::move(url))
    , m_body(std::move(body))
    , m_credentials(std::move(credentials))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpJob::startAttempt);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_deadline, &QTimer::timeout, this, &HttpJob::onDeadline);
    // Started from the event loop so that nothing finishes inside the caller's call.
    QTimer::singleShot(0, this, &HttpJob::startAttempt);
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    stopWaiting();
    if (m_reply) {
        m_reply->abort(); // onReplyFinished reports Cancelled
        return;
    }
    m_transportError = ProviderError::of(ProviderFailure::Cancelled);
    finish();
}

void HttpJob::startAttempt()
{
    if (m_finished || m_cancelled)
        return;
    if (!m_network) {
        m_transportError = ProviderError::of(ProviderFailure::ProviderUnavailable, u"no network access"_s);
        finish();
        return;
    }
    if (!m_url.isValid() || (m_url.scheme() != u"https" && m_url.scheme() != u"http")) {
        m_transportError = ProviderError::of(ProviderFailure::ProviderUnavailable, u"invalid URL"_s);
        finish();
        return;
    }
    if (m_attempts == 0) {
        // One deadline for the whole job, retries included (a transfer timeout only bounds silence).
        m_elapsed.start();
        m_deadline.start(m_timeoutMs);
    }
    ++m_attempts;
    m_buffer.clear();
    NetworkBackend::Request request;
    request.method = m_method;
    request.url = m_url;
    // No compression: the size limit then counts the bytes on the wire, and no archive bomb unpacks.
    request.rawHeaders = {{"Accept", "application/json"}, {"Accept-Encoding", "identity"}};
    if (!m_credentials.isEmpty()) {
        const QByteArray pair = m_credentials.user.toUtf8() + ':' + m_credentials.password;
        request.rawHeaders.append({"Authorization", "Basic " + pair.toBase64()});
    }
    if (m_method == "POST") {
        // Never re-sent, not even by Qt after a dropped connection (see OneShotUpload).
        request.body = new OneShotUpload(m_body);
        request.bodySize = m_body.size();
    }
    NetworkBackend::Listener listener;
    listener.mayHaveArrived = [this] {
        m_requestMayHaveArrived = true;
    };
    listener.announcedLength = [this](qint64 length) {
        if (length > m_maxBytes && !m_tooLarge && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    };
    m_reply = network().start(*m_network, request, this, std::move(listener));
    connect(m_reply.data(), &QIODevice::readyRead, this, &HttpJob::onReadyRead);
    network().onFinished(*m_reply, this, [this] { onReplyFinished(); });
}

void HttpJob::onDeadline()
{
    if (m_finished)
        return;
    m_timedOut = true;
    if (m_reply) {
        m_reply->abort(); // onReplyFinished reports the timeout
        return;
    }
    // Waiting to retry: the last answer stands.
    m_retryTimer.stop();
    finish();
}

void HttpJob::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_buffer += m_reply->readAll();
    if (m_buffer.size() > m_maxBytes) {
        m_tooLarge = true;
        m_buffer.clear();
        m_reply->abort();
    }
}

namespace {
/// Errors of the connection itself, as opposed to those Qt derives from an HTTP status (400 gives
/// ProtocolInvalidOperationError, 407 ProxyAuthenticationRequiredError, ...): with one of these
/// the answer, if any, is incomplete.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 1 && code <= 9) || code == QNetworkReply::UnknownNetworkError
        || (code >= QNetworkReply::ProxyConnectionRefusedError && code <= QNetworkReply::ProxyTimeoutError)
        || code == QNetworkReply::UnknownProxyError || code == QNetworkReply::ContentReSendError
        || code == QNetworkReply::ProtocolFailure;
}
} // namespace

void HttpJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_tooLarge && reply->isOpen())
        m_buffer += reply->readAll();

    const NetworkBackend::Outcome outcome = network().outcome(*reply);
    const std::optional<int>& httpStatus = outcome.httpStatus;
    const QNetworkReply::NetworkError error = outcome.error;
    if (m_tooLarge) {
        m_transportError = ProviderError::of(ProviderFailure::MalformedResponse,
                                             u"response larger than %1 bytes refused"_s.arg(m_maxBytes));
        finish();
        return;
    }
    if (m_cancelled && !m_timedOut) {
        m_transportError = ProviderError::of(ProviderFailure::Cancelled);
        finish();
        return;
    }
    if (!httpStatus || m_timedOut || isTransportError(error)) {
        ProviderError failure = ProviderError::of(ProviderFailure::ProviderUnavailable);
        switch (m_timedOut ? QNetworkReply::TimeoutError : error) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            failure.detail = u"timeout after %1 s"_s.arg(m_timeoutMs / 1000.0);
            break;
        case QNetworkReply::ConnectionRefusedError:
            failure.detail = u"connection refused"_s;
            break;
        case QNetworkReply::HostNotFoundError:
            failure.detail = u"host not found (DNS)"_s;
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            failure.failure = ProviderFailure::TlsFailure;
            failure.detail = u"TLS handshake failed"_s;
            break;
        case QNetworkReply::RemoteHostClosedError:
            failure.detail = httpStatus ? u"connection closed in the middle of the answer"_s
                                        : u"connection closed by the server"_s;
            break;
        case QNetworkReply::ContentReSendError: // a POST is never re-sent: it may have arrived
            failure.detail = u"connection closed before the answer; the request may have been received"_s;
            break;
        default:
            failure.detail = u"network error %1"_s.arg(int(error));
            break;
        }
        if (httpStatus)
            failure.httpStatus = *httpStatus;
        // A POST that reached the server may have been carried out (an SMS sent) even though its
        // answer never arrived whole, unless the server said it refused it.
        const bool refusedByServer = httpStatus && *httpStatus >= 400;
        if (m_method == "POST" && failure.failure != ProviderFailure::TlsFailure && !refusedByServer
            && (m_requestMayHaveArrived || error == QNetworkReply::ContentReSendError))
            failure.failure = ProviderFailure::OutcomeUnknown;
        qCInfo(lcSms) << m_method << m_url.host() << m_url.path() << "failed:" << failure.detail
                      << providerFailureToString(failure.failure);
        m_transportError = failure;
        finish();
        return;
    }

    m_response.status = *httpStatus;
    m_response.body = m_buffer;
    m_response.retryAfterSeconds = parseRetryAfter(outcome.retryAfter, QDateTime::currentDateTimeUtc());
    qCDebug(lcSms) << m_method << m_url.host() << m_url.path() << "->" << m_response.status << "attempt" << m_attempts;

    // Only reads are retried: a POST that sends an SMS may have been accepted before the error.
    // A retry is made only when it can start within the job's deadline.
    const bool retryable = m_method == "GET" && (m_response.status == 429 || m_response.status == 503);
    if (retryable && m_attempts <= m_maxRetries) {
        const int delayMs = m_response.retryAfterSeconds ? *m_response.retryAfterSeconds * 1000 : m_defaultRetryDelayMs;
        if (delayMs <= m_maxRetryDelayMs && m_elapsed.elapsed() + delayMs < m_timeoutMs) {
            m_retryTimer.start(delayMs);
            return;
        }
    }
    finish();
}

void HttpJob::stopWaiting()
{
    m_retryTimer.stop();
    m_deadline.stop();
}

void HttpJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    stopWaiting();
    emit finished();
    deleteLater();
}

std::optional<int> HttpJob::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const int seconds = trimmed.toInt(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
    // HTTP dates name the zone "GMT", which Qt's RFC 2822 parser only reads as an offset.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT"))
        text = text.chopped(4) + u" +0000"_s;
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return int(std::max<qint64>(0, now.secsTo(at)));
}

} // namespace backoffice
