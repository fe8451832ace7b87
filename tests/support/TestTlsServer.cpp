// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestTlsServer.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::test {

TestTlsServer::TestTlsServer()
{
    if (!m_certificates.isValid()) {
        m_problem = m_certificates.problem();
        return;
    }
    m_ca = m_certificates.caCertificates();
    const QList<QSslCertificate> server = QSslCertificate::fromPath(m_certificates.serverCertificateFile());
    QFile keyFile(m_certificates.serverKeyFile());
    if (m_ca.isEmpty() || server.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        m_problem = u"openssl made unreadable files"_s;
        return;
    }
    const QSslKey key(keyFile.readAll(), QSsl::Ec);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(server.first());
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for client certificates
    m_server.setSslConfiguration(configuration);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &TestTlsServer::onConnection);
    m_valid = m_server.listen(QHostAddress::LocalHost, 0);
    if (!m_valid)
        m_problem = m_server.errorString();
}

QString TestTlsServer::baseUrl() const
{
    return u"https://127.0.0.1:%1"_s.arg(port());
}

void TestTlsServer::onConnection()
{
    while (m_server.hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        ++m_handshakes;
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::readyRead, socket, [socket] {
            if (!socket->peek(1 << 16).contains("\r\n\r\n"))
                return;
            socket->readAll();
            const QByteArray body
                = R"({"account_sid":"AC0123456789abcdef0123456789abcdef","balance":"1.00","currency":"USD"})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
}

} // namespace backoffice::test
