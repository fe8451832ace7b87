// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestTlsServer.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::test {

TestTlsServer::TestTlsServer()
{
    const QString dir = m_dir.path();
    const QStringList ec {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    QFile extensions(dir + u"/ext.cnf"_s);
    if (!extensions.open(QIODevice::WriteOnly)) {
        m_problem = u"cannot write the extension file"_s;
        return;
    }
    extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
    extensions.close();
    if (!run(QStringList {u"req"_s, u"-x509"_s} + ec
             + QStringList {u"-keyout"_s, dir + u"/ca.key"_s, u"-out"_s, dir + u"/ca.pem"_s, u"-days"_s, u"1"_s,
                            u"-subj"_s, u"/CN=Back Office test CA"_s})
        || !run(QStringList {u"req"_s} + ec
                + QStringList {u"-keyout"_s, dir + u"/server.key"_s, u"-out"_s, dir + u"/server.csr"_s, u"-subj"_s,
                               u"/CN=localhost"_s})
        || !run({u"x509"_s, u"-req"_s, u"-in"_s, dir + u"/server.csr"_s, u"-CA"_s, dir + u"/ca.pem"_s, u"-CAkey"_s,
                 dir + u"/ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, dir + u"/server.pem"_s, u"-days"_s, u"1"_s,
                 u"-extfile"_s, dir + u"/ext.cnf"_s}))
        return;

    m_ca = QSslCertificate::fromPath(dir + u"/ca.pem"_s);
    const QList<QSslCertificate> server = QSslCertificate::fromPath(dir + u"/server.pem"_s);
    QFile keyFile(dir + u"/server.key"_s);
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

bool TestTlsServer::run(const QStringList& arguments)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_problem
            = u"openssl %1 failed: %2"_s.arg(arguments.first(), QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
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
