// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/TestCertificates.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslServer>

namespace backoffice::test {

/// An HTTPS server on 127.0.0.1 with a certificate from a throw-away CA (TestCertificates). Proves that TLS
/// verification is on: without the CA the handshake fails; trusting only this CA it succeeds. Every request gets a
/// Twilio-shaped balance answer.
class TestTlsServer : public QObject
{
    Q_OBJECT

public:
    TestTlsServer();

    bool isValid() const { return m_valid; }
    const QString& problem() const { return m_problem; }
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const; ///< https://127.0.0.1:PORT
    const QList<QSslCertificate>& caCertificates() const { return m_ca; }
    int handshakesCompleted() const { return m_handshakes; }

private:
    void onConnection();

    TestCertificates m_certificates;
    QSslServer m_server;
    QList<QSslCertificate> m_ca;
    bool m_valid = false;
    QString m_problem;
    int m_handshakes = 0;
};

} // namespace backoffice::test
