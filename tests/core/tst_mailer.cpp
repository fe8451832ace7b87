// SPDX-License-Identifier: GPL-3.0-or-later
// The Mailer against a real SMTP server on 127.0.0.1 (python3-aiosmtpd): STARTTLS and implicit TLS
// through the throw-away CA, AUTH, what the server received (envelope, From/To/Subject/body as a
// real parser decodes them), a certificate nobody trusts refused, STARTTLS never skipped, plain
// SMTP only on loopback, the timeout, cancelling, header injection refused.
#include "core/email/Mailer.h"
#include "tests/support/AwaitJob.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestSmtpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

Q_DECLARE_METATYPE(backoffice::EmailMessage)
Q_DECLARE_METATYPE(backoffice::SmtpSettings)

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

class TestMailer : public QObject
{
    Q_OBJECT

    TestCertificates m_certificates;

    static SmtpSettings settingsFor(quint16 port, SmtpSecurity security)
    {
        SmtpSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = port;
        settings.security = security;
        settings.fromAddress = u"backoffice@bank.example"_s;
        settings.timeoutMs = 10000;
        return settings;
    }

    static EmailMessage message(const QString& to = u"client@example.com"_s)
    {
        return {to, u"Your verification code"_s, u"Your code is 123456.\nIt expires in 10 minutes.\n"_s};
    }

    MailerOptions trustingTheTestCa() const { return {m_certificates.caFile()}; }

    static MailResult send(const Mailer& mailer, const SmtpSettings& settings, const EmailMessage& email,
                           const QByteArray& password = {})
    {
        return awaitFinished<MailResult>(mailer.send(settings, password, email));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<MailResult>();
        QVERIFY2(m_certificates.isValid(), qPrintable(m_certificates.problem()));
    }

    void deliversOverTls_data()
    {
        QTest::addColumn<TestSmtpServer::Security>("serverSecurity");
        QTest::addColumn<SmtpSecurity>("security");
        QTest::newRow("starttls") << TestSmtpServer::Security::StartTls << SmtpSecurity::StartTls;
        QTest::newRow("implicit tls") << TestSmtpServer::Security::Tls << SmtpSecurity::Tls;
    }

    void deliversOverTls()
    {
        QFETCH(TestSmtpServer::Security, serverSecurity);
        QFETCH(SmtpSecurity, security);
        TestSmtpServer server(serverSecurity, &m_certificates);
        QVERIFY2(server.isValid(), qPrintable(server.problem()));
        const MailResult result = send(Mailer(trustingTheTestCa()), settingsFor(server.port(), security), message());
        QVERIFY2(result.ok, qPrintable(result.describe() + u" / "_s + result.detail));
        QCOMPARE(result.smtpCode, 250);
        QTRY_COMPARE(server.received().size(), 1);
        const TestSmtpServer::Received& mail = server.received().first();
        QCOMPARE(mail.mailFrom, u"backoffice@bank.example"_s);
        QCOMPARE(mail.rcptTos, QStringList {u"client@example.com"_s});
        QCOMPARE(mail.from, u"backoffice@bank.example"_s);
        QCOMPARE(mail.to, u"client@example.com"_s);
        QCOMPARE(mail.subject, u"Your verification code"_s);
        QCOMPARE(mail.body, u"Your code is 123456.\nIt expires in 10 minutes.\n"_s);
        QVERIFY(mail.tls);
        QVERIFY(!mail.date.isEmpty());
        QVERIFY2(mail.messageId.endsWith(u"@bank.example>"_s), qPrintable(mail.messageId));
        QVERIFY2(mail.raw.contains("\r\n\r\n"), "CRLF line ends on the wire");
    }

    void textOutsideAsciiArrivesIntact()
    {
        TestSmtpServer server(TestSmtpServer::Security::StartTls, &m_certificates);
        QVERIFY2(server.isValid(), qPrintable(server.problem()));
        EmailMessage email = message();
        email.subject = u"Code de vérification — ваш код для входа в личный кабинет, действует 10 минут"_s;
        email.body = u"Bonjour Zoë,\nvotre code : 123456 🔒\n.\nUne ligne qui commence par un point.\n"_s;
        const MailResult result
            = send(Mailer(trustingTheTestCa()), settingsFor(server.port(), SmtpSecurity::StartTls), email);
        QVERIFY2(result.ok, qPrintable(result.detail));
        QTRY_COMPARE(server.received().size(), 1);
        QCOMPARE(server.received().first().subject, email.subject);
        QCOMPARE(server.received().first().body, email.body);
    }

    void authenticatesWithUserAndPassword()
    {
        TestSmtpServer server(TestSmtpServer::Security::StartTls, &m_certificates, u"mailer"_s, u"s3cret-pass"_s);
        QVERIFY2(server.isValid(), qPrintable(server.problem()));
        SmtpSettings settings = settingsFor(server.port(), SmtpSecurity::StartTls);
        settings.user = u"mailer"_s;
        const Mailer mailer(trustingTheTestCa());

        const MailResult wrong = send(mailer, settings, message(), "wrong-pass");
        QVERIFY(!wrong.ok);
        QCOMPARE(wrong.failure, MailFailure::AuthenticationFailed);
        QVERIFY2(!wrong.detail.contains(u"wrong-pass"_s), "never the password in a message");

        const MailResult right = send(mailer, settings, message(), "s3cret-pass");
        QVERIFY2(right.ok, qPrintable(right.detail));
        QTRY_COMPARE(server.received().size(), 1);
        QVERIFY(server.received().first().authenticated);
    }

    void aUserWithoutPasswordIsRefusedBeforeConnecting()
    {
        SmtpSettings settings = settingsFor(25, SmtpSecurity::StartTls);
        settings.user = u"mailer"_s;
        const MailResult result = send(Mailer(), settings, message());
        QCOMPARE(result.failure, MailFailure::MissingPassword);
        QCOMPARE(result.curlCode, 0);
    }

    void aCertificateNobodyTrustsIsRefused_data()
    {
        QTest::addColumn<bool>("otherCa");
        QTest::newRow("system CAs only") << false;
        QTest::newRow("another throw-away CA") << true;
    }

    void aCertificateNobodyTrustsIsRefused()
    {
        QFETCH(bool, otherCa);
        TestSmtpServer server(TestSmtpServer::Security::StartTls, &m_certificates);
        QVERIFY2(server.isValid(), qPrintable(server.problem()));
        TestCertificates other;
        QVERIFY(other.isValid());
        const Mailer mailer(otherCa ? MailerOptions {other.caFile()} : MailerOptions {});
        const MailResult result = send(mailer, settingsFor(server.port(), SmtpSecurity::StartTls), message());
        QVERIFY(!result.ok);
        QCOMPARE(result.failure, MailFailure::TlsFailure);
        QCOMPARE(server.received().size(), 0);
    }

    void aServerWithoutStartTlsGetsNothingInClear()
    {
        TestSmtpServer server(TestSmtpServer::Security::None);
        QVERIFY2(server.isValid(), qPrintable(server.problem()));
        SmtpSettings settings = settingsFor(server.port(), SmtpSecurity::StartTls);
        settings.user = u"mailer"_s;
        const MailResult result = send(Mailer(trustingTheTestCa()), settings, message(), "s3cret-pass");
        QVERIFY(!result.ok);
        QCOMPARE(result.failure, MailFailure::StartTlsRefused);
        QCOMPARE(server.received().size(), 0);
    }

    void plainSmtpOnlyOnLoopback()
    {
        TestSmtpServer server(TestSmtpServer::Security::None);
        QVERIFY2(server.isValid(), qPrintable(server.problem()));
        const MailResult local = send(Mailer(), settingsFor(server.port(), SmtpSecurity::None), message());
        QVERIFY2(local.ok, qPrintable(local.detail));
        QTRY_COMPARE(server.received().size(), 1);
        QVERIFY(!server.received().first().tls);

        for (const QString& host : {u"mail.example.com"_s, u"192.0.2.10"_s, u"localhost.example.com"_s}) {
            SmtpSettings remote = settingsFor(server.port(), SmtpSecurity::None);
            remote.host = host;
            const MailResult refused = send(Mailer(), remote, message());
            QCOMPARE(refused.failure, MailFailure::InvalidInput);
            QVERIFY2(refused.detail.startsWith(u"security"_s), qPrintable(refused.detail));
            QCOMPARE(refused.curlCode, 0);
        }
    }

    void aRefusedRecipientIsRejectedWithTheServersCode()
    {
        TestSmtpServer server(TestSmtpServer::Security::StartTls, &m_certificates);
        QVERIFY2(server.isValid(), qPrintable(server.problem()));
        const MailResult result = send(Mailer(trustingTheTestCa()), settingsFor(server.port(), SmtpSecurity::StartTls),
                                       message(u"nobody@refused.example"_s));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure, MailFailure::Rejected);
        QCOMPARE(result.smtpCode, 550);
    }

    void nothingListeningIsUnreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const MailResult result = send(Mailer(), settingsFor(port, SmtpSecurity::StartTls), message());
        QCOMPARE(result.failure, MailFailure::Unreachable);
    }

    void theTimeoutBoundsASilentServer()
    {
        QTcpServer silent; // accepts and never greets
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SmtpSettings settings = settingsFor(silent.serverPort(), SmtpSecurity::StartTls);
        settings.timeoutMs = 1000;
        QElapsedTimer elapsed;
        elapsed.start();
        const MailResult result = send(Mailer(), settings, message());
        QCOMPARE(result.failure, MailFailure::TimedOut);
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    }

    void cancellingStopsTheTransfer()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QSignalSpy connected(&silent, &QTcpServer::newConnection);
        SmtpSettings settings = settingsFor(silent.serverPort(), SmtpSecurity::StartTls);
        settings.timeoutMs = 60000;
        MailJob* job = Mailer().send(settings, {}, message());
        std::optional<MailResult> result;
        job->then(this, [&](const MailResult& sent) { result = sent; });
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(connected.wait(10000));
        QElapsedTimer elapsed;
        elapsed.start();
        job->cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(result);
        QCOMPARE(result->failure, MailFailure::Cancelled);
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    }

    void headerInjectionIsRefused_data()
    {
        QTest::addColumn<EmailMessage>("email");
        QTest::addColumn<QString>("field");
        QTest::newRow("subject with a header")
            << EmailMessage {u"client@example.com"_s, u"Code\r\nBcc: all@evil.example"_s, u"x"_s} << u"subject"_s;
        QTest::newRow("recipient with a command")
            << EmailMessage {u"client@example.com>\r\nRCPT TO:<all@evil.example"_s, u"Code"_s, u"x"_s} << u"to"_s;
        QTest::newRow("two recipients") << EmailMessage {u"client@example.com, all@evil.example"_s, u"Code"_s, u"x"_s}
                                        << u"to"_s;
        QTest::newRow("empty subject") << EmailMessage {u"client@example.com"_s, u" "_s, u"x"_s} << u"subject"_s;
    }

    void headerInjectionIsRefused()
    {
        QFETCH(EmailMessage, email);
        QFETCH(QString, field);
        TestSmtpServer server(TestSmtpServer::Security::None);
        QVERIFY2(server.isValid(), qPrintable(server.problem()));
        const MailResult result = send(Mailer(), settingsFor(server.port(), SmtpSecurity::None), email);
        QCOMPARE(result.failure, MailFailure::InvalidInput);
        QVERIFY2(result.detail.startsWith(field), qPrintable(result.detail));
        QCOMPARE(server.received().size(), 0);
    }

    void settingsProblemsNameTheirFields_data()
    {
        QTest::addColumn<SmtpSettings>("settings");
        QTest::addColumn<QStringList>("fields");
        SmtpSettings good = settingsFor(587, SmtpSecurity::StartTls);
        good.host = u"smtp.bank.example"_s;
        QTest::newRow("valid") << good << QStringList();
        SmtpSettings bad = good;
        bad.host = u"smtp://smtp.bank.example"_s;
        bad.port = 0;
        bad.fromAddress = u"Back Office <bo@bank.example>"_s;
        bad.timeoutMs = 500;
        QTest::newRow("everything wrong") << bad << QStringList {u"host"_s, u"port"_s, u"from"_s, u"timeout"_s};
        SmtpSettings plain = good;
        plain.security = SmtpSecurity::None;
        QTest::newRow("plain to a remote host") << plain << QStringList {u"security"_s};
        plain.host = u"::1"_s;
        QTest::newRow("plain to ::1") << plain << QStringList();
        plain.host = u"localhost"_s;
        QTest::newRow("plain to localhost") << plain << QStringList();
    }

    void settingsProblemsNameTheirFields()
    {
        QFETCH(SmtpSettings, settings);
        QFETCH(QStringList, fields);
        QStringList found;
        for (const Error& problem : settings.validate())
            found.append(problem.field);
        QCOMPARE(found, fields);
    }
};

QTEST_GUILESS_MAIN(TestMailer)
#include "tst_mailer.moc"
