// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSmtpServer.h"

#include "tests/support/TestCertificates.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::test {

TestSmtpServer::TestSmtpServer(Security security, const TestCertificates* certificates, const QString& user,
                               const QString& password)
{
    // -W ignore: aiosmtpd warns about its own deprecated attributes on every AUTH.
    QStringList arguments {u"-W"_s, u"ignore"_s, QStringLiteral(BACKOFFICE_TEST_SUPPORT_DIR "/smtp_server.py")};
    if (security != Security::None) {
        if (!certificates || !certificates->isValid()) {
            m_problem = u"TLS needs valid test certificates"_s;
            return;
        }
        arguments << u"--security"_s << (security == Security::Tls ? u"tls"_s : u"starttls"_s) << u"--cert"_s
                  << certificates->serverCertificateFile() << u"--key"_s << certificates->serverKeyFile();
    }
    if (!user.isEmpty())
        arguments << u"--user"_s << user << u"--password"_s << password;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Debian's own python3, where python3-aiosmtpd is installed.
    m_process.start(u"/usr/bin/python3"_s, arguments);
    // The first line says the port it listens on: waiting for it is waiting for the server to be up.
    const QDeadlineTimer deadline(20000);
    while (!m_buffer.contains('\n') && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        m_buffer += m_process.readAllStandardOutput();
    }
    const qsizetype end = m_buffer.indexOf('\n');
    const QJsonObject ready = QJsonDocument::fromJson(m_buffer.left(end)).object();
    m_port = quint16(ready.value(u"ready"_s).toInt());
    if (m_port == 0) {
        m_problem = u"the SMTP server did not start: %1"_s.arg(m_process.errorString());
        return;
    }
    m_buffer.remove(0, end + 1);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &TestSmtpServer::readLines);
}

TestSmtpServer::~TestSmtpServer()
{
    m_process.disconnect(this);
    m_process.kill();
    m_process.waitForFinished(5000);
}

SmtpSettings TestSmtpServer::plainSettings(const QString& fromAddress) const
{
    SmtpSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = m_port;
    settings.security = SmtpSecurity::None;
    settings.fromAddress = fromAddress;
    return settings;
}

void TestSmtpServer::readLines()
{
    m_buffer += m_process.readAllStandardOutput();
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        const QJsonObject line = QJsonDocument::fromJson(m_buffer.left(end)).object();
        m_buffer.remove(0, end + 1);
        Received message;
        message.mailFrom = line.value(u"mail_from"_s).toString();
        for (const QJsonValue& to : line.value(u"rcpt_tos"_s).toArray())
            message.rcptTos.append(to.toString());
        message.from = line.value(u"from"_s).toString();
        message.to = line.value(u"to"_s).toString();
        message.subject = line.value(u"subject"_s).toString();
        message.date = line.value(u"date"_s).toString();
        message.messageId = line.value(u"message_id"_s).toString();
        message.body = line.value(u"body"_s).toString();
        message.tls = line.value(u"tls"_s).toBool();
        message.authenticated = line.value(u"authenticated"_s).toBool();
        message.raw = QByteArray::fromBase64(line.value(u"raw"_s).toString().toLatin1());
        m_received.append(message);
        emit messageReceived();
    }
}

} // namespace backoffice::test
