// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

namespace backoffice::test {

/// A throw-away certificate authority and a server certificate it signed (subjectAltName
/// localhost and 127.0.0.1), made by `openssl` at test time in a temporary folder. Shared by the
/// HTTPS and the SMTP test servers: trusting only this CA, their handshakes succeed; without it
/// they must fail.
class TestCertificates
{
public:
    TestCertificates();

    bool isValid() const { return m_valid; }
    const QString& problem() const { return m_problem; }
    QString caFile() const; ///< PEM
    QString serverCertificateFile() const; ///< PEM
    QString serverKeyFile() const; ///< PEM, unencrypted
    QList<QSslCertificate> caCertificates() const;

private:
    bool run(const QStringList& arguments);

    QTemporaryDir m_dir;
    bool m_valid = false;
    QString m_problem;
};

} // namespace backoffice::test
