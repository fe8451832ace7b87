// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/email/SmtpSettings.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace backoffice::test {

class TestCertificates;

/// A real SMTP server on 127.0.0.1: Debian's python3-aiosmtpd, started by the test
/// (tests/support/smtp_server.py) and stopped with it. Plain, STARTTLS or implicit TLS with a
/// certificate from TestCertificates; AUTH required when a user is given. Every message it
/// accepts is reported with its headers and body as Python's e-mail parser decodes them.
class TestSmtpServer : public QObject
{
    Q_OBJECT

public:
    enum class Security
    {
        None,
        StartTls,
        Tls
    };

    struct Received
    {
        QString mailFrom;
        QStringList rcptTos;
        QString from;
        QString to;
        QString subject;
        QString date;
        QString messageId;
        QString body;
        bool tls = false;
        bool authenticated = false;
        QByteArray raw; ///< the message as it arrived after DATA
    };

    /// `certificates` is needed for StartTls and Tls.
    explicit TestSmtpServer(Security security, const TestCertificates* certificates = nullptr, const QString& user = {},
                            const QString& password = {});
    ~TestSmtpServer() override;

    bool isValid() const { return m_port != 0; }
    const QString& problem() const { return m_problem; }
    quint16 port() const { return m_port; }
    const QList<Received>& received() const { return m_received; }
    /// The e-mail settings that send through this server as `fromAddress`: 127.0.0.1, its port, no
    /// TLS (what only a Security::None server on this computer may be given) and no AUTH.
    SmtpSettings plainSettings(const QString& fromAddress) const;

signals:
    void messageReceived();

private:
    void readLines();

    QProcess m_process;
    QByteArray m_buffer;
    quint16 m_port = 0;
    QString m_problem;
    QList<Received> m_received;
};

} // namespace backoffice::test
