// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FakeSmsServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::test {

namespace {
QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return u"OK"_s;
    case 201:
        return u"Created"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 404:
        return u"Not Found"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 503:
        return u"Service Unavailable"_s;
    default:
        return u"Status"_s;
    }
}

QString rfc2822Now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date);
}
} // namespace

QString FakeSmsServer::Request::formValue(const QString& name) const
{
    for (const QByteArray& pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        if (QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray(key).replace('+', ' '))) != name)
            continue;
        value.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
    }
    return {};
}

FakeSmsServer::FakeSmsServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeSmsServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FakeSmsServer::~FakeSmsServer()
{
    for (QTcpSocket* socket : m_buffers.keys())
        socket->disconnect(this);
}

QString FakeSmsServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

void FakeSmsServer::setFault(Fault fault, int times)
{
    m_fault = fault;
    m_faultTimes = times;
}

void FakeSmsServer::setMessageStatus(const QString& sid, const QString& status, std::optional<int> errorCode,
                                     const QString& errorMessage)
{
    TwilioMessage& message = m_messages[sid];
    message.sid = sid;
    message.status = status;
    message.errorCode = errorCode;
    message.errorMessage = errorMessage;
}

int FakeSmsServer::count(const QByteArray& method, const QString& pathSuffix) const
{
    int n = 0;
    for (const Request& request : m_requests) {
        if (request.method == method && request.path.endsWith(pathSuffix))
            ++n;
    }
    return n;
}

void FakeSmsServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeSmsServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() < 2) {
            socket->disconnectFromHost();
            return;
        }
        request.method = requestLine.at(0);
        const QUrl target(QString::fromLatin1(requestLine.at(1)));
        request.path = target.path();
        request.queryString = target.query(QUrl::FullyEncoded);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        handle(socket, request);
        emit requestReceived();
    }
}

void FakeSmsServer::handle(QTcpSocket* socket, const Request& request)
{
    Fault fault = m_fault;
    if (!faultMethod.isEmpty() && request.method != faultMethod)
        fault = Fault::None;
    else if (m_faultTimes == 0)
        fault = Fault::None;
    else if (m_faultTimes > 0)
        --m_faultTimes;

    switch (fault) {
    case Fault::None:
        send(socket, route(request));
        return;
    case Fault::Slow: {
        const Answer answer = route(request);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(slowMs, this, [this, guard, answer] {
            if (guard)
                send(guard, answer);
        });
        return;
    }
    case Fault::Never:
        return;
    case Fault::Unauthorized:
        send(socket, twilioError(401, 20003, u"Authenticate"_s));
        return;
    case Fault::TooManyRequests: {
        Answer answer = twilioError(429, 20429, u"Too Many Requests"_s);
        answer.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
        send(socket, answer);
        return;
    }
    case Fault::ServerError:
        send(socket, twilioError(500, 20500, u"Internal Server Error"_s));
        return;
    case Fault::Unavailable: {
        Answer answer = twilioError(503, 20503, u"Service Unavailable"_s);
        answer.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
        send(socket, answer);
        return;
    }
    case Fault::Malformed:
        send(socket, {200, QByteArrayLiteral("<html>not json</html>"), {}});
        return;
    case Fault::Oversized:
        send(socket, {200, QByteArray(2 * 1024 * 1024, 'x'), {}});
        return;
    case Fault::OversizedUnannounced:
        send(socket, {200, QByteArray(2 * 1024 * 1024, 'x'), {}}, false);
        return;
    case Fault::CloseConnection:
        socket->abort();
        return;
    case Fault::Trickle:
        trickle(socket, head(route(request), std::nullopt));
        return;
    case Fault::TrickleBody:
        socket->write(head(route(request), std::nullopt));
        trickle(socket, {});
        return;
    case Fault::ResetMidAnswer: {
        const Answer answer = route(request);
        socket->write(head(answer, answer.body.size()) + answer.body.left(answer.body.size() / 2));
        socket->flush();
        socket->abort();
        return;
    }
    }
}

void FakeSmsServer::trickle(QTcpSocket* socket, const QByteArray& start)
{
    // After `start`, spaces: valid JSON whitespace that never ends.
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, start, sent] {
        socket->write(*sent < start.size() ? start.mid(*sent, 1) : QByteArray(" "));
        ++*sent;
    });
    timer->start(trickleMs);
}

bool FakeSmsServer::basicAuthIs(const Request& request, const QString& user, const QByteArray& password) const
{
    const QByteArray header = request.headers.value("authorization");
    if (!header.startsWith("Basic "))
        return false;
    return QByteArray::fromBase64(header.mid(6)) == user.toUtf8() + ':' + password;
}

FakeSmsServer::Answer FakeSmsServer::json(int status, const QJsonObject& object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

FakeSmsServer::Answer FakeSmsServer::twilioError(int status, int code, const QString& message)
{
    return json(status,
                {{u"code"_s, code},
                 {u"message"_s, message},
                 {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)},
                 {u"status"_s, status}});
}

FakeSmsServer::Answer FakeSmsServer::route(const Request& request)
{
    static const QRegularExpression accountPath(u"^/2010-04-01/Accounts/([A-Za-z0-9]+)(.*)$"_s);
    if (const auto match = accountPath.match(request.path); match.hasMatch()) {
        if (match.captured(1) != twilioAccountSid && !match.captured(2).isEmpty())
            return twilioError(404, 20404, u"The requested resource was not found"_s);
        const bool authorised = basicAuthIs(request, twilioAccountSid, twilioAuthToken)
            || basicAuthIs(request, twilioApiKeySid, twilioApiKeySecret);
        if (!authorised)
            return twilioError(401, 20003, u"Authenticate"_s);
        if (match.captured(1) != twilioAccountSid)
            return twilioError(404, 20404, u"The requested resource was not found"_s);
        return twilio(request, match.captured(2));
    }
    if (request.path == u"/api/v2/status.json" && request.method == "GET") {
        return json(
            200,
            {{u"page"_s, QJsonObject {{u"id"_s, u"fake"_s}, {u"name"_s, u"Fake"_s}}},
             {u"status"_s,
              QJsonObject {{u"indicator"_s, statusIndicator},
                           {u"description"_s,
                            statusIndicator == u"none" ? u"All Systems Operational"_s : u"Partial System Outage"_s}}}});
    }
    return vonage(request);
}

FakeSmsServer::Answer FakeSmsServer::twilio(const Request& request, const QString& rest)
{
    const bool withAuthToken = basicAuthIs(request, twilioAccountSid, twilioAuthToken);
    if (rest == u".json" && request.method == "GET") {
        if (!withAuthToken) // standard API keys may not read the account
            return twilioError(401, 20003, u"Authenticate"_s);
        return json(200,
                    {{u"sid"_s, twilioAccountSid},
                     {u"status"_s, twilioAccountStatus},
                     {u"type"_s, u"Full"_s},
                     {u"friendly_name"_s, u"Fake account"_s},
                     {u"auth_token"_s, QString::fromLatin1(twilioAuthToken)},
                     {u"date_created"_s, rfc2822Now()}});
    }
    if (rest == u"/Balance.json" && request.method == "GET") {
        return json(
            200,
            {{u"account_sid"_s, twilioAccountSid}, {u"balance"_s, twilioBalance}, {u"currency"_s, twilioCurrency}});
    }
    if (rest == u"/Messages.json" && request.method == "GET")
        return json(200, {{u"messages"_s, QJsonArray()}, {u"page"_s, 0}, {u"page_size"_s, 1}});
    if (rest == u"/Messages.json" && request.method == "POST") {
        const QString to = request.formValue(u"To"_s);
        const QString from = request.formValue(u"From"_s);
        const QString service = request.formValue(u"MessagingServiceSid"_s);
        static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
        if (!e164.match(to).hasMatch())
            return twilioError(400, 21211, u"The 'To' number %1 is not a valid phone number."_s.arg(to));
        if (from.isEmpty() && service.isEmpty())
            return twilioError(400, 21603, u"The 'From' number is required."_s);
        if (twilioSendErrorCode)
            return twilioError(400, *twilioSendErrorCode, u"Scripted error %1"_s.arg(*twilioSendErrorCode));
        TwilioMessage message;
        message.sid = u"SM%1"_s.arg(m_nextSid++, 32, 16, QLatin1Char('0'));
        message.to = to;
        message.from = from;
        message.body = request.formValue(u"Body"_s);
        m_messages.insert(message.sid, message);
        m_lastSid = message.sid;
        return json(201,
                    {{u"sid"_s, message.sid},
                     {u"account_sid"_s, twilioAccountSid},
                     {u"to"_s, to},
                     {u"from"_s, from},
                     {u"messaging_service_sid"_s, service.isEmpty() ? QJsonValue() : QJsonValue(service)},
                     {u"body"_s, message.body},
                     {u"status"_s, u"queued"_s},
                     {u"error_code"_s, QJsonValue()},
                     {u"error_message"_s, QJsonValue()},
                     {u"date_created"_s, rfc2822Now()},
                     {u"date_updated"_s, rfc2822Now()}});
    }
    static const QRegularExpression messagePath(u"^/Messages/([A-Za-z0-9]+)\\.json$"_s);
    if (const auto match = messagePath.match(rest); match.hasMatch() && request.method == "GET") {
        const auto found = m_messages.constFind(match.captured(1));
        if (found == m_messages.constEnd())
            return twilioError(404, 20404, u"The requested resource was not found"_s);
        return json(
            200,
            {{u"sid"_s, found->sid},
             {u"to"_s, found->to},
             {u"status"_s, found->status},
             {u"error_code"_s, found->errorCode ? QJsonValue(*found->errorCode) : QJsonValue()},
             {u"error_message"_s, found->errorMessage.isEmpty() ? QJsonValue() : QJsonValue(found->errorMessage)},
             {u"date_created"_s, u"Mon, 23 Nov 2026 12:00:00 +0000"_s},
             {u"date_updated"_s, u"Mon, 23 Nov 2026 12:00:05 +0000"_s}});
    }
    return twilioError(404, 20404, u"The requested resource was not found"_s);
}

FakeSmsServer::Answer FakeSmsServer::vonage(const Request& request)
{
    if (request.path == u"/account/get-balance" && request.method == "GET") {
        const QUrlQuery query = request.query();
        const bool authorised = basicAuthIs(request, vonageApiKey, vonageApiSecret)
            || (query.queryItemValue(u"api_key"_s) == vonageApiKey
                && query.queryItemValue(u"api_secret"_s).toUtf8() == vonageApiSecret);
        if (!authorised)
            return json(401, {{u"error-code"_s, u"401"_s}, {u"error-code-label"_s, u"authentication failed"_s}});
        return json(200, {{u"value"_s, vonageBalance}, {u"autoReload"_s, false}});
    }
    if (request.path == u"/sms/json" && request.method == "POST") {
        if (request.formValue(u"api_key"_s) != vonageApiKey
            || request.formValue(u"api_secret"_s).toUtf8() != vonageApiSecret) {
            return json(200,
                        {{u"message-count"_s, u"1"_s},
                         {u"messages"_s,
                          QJsonArray {QJsonObject {{u"status"_s, u"4"_s}, {u"error-text"_s, u"Bad Credentials"_s}}}}});
        }
        if (vonageSendStatus != u"0") {
            return json(
                200,
                {{u"message-count"_s, u"1"_s},
                 {u"messages"_s,
                  QJsonArray {QJsonObject {{u"status"_s, vonageSendStatus}, {u"error-text"_s, u"Scripted error"_s}}}}});
        }
        m_lastSid = u"0A%1"_s.arg(m_nextSid++, 14, 16, QLatin1Char('0')).toUpper();
        return json(200,
                    {{u"message-count"_s, u"1"_s},
                     {u"messages"_s,
                      QJsonArray {QJsonObject {{u"to"_s, request.formValue(u"to"_s)},
                                               {u"message-id"_s, m_lastSid},
                                               {u"status"_s, u"0"_s},
                                               {u"remaining-balance"_s, u"10.20"_s},
                                               {u"message-price"_s, u"0.08"_s},
                                               {u"network"_s, u"23410"_s}}}}});
    }
    if (request.path == u"/search/message" && request.method == "GET") {
        if (!basicAuthIs(request, vonageApiKey, vonageApiSecret))
            return json(401, {{u"error-code"_s, u"401"_s}, {u"error-code-label"_s, u"authentication failed"_s}});
        return json(200,
                    {{u"message-id"_s, request.query().queryItemValue(u"id"_s)},
                     {u"to"_s, u"447700900000"_s},
                     {u"final-status"_s, vonageFinalStatus},
                     {u"error-code"_s, vonageErrorCode},
                     {u"error-code-label"_s, vonageErrorCode == u"0" ? u""_s : u"Absent Subscriber"_s},
                     {u"date-received"_s, u"2026-11-23 12:00:00"_s},
                     {u"date-closed"_s, u"2026-11-23 12:00:09"_s}});
    }
    return json(404, {{u"error-code"_s, u"404"_s}, {u"error-code-label"_s, u"not found"_s}});
}

QByteArray FakeSmsServer::head(const Answer& answer, std::optional<qint64> contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status).toLatin1()
        + "\r\nContent-Type: application/json\r\n";
    for (const auto& [name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    if (contentLength)
        head += "Content-Length: " + QByteArray::number(*contentLength) + "\r\n";
    head += "Connection: close\r\n\r\n";
    return head;
}

void FakeSmsServer::send(QTcpSocket* socket, const Answer& answer, bool announceLength)
{
    socket->write(head(answer, announceLength ? std::optional<qint64>(answer.body.size()) : std::nullopt));
    socket->write(answer.body);
    socket->disconnectFromHost();
}

} // namespace backoffice::test
