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
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 422:
        return u"Unprocessable Entity"_s;
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

ProviderConfig FakeSmsServer::twilioProvider() const
{
    ProviderConfig config = provider(u"twilio"_s, u"Twilio"_s, twilioAccountSid, u"+14155550100"_s);
    config.statusPageUrl = config.lookupBaseUrl = baseUrl();
    return config;
}

ProviderConfig FakeSmsServer::vonageProvider() const
{
    ProviderConfig config = provider(u"vonage"_s, u"Vonage"_s, vonageApiKey, u"BackOffice"_s);
    config.reportsBaseUrl = baseUrl();
    return config;
}

ProviderConfig FakeSmsServer::provider(const QString& kind, const QString& name, const QString& accountId,
                                       const QString& sender) const
{
    ProviderConfig config;
    config.kind = kind;
    config.name = name;
    config.accountId = accountId;
    config.sender = sender;
    config.baseUrl = baseUrl();
    return config;
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

void FakeSmsServer::setVonageReport(const QString& messageId, const QString& status, const QString& errorCode,
                                    const QString& errorDescription)
{
    VonageReport& report = m_vonageReports[messageId];
    if (report.to.isEmpty())
        report.to = u"447700900000"_s;
    report.status = status;
    report.errorCode = errorCode;
    report.errorDescription = errorDescription;
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
    static const QRegularExpression lookupPath(u"^/v2/PhoneNumbers/([^/]+)$"_s);
    if (const auto match = lookupPath.match(request.path); match.hasMatch() && request.method == "GET") {
        if (!basicAuthIs(request, twilioAccountSid, twilioAuthToken)
            && !basicAuthIs(request, twilioApiKeySid, twilioApiKeySecret))
            return twilioError(401, 20003, u"Authenticate"_s);
        return twilioLookupAnswer(request, match.captured(1));
    }
    return vonage(request);
}

FakeSmsServer::Answer FakeSmsServer::twilioLookupAnswer(const Request& request, const QString& number)
{
    // twilio_lookups_v2.json LookupResponse: every package is null unless asked for in Fields; an
    // invalid number answers valid:false with its validation_errors (the fetchInvalid example).
    const QStringList fields = request.query().queryItemValue(u"Fields"_s, QUrl::FullyDecoded).split(u',');
    const TwilioLookupEntry entry = twilioLookups.value(number, twilioLookup);
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    const bool valid = e164.match(number).hasMatch();
    const bool british = number.startsWith(u"+44"_s);
    QJsonObject answer {{u"calling_country_code"_s, valid ? QJsonValue(british ? u"44"_s : u"1"_s) : QJsonValue()},
                        {u"country_code"_s, valid ? QJsonValue(british ? u"GB"_s : u"US"_s) : QJsonValue()},
                        {u"phone_number"_s, number},
                        {u"national_format"_s, QJsonValue()},
                        {u"valid"_s, valid},
                        {u"validation_errors"_s, valid ? QJsonValue() : QJsonArray {u"TOO_LONG"_s}},
                        {u"caller_name"_s, QJsonValue()},
                        {u"sim_swap"_s, QJsonValue()},
                        {u"call_forwarding"_s, QJsonValue()},
                        {u"line_status"_s, QJsonValue()},
                        {u"line_type_intelligence"_s, QJsonValue()},
                        {u"identity_match"_s, QJsonValue()},
                        {u"reassigned_number"_s, QJsonValue()},
                        {u"sms_pumping_risk"_s, QJsonValue()},
                        {u"phone_number_quality_score"_s, QJsonValue()},
                        {u"pre_fill"_s, QJsonValue()},
                        {u"url"_s, u"https://lookups.twilio.com/v2/PhoneNumbers/%1"_s.arg(number)}};
    if (!valid)
        return json(200, answer);
    // A package the account may not use: its keys null, only error_code set.
    const auto errorOnly = [](int code, const QStringList& keys) {
        QJsonObject object {{u"error_code"_s, code}};
        for (const QString& key : keys)
            object.insert(key, QJsonValue());
        return object;
    };
    if (fields.contains(u"line_type_intelligence"_s)) {
        answer.insert(u"line_type_intelligence"_s,
                      entry.lineTypeError ? errorOnly(
                          *entry.lineTypeError,
                          {u"mobile_country_code"_s, u"mobile_network_code"_s, u"carrier_name"_s, u"type"_s})
                                          : QJsonObject {{u"error_code"_s, QJsonValue()},
                                                         {u"mobile_country_code"_s, u"234"_s},
                                                         {u"mobile_network_code"_s, u"15"_s},
                                                         {u"carrier_name"_s, entry.carrierName},
                                                         {u"type"_s, entry.lineType}});
    }
    if (fields.contains(u"sim_swap"_s)) {
        answer.insert(
            u"sim_swap"_s,
            entry.simSwapError
                ? errorOnly(*entry.simSwapError,
                            {u"last_sim_swap"_s, u"carrier_name"_s, u"mobile_country_code"_s, u"mobile_network_code"_s})
                : QJsonObject {
                    {u"last_sim_swap"_s,
                     QJsonObject {{u"last_sim_swap_date"_s,
                                   entry.lastSimSwapDate.isEmpty() ? QJsonValue() : QJsonValue(entry.lastSimSwapDate)},
                                  {u"swapped_period"_s, entry.swappedPeriod},
                                  {u"swapped_in_period"_s, entry.swappedInPeriod}}},
                    {u"carrier_name"_s, entry.carrierName},
                    {u"mobile_country_code"_s, u"276"_s},
                    {u"mobile_network_code"_s, u"02"_s},
                    {u"error_code"_s, QJsonValue()}});
    }
    if (fields.contains(u"line_status"_s)) {
        answer.insert(u"line_status"_s,
                      entry.lineStatusError
                          ? errorOnly(*entry.lineStatusError, {u"status"_s})
                          : QJsonObject {{u"status"_s, entry.lineStatus}, {u"error_code"_s, QJsonValue()}});
    }
    return json(200, answer);
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
            // sms.yml x-errors: the error-text is the description's title.
            static const QMap<QString, QString> errorTexts {
                {u"1"_s, u"Throttled"_s},
                {u"2"_s, u"Missing Parameters"_s},
                {u"3"_s, u"Invalid Parameters"_s},
                {u"5"_s, u"Internal Error"_s},
                {u"6"_s, u"Invalid Message"_s},
                {u"7"_s, u"Number Barred"_s},
                {u"8"_s, u"Partner Account Barred"_s},
                {u"9"_s, u"Partner Quota Violation"_s},
                {u"10"_s, u"Too Many Existing Binds"_s},
                {u"15"_s, u"Invalid Sender Address"_s},
                {u"29"_s, u"Non-Whitelisted Destination"_s},
            };
            return json(200,
                        {{u"message-count"_s, u"1"_s},
                         {u"messages"_s,
                          QJsonArray {QJsonObject {{u"status"_s, vonageSendStatus},
                                                   {u"error-text"_s, errorTexts.value(vonageSendStatus)}}}}});
        }
        m_lastSid = u"0A%1"_s.arg(m_nextSid++, 14, 16, QLatin1Char('0')).toUpper();
        m_vonageReports.insert(m_lastSid, {request.formValue(u"to"_s), vonageReportStatus, u"0"_s, u"Delivered"_s});
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
    if (request.path == u"/v2/reports/records" && request.method == "GET")
        return vonageReports(request);
    return json(404, {{u"error-code"_s, u"404"_s}, {u"error-code-label"_s, u"not found"_s}});
}

FakeSmsServer::Answer FakeSmsServer::vonageReports(const Request& request)
{
    // reports.yml: GET /v2/reports/records, basicAuth only; its 401, 403 and 422 bodies.
    const QString instance = u"f94b4e56604e07e5e5ad5a7228618f81"_s;
    if (!basicAuthIs(request, vonageApiKey, vonageApiSecret))
        return json(401,
                    {{u"type"_s, u"https://developer.nexmo.com/api-errors#unauthorized"_s},
                     {u"title"_s, u"Unauthorized"_s},
                     {u"detail"_s, u"You did not provide correct credentials."_s},
                     {u"instance"_s, instance}});
    const QUrlQuery query = request.query();
    for (const QString& required : {u"account_id"_s, u"product"_s, u"direction"_s}) {
        if (query.queryItemValue(required).isEmpty())
            return json(
                422,
                {{u"title"_s, u"Unprocessable entity"_s},
                 {u"invalid_parameters"_s,
                  QJsonArray {QJsonObject {{u"reason"_s, u"Missing required parameter"_s}, {u"name"_s, required}}}},
                 {u"instance"_s, instance}});
    }
    if (query.queryItemValue(u"account_id"_s) != vonageApiKey)
        return json(403,
                    {{u"title"_s, u"Forbidden"_s},
                     {u"detail"_s, u"User not authorized to query the requested data"_s},
                     {u"instance"_s, instance}});
    QJsonArray records;
    QStringList notFound;
    for (const QString& id : query.queryItemValue(u"id"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto found = m_vonageReports.constFind(id);
        if (found == m_vonageReports.constEnd()) {
            notFound.append(id);
            continue;
        }
        records.append(QJsonObject {{u"account_id"_s, vonageApiKey},
                                    {u"message_id"_s, id},
                                    {u"direction"_s, u"outbound"_s},
                                    {u"from"_s, u"BackOffice"_s},
                                    {u"to"_s, found->to},
                                    {u"network"_s, u"23415"_s},
                                    {u"network_name"_s, u"Vodafone Limited"_s},
                                    {u"country"_s, u"GB"_s},
                                    {u"country_name"_s, u"United Kingdom"_s},
                                    {u"date_received"_s, u"2019-06-28T15:30:00+0000"_s},
                                    {u"date_finalized"_s, u"2019-06-28T15:30:09+0000"_s},
                                    {u"latency"_s, 42},
                                    {u"status"_s, found->status},
                                    {u"error_code"_s, found->errorCode},
                                    {u"error_code_description"_s, found->errorDescription},
                                    {u"currency"_s, u"EUR"_s},
                                    {u"total_price"_s, 0.042}});
    }
    QJsonObject answer {{u"request_id"_s, u"aaaaaaaa-bbbb-cccc-dddd-0123456789ab"_s},
                        {u"request_status"_s, u"SUCCESS"_s},
                        {u"received_at"_s, u"2019-06-28T15:30:10+0000"_s},
                        {u"account_id"_s, vonageApiKey},
                        {u"product"_s, u"SMS"_s},
                        {u"direction"_s, u"outbound"_s},
                        {u"include_message"_s, false},
                        {u"show_concatenated"_s, false},
                        {u"items_count"_s, records.size()},
                        {u"records"_s, records}};
    if (!notFound.isEmpty())
        answer.insert(u"ids_not_found"_s, notFound.join(u','));
    return json(200, answer);
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
