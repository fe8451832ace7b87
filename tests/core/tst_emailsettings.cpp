// SPDX-License-Identifier: GPL-3.0-or-later
// E-mail settings on a real SQLite database and the real keychain: permissions, audit events that
// never hold the password, plain SMTP only to loopback, and EmailSender sending with the stored
// settings and the keychain's password to a real SMTP server (python3-aiosmtpd) over STARTTLS.
#include "core/audit/AuditLog.h"
#include "core/email/EmailSender.h"
#include "core/email/EmailSettings.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/AwaitJob.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "tests/support/TestSmtpServer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

namespace {

SmtpSettings settings(quint16 port = 587)
{
    SmtpSettings smtp;
    smtp.host = u"127.0.0.1"_s;
    smtp.port = port;
    smtp.security = SmtpSecurity::StartTls;
    smtp.user = u"mailer"_s;
    smtp.fromAddress = u"backoffice@bank.example"_s;
    return smtp;
}

QList<AuditEvent> events(const Database& database, const char* action)
{
    AuditFilter filter;
    filter.action = QString::fromLatin1(action);
    return AuditLog(database).list(filter).value();
}
} // namespace

class TestEmailSettings : public QObject
{
    Q_OBJECT

    KeychainSecretStore m_secrets {uniqueKeychainService()};

    static Status storePassword(const EmailSettings& email, const Actor& actor, const QByteArray& password)
    {
        return awaitStatus([&](QObject* context, auto done) { email.storePassword(actor, password, context, done); });
    }

    static MailResult sent(MailJob* job) { return awaitFinished<MailResult>(job); }

private slots:
    void initTestCase() { qRegisterMetaType<MailResult>(); }

    void savedSettingsAreReadBackAndAudited()
    {
        TestDatabase database;
        EmailSettings email(database.db(), m_secrets);
        QVERIFY(!email.read(admin).value().has_value());
        QVERIFY(email.save(admin, settings()).ok());
        const auto stored = email.read(viewer);
        QVERIFY(stored.ok());
        QVERIFY(stored.value().has_value());
        QCOMPARE(stored.value()->host, u"127.0.0.1"_s);
        QCOMPARE(stored.value()->port, 587);
        QCOMPARE(stored.value()->security, SmtpSecurity::StartTls);
        QCOMPARE(stored.value()->user, u"mailer"_s);
        QCOMPARE(stored.value()->fromAddress, u"backoffice@bank.example"_s);
        QCOMPARE(stored.value()->timeoutMs, SmtpSettings::DefaultTimeoutMs);
        QVERIFY(!stored.value()->hasPassword);

        SmtpSettings edited = settings(465);
        edited.security = SmtpSecurity::Tls;
        QVERIFY(email.save(admin, edited).ok());
        const QList<AuditEvent> changes = events(database.db(), AuditAction::EmailSettingsChanged);
        QCOMPARE(changes.size(), 2);
        QVERIFY2(changes.first().before.contains(u"starttls"_s), qPrintable(changes.first().before));
        QVERIFY2(changes.first().after.contains(u"\"tls\""_s), qPrintable(changes.first().after));
        QCOMPARE(changes.first().operatorName, admin.userName);
    }

    void onlyAdministratorsChangeThem()
    {
        TestDatabase database;
        EmailSettings email(database.db(), m_secrets);
        const Status refused = email.save(support, settings());
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QVERIFY(!email.load().value().has_value());
        QVERIFY(email.save(admin, settings()).ok());
        QCOMPARE(storePassword(email, support, "pw-123456").error().code, Error::Code::PermissionDenied);
        QCOMPARE(events(database.db(), AuditAction::PermissionRefused).size(), 2);
    }

    void plainSmtpToAnotherHostIsRefused()
    {
        TestDatabase database;
        EmailSettings email(database.db(), m_secrets);
        SmtpSettings plain = settings(25);
        plain.security = SmtpSecurity::None;
        plain.host = u"mail.bank.example"_s;
        const Status refused = email.save(admin, plain);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().field, u"security"_s);
        QVERIFY(!email.load().value().has_value());
        plain.host = u"localhost"_s;
        QVERIFY(email.save(admin, plain).ok());
    }

    void thePasswordGoesToTheKeychainOnly()
    {
        TestDatabase database;
        EmailSettings email(database.db(), m_secrets);
        QCOMPARE(storePassword(email, admin, "pw-123456").error().code, Error::Code::NotFound);
        QVERIFY(email.save(admin, settings()).ok());
        QCOMPARE(storePassword(email, admin, "two words").error().field, u"password"_s);
        QVERIFY(storePassword(email, admin, "pw-123456").ok());
        QVERIFY(email.load().value()->hasPassword);
        QCOMPARE(m_secrets.readBlocking(SecretKeys::smtpPassword(database.db().databaseId())).value(),
                 QByteArray("pw-123456"));
        const QList<AuditEvent> changed = events(database.db(), AuditAction::EmailPasswordChanged);
        QCOMPARE(changed.size(), 1);
        const QList<AuditEvent> all = AuditLog(database.db()).list({}).value();
        for (const AuditEvent& event : all) {
            QVERIFY(!event.before.contains(u"pw-123456"_s));
            QVERIFY(!event.after.contains(u"pw-123456"_s));
        }
        QVERIFY2(!database.contents().contains("pw-123456"), "never in the database");

        // Another account on another server: the old password does not follow it.
        SmtpSettings moved = settings();
        moved.host = u"localhost"_s;
        QVERIFY(email.save(admin, moved).ok());
        QVERIFY(!email.load().value()->hasPassword);
    }

    void theSenderUsesTheStoredSettingsAndPassword()
    {
        TestCertificates certificates;
        QVERIFY2(certificates.isValid(), qPrintable(certificates.problem()));
        TestSmtpServer server(TestSmtpServer::Security::StartTls, &certificates, u"mailer"_s, u"pw-123456"_s);
        QVERIFY2(server.isValid(), qPrintable(server.problem()));
        TestDatabase database;
        EmailSettings email(database.db(), m_secrets);
        QVERIFY(email.save(admin, settings(server.port())).ok());
        QVERIFY(storePassword(email, admin, "pw-123456").ok());

        const EmailSender sender(database.db(), m_secrets, MailerOptions {certificates.caFile()});
        const MailResult result
            = sent(sender.send({u"client@example.com"_s, u"Your verification code"_s, u"Your code is 123456.\n"_s}));
        QVERIFY2(result.ok, qPrintable(result.describe()));
        QTRY_COMPARE(server.received().size(), 1);
        const TestSmtpServer::Received& mail = server.received().first();
        QVERIFY(mail.authenticated);
        QVERIFY(mail.tls);
        QCOMPARE(mail.from, u"backoffice@bank.example"_s);
        QCOMPARE(mail.to, u"client@example.com"_s);
        QCOMPARE(mail.subject, u"Your verification code"_s);
        QCOMPARE(mail.body, u"Your code is 123456.\n"_s);
    }

    void theSenderSaysWhatIsMissing()
    {
        TestDatabase database;
        const EmailSender sender(database.db(), m_secrets);
        const EmailMessage message {u"client@example.com"_s, u"Code"_s, u"123456"_s};
        QCOMPARE(sent(sender.send(message)).failure, MailFailure::InvalidInput);

        EmailSettings email(database.db(), m_secrets);
        QVERIFY(email.save(admin, settings()).ok()); // a user, but no password in the keychain
        QCOMPARE(sent(sender.send(message)).failure, MailFailure::MissingPassword);
    }

    void aCancelledSendNeverStarts()
    {
        TestDatabase database;
        EmailSettings email(database.db(), m_secrets);
        QVERIFY(email.save(admin, settings()).ok());
        QVERIFY(storePassword(email, admin, "pw-123456").ok());
        const EmailSender sender(database.db(), m_secrets);
        MailJob* job = sender.send({u"client@example.com"_s, u"Code"_s, u"123456"_s});
        std::optional<MailResult> result;
        job->then(this, [&](const MailResult& sent) { result = sent; });
        QSignalSpy finished(job, &Job::finished);
        job->cancel(); // while the keychain is still asked
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(result);
        QCOMPARE(result->failure, MailFailure::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestEmailSettings)
#include "tst_emailsettings.moc"
