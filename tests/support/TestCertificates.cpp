// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestCertificates.h"

#include <QFile>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::test {

TestCertificates::TestCertificates()
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
    m_valid = run(QStringList {u"req"_s, u"-x509"_s} + ec
                  + QStringList {u"-keyout"_s, dir + u"/ca.key"_s, u"-out"_s, caFile(), u"-days"_s, u"1"_s, u"-subj"_s,
                                 u"/CN=Back Office test CA"_s})
        && run(QStringList {u"req"_s} + ec
               + QStringList {u"-keyout"_s, serverKeyFile(), u"-out"_s, dir + u"/server.csr"_s, u"-subj"_s,
                              u"/CN=localhost"_s})
        && run({u"x509"_s, u"-req"_s, u"-in"_s, dir + u"/server.csr"_s, u"-CA"_s, caFile(), u"-CAkey"_s,
                dir + u"/ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, serverCertificateFile(), u"-days"_s, u"1"_s,
                u"-extfile"_s, dir + u"/ext.cnf"_s});
}

QString TestCertificates::caFile() const
{
    return m_dir.filePath(u"ca.pem"_s);
}

QString TestCertificates::serverCertificateFile() const
{
    return m_dir.filePath(u"server.pem"_s);
}

QString TestCertificates::serverKeyFile() const
{
    return m_dir.filePath(u"server.key"_s);
}

QList<QSslCertificate> TestCertificates::caCertificates() const
{
    return QSslCertificate::fromPath(caFile());
}

bool TestCertificates::run(const QStringList& arguments)
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

} // namespace backoffice::test
