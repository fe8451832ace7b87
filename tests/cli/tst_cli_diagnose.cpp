// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli diagnose` run in process on a real database without operators (it
// acts as the OS user), authenticator secrets sealed under a data key in the real keychain, and an
// SMS provider answering from a real HTTP server in this process. Exit 0 all ok, 1 something wrong,
// 2 bad input; every diagnosis is in the audit log.
#include "core/secrets/DataKeyService.h"
#include "core/secrets/SecretCipher.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/ProviderService.h"
#include "core/twofactor/TotpGenerator.h"
#include "tests/support/CliRunner.h"
#include "tests/support/DiagnosisClients.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace backoffice;
using backoffice::test::FakeSmsServer;
using namespace Qt::Literals::StringLiterals;

namespace {
const Actor Admin {u"ada"_s, Role::Admin};
constexpr qint64 AuthenticatorClient = 1001;
constexpr qint64 SmsClient = 1002;
constexpr qint64 NoTwoFactorClient = 1003;

struct Run : test::CliRun
{
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

/// Runs the CLI in this process: its event loops serve the fake provider in this thread too.
Run runCli(const QStringList& arguments)
{
    return {test::runCli(arguments)};
}

QString currentCode(const QByteArray& secret)
{
    return TotpGenerator::totp(secret, TotpParameters {}, QDateTime::currentSecsSinceEpoch()).value();
}

QJsonObject findingOf(const QJsonObject& diagnosis, const QString& check)
{
    for (const QJsonValue& value : diagnosis.value(u"findings"_s).toArray()) {
        if (value.toObject().value(u"check"_s).toString() == check)
            return value.toObject();
    }
    return {};
}

/// Every finding is ok; otherwise the text says which one is not.
QString notOk(const QJsonObject& diagnosis)
{
    QString text;
    for (const QJsonValue& value : diagnosis.value(u"findings"_s).toArray()) {
        const QJsonObject finding = value.toObject();
        if (finding.value(u"outcome"_s).toString() != u"ok")
            text += finding.value(u"check"_s).toString() + u": "_s + finding.value(u"detail"_s).toString() + u'\n';
    }
    return text;
}
} // namespace

class TestCliDiagnose : public QObject
{
    Q_OBJECT

private:
    // The CLI reads the keychain under the default service name, so this process writes there too.
    KeychainSecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<test::TestDatabase> m_db;

    Run diagnose(const QStringList& arguments)
    {
        return runCli(QStringList {u"--db"_s, m_db->path(), u"--json"_s, u"diagnose"_s} + arguments);
    }

    /// An enabled Twilio provider pointing at `server`, created through the real service, with its
    /// auth token in the real keychain.
    void addTwilioProvider(const FakeSmsServer& server)
    {
        ProviderService service(m_db->db(), m_secrets, &m_network);
        ProviderConfig config = server.twilioProvider();
        config.timeoutMs = 3000;
        config.lowBalanceThreshold = 5.0;
        config.enabled = true;
        const Result<ProviderConfig> added = test::addProvider(service, Admin, config, server.twilioAuthToken);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().toString()));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>(test::TestDatabase::Use::WithCli);
        auto cipher = DataKeyService(m_db->db(), m_secrets).loadOrCreateBlocking();
        QVERIFY2(cipher.ok(), qPrintable(cipher ? QString() : cipher.error().toString()));
        test::addOneClientPerMethod(*m_db, cipher.value(), AuthenticatorClient, SmsClient, NoTwoFactorClient);
    }

    void cleanup()
    {
        if (m_db)
            (void)m_secrets.removeBlocking(SecretKeys::dataKey(m_db->db().databaseId()));
        m_db.reset();
    }

    void clientWithoutTwoFactorExitsOneWithTwoFactorEnabledProblem()
    {
        const Run run = diagnose({QString::number(NoTwoFactorClient)});
        QVERIFY2(run.exitCode == 1, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"client_id"_s).toInteger(), NoTwoFactorClient);
        QCOMPARE(json.value(u"method"_s).toString(), u"none"_s);
        const QJsonArray findings = json.value(u"findings"_s).toArray();
        QVERIFY(!findings.isEmpty());
        const QStringList outcomes {u"ok"_s, u"warning"_s, u"problem"_s, u"unknown"_s};
        for (const QJsonValue& value : findings) {
            const QJsonObject finding = value.toObject();
            QVERIFY(!finding.value(u"check"_s).toString().isEmpty());
            QVERIFY2(outcomes.contains(finding.value(u"outcome"_s).toString()),
                     qPrintable(finding.value(u"outcome"_s).toString()));
            QVERIFY(finding.value(u"detail"_s).isString());
            QVERIFY(finding.value(u"action"_s).isString());
        }
        const QJsonObject enabled = findingOf(json, u"twofa.enabled"_s);
        QCOMPARE(enabled.value(u"outcome"_s).toString(), u"problem"_s);
        QVERIFY(!enabled.value(u"action"_s).toString().isEmpty());
    }

    void authenticatorWithTheRightCodeExitsZeroAllOk()
    {
        const Run run = diagnose(
            {QString::number(AuthenticatorClient), u"--code"_s, currentCode(QByteArray("12345678901234567890"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"method"_s).toString(), u"authenticator"_s);
        QVERIFY2(notOk(json).isEmpty(), qPrintable(notOk(json)));
        QCOMPARE(findingOf(json, u"authenticator.code"_s).value(u"outcome"_s).toString(), u"ok"_s);
        QCOMPARE(findingOf(json, u"authenticator.secret"_s).value(u"outcome"_s).toString(), u"ok"_s);
    }

    void authenticatorWithAWrongCodeExitsOneWithCodeProblem()
    {
        const QString wrong = currentCode(QByteArray("another-secret-entirely"));
        const Run run = diagnose({QString::number(AuthenticatorClient), u"--code"_s, wrong});
        QVERIFY2(run.exitCode == 1, qPrintable(run.err));
        const QJsonObject code = findingOf(run.json(), u"authenticator.code"_s);
        QCOMPARE(code.value(u"outcome"_s).toString(), u"problem"_s);
        QVERIFY(!code.value(u"action"_s).toString().isEmpty());
        // The code itself is never echoed back.
        QVERIFY(!run.out.contains(wrong));
    }

    void badInputExitsTwoNamingIt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("non-numeric id") << QStringList {u"alice"_s} << u"alice"_s;
        QTest::newRow("negative id") << QStringList {u"-5"_s} << u""_s;
        QTest::newRow("unknown id") << QStringList {u"4242"_s} << u"4242"_s;
        QTest::newRow("no id") << QStringList {} << u"CLIENT_ID"_s;
        QTest::newRow("two ids") << QStringList {u"1001"_s, u"1002"_s} << u"CLIENT_ID"_s;
        QTest::newRow("--code for an SMS client")
            << QStringList {QString::number(SmsClient), u"--code"_s, u"123456"_s} << u"--code"_s;
        QTest::newRow("--test-sms for an authenticator client")
            << QStringList {QString::number(AuthenticatorClient), u"--test-sms"_s} << u"--test-sms"_s;
        QTest::newRow("--timeout 0") << QStringList {QString::number(NoTwoFactorClient), u"--timeout"_s, u"0"_s}
                                     << u"--timeout"_s;
        QTest::newRow("--timeout text") << QStringList {QString::number(NoTwoFactorClient), u"--timeout"_s, u"soon"_s}
                                        << u"soon"_s;
        QTest::newRow("--follow 601") << QStringList {QString::number(SmsClient), u"--follow"_s, u"601"_s}
                                      << u"--follow"_s;
    }

    void badInputExitsTwoNamingIt()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stderrContains);
        const qint64 eventsBefore = m_db->db().scalar(u"SELECT count(*) FROM audit_events"_s).value().toLongLong();
        const Run run = diagnose(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // Nothing was diagnosed, so nothing was audited.
        QCOMPARE(m_db->db().scalar(u"SELECT count(*) FROM audit_events"_s).value().toLongLong(), eventsBefore);
    }

    void smsClientWithAWorkingProviderExitsZeroAllOk()
    {
        FakeSmsServer server;
        addTwilioProvider(server);
        const Run run = diagnose({QString::number(SmsClient), u"--timeout"_s, u"10"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"method"_s).toString(), u"sms"_s);
        QVERIFY2(notOk(json).isEmpty(), qPrintable(notOk(json)));
        for (const QString& check : {u"sms.phone_number"_s, u"sms.provider.configuration"_s, u"sms.recent_messages"_s})
            QVERIFY2(!findingOf(json, check).isEmpty(), qPrintable(check));
        // The credentials, balance and status checks really asked the provider.
        QVERIFY(server.count("GET") >= 2);
        QCOMPARE(server.count("POST", u"/Messages.json"_s), 0);
    }

    void smsClientWithAFailingProviderExitsOne()
    {
        FakeSmsServer server;
        addTwilioProvider(server);
        server.twilioBalance = u"0.00"_s;
        const Run run = diagnose({QString::number(SmsClient)});
        QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out));
        QVERIFY2(!notOk(run.json()).isEmpty(), qPrintable(run.out));
    }

    void testSmsIsSentAndFollowedUntilDelivered()
    {
        FakeSmsServer server;
        addTwilioProvider(server);
        // The carrier's receipt arrives as soon as the message was sent.
        connect(&server, &FakeSmsServer::requestReceived, &server, [&server] {
            const auto& request = server.requests().last();
            if (request.method == "POST" && request.path.endsWith(u"/Messages.json"_s))
                server.setMessageStatus(server.lastMessageSid(), u"delivered"_s);
        });
        const Run run = diagnose({QString::number(SmsClient), u"--test-sms"_s, u"--follow"_s, u"20"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(findingOf(run.json(), u"sms.test_message"_s).value(u"outcome"_s).toString(), u"ok"_s);
        QCOMPARE(server.count("POST", u"/Messages.json"_s), 1);
        // Followed after sending: its status was asked for.
        QVERIFY(server.count("GET", u"/Messages/%1.json"_s.arg(server.lastMessageSid())) >= 1);
    }

    void diagnosisIsAnAuditEvent()
    {
        const Run diagnosed = diagnose({QString::number(NoTwoFactorClient)});
        QCOMPARE(diagnosed.exitCode, 1);
        const Run listed = runCli({u"--db"_s, m_db->path(), u"--json"_s, u"audit"_s, u"list"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray events = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QJsonObject event;
        for (const QJsonValue& value : events) {
            if (value.toObject().value(u"action"_s).toString() == u"client.diagnose")
                event = value.toObject();
        }
        QVERIFY2(!event.isEmpty(), qPrintable(listed.out));
        QCOMPARE(event.value(u"client_id"_s).toInteger(), NoTwoFactorClient);
        QCOMPARE(event.value(u"after"_s).toString(), u"problem"_s);
        QVERIFY(!event.value(u"operator"_s).toString().isEmpty());
    }

    void codeIsNeverWrittenToTheAuditLog()
    {
        const QString code = currentCode(QByteArray("12345678901234567890"));
        QCOMPARE(diagnose({QString::number(AuthenticatorClient), u"--code"_s, code}).exitCode, 0);
        const Run listed = runCli({u"--db"_s, m_db->path(), u"--json"_s, u"audit"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(u"client.diagnose"_s));
        QVERIFY2(!listed.out.contains(code), qPrintable(listed.out));
    }
};

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "tst_cli_diagnose.moc"
