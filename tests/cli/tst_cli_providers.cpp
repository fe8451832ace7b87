// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli providers` run in process: a real database file, the real keychain
// and a real local HTTP server speaking Twilio's API.
#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"
#include "tests/support/CliRunner.h"
#include "tests/support/FakeSmsServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

class TestCliProviders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString dbPath() const { return m_dir.filePath(u"backoffice.sqlite"_s); }

    CliRun cli(const QStringList& arguments, const QByteArray& input = {})
    {
        return runCli(QStringList {u"--db"_s, dbPath()} + arguments, input);
    }

    QStringList addTwilio(const FakeSmsServer& server, const QString& name)
    {
        return {u"providers"_s,
                u"add"_s,
                u"twilio"_s,
                u"--name"_s,
                name,
                u"--account-sid"_s,
                server.twilioAccountSid,
                u"--from"_s,
                u"+14155550100"_s,
                u"--base-url"_s,
                server.baseUrl(),
                u"--status-page-url"_s,
                server.baseUrl(),
                u"--low-balance"_s,
                u"5"_s,
                u"--secret-stdin"_s};
    }

    /// The database file and its write-ahead log, where a leaked secret would be.
    QByteArray databaseBytes() const
    {
        QByteArray bytes;
        for (const QString& path : {dbPath(), dbPath() + u"-wal"_s}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    /// The keychain key under which the CLI keeps provider `id`'s secret (scoped by database id).
    QString secretKey(qint64 id) const
    {
        backoffice::DatabaseLocation location;
        location.sqlitePath = dbPath();
        auto database = backoffice::Database::open(location);
        if (!database)
            qFatal("%s", qPrintable(database.error().toString()));
        return backoffice::SecretKeys::providerSecret(database.value()->databaseId(), id);
    }

    static qint64 addedId(const CliRun& run)
    {
        return QJsonDocument::fromJson(run.outUtf8()).object().value(u"id"_s).toInteger();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void secretAsAnArgumentIsRefusedAndNotEchoed()
    {
        FakeSmsServer server;
        QStringList arguments = addTwilio(server, u"Refused"_s);
        arguments.removeLast();
        arguments << u"--secret"_s << u"supersecretvalue123"_s;
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errUtf8().contains("--secret-stdin"));
        QVERIFY(!run.errUtf8().contains("supersecretvalue123"));
        QVERIFY(!run.outUtf8().contains("supersecretvalue123"));
        const CliRun inlined = cli({u"providers"_s, u"add"_s, u"twilio"_s, u"--secret=supersecretvalue123"_s});
        QCOMPARE(inlined.exitCode, 2);
        QVERIFY(!inlined.errUtf8().contains("supersecretvalue123"));
    }

    void invalidSettingsNameEveryBadOption()
    {
        const CliRun run
            = cli({u"providers"_s, u"add"_s, u"twilio"_s, u"--name"_s, u"Bad"_s, u"--account-sid"_s, u"AC12"_s,
                   u"--from"_s, u"0044"_s, u"--base-url"_s, u"http://example.com"_s, u"--secret-stdin"_s},
                  "token\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errUtf8().contains("invalid account-sid"), run.errUtf8().constData());
        QVERIFY(run.errUtf8().contains("invalid from"));
        QVERIFY(run.errUtf8().contains("invalid base-url"));
    }

    void addCheckSendAndReadStatusEndToEnd()
    {
        FakeSmsServer server;
        const CliRun added
            = cli(QStringList {u"--json"_s} + addTwilio(server, u"Main "_s + QUuid::createUuid().toString()),
                  server.twilioAuthToken + '\n');
        QVERIFY2(added.exitCode == 0, added.errUtf8().constData());
        const qint64 id = addedId(added);
        QVERIFY(id > 0);
        QCOMPARE(QJsonDocument::fromJson(added.outUtf8()).object().value(u"secret_stored"_s).toBool(), true);
        QVERIFY(!added.outUtf8().contains(server.twilioAuthToken));

        const CliRun listed = cli({u"providers"_s, u"list"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(listed.outUtf8()).isArray());
        QVERIFY(!listed.outUtf8().contains(server.twilioAuthToken));

        const CliRun checked = cli({u"providers"_s, u"check"_s, QString::number(id)});
        QVERIFY2(checked.exitCode == 0, checked.outUtf8().constData());
        QVERIFY(checked.outUtf8().contains("credentials"));
        QVERIFY(checked.outUtf8().contains("12.50 USD"));

        const CliRun balance = cli({u"providers"_s, u"balance"_s, QString::number(id), u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(balance.outUtf8()).object().value(u"balance"_s).toString(), u"12.50"_s);

        const CliRun sent = cli({u"providers"_s, u"test-sms"_s, QString::number(id), u"--to"_s, u"+447400123456"_s});
        QVERIFY2(sent.exitCode == 0, sent.errUtf8().constData());
        const QString messageId = QString::fromUtf8(sent.outUtf8()).trimmed();
        QCOMPARE(messageId, server.lastMessageSid());
        QCOMPARE(server.count("POST"), 1);
        QCOMPARE(server.requests().last().formValue(u"To"_s), u"+447400123456"_s);

        server.setMessageStatus(messageId, u"undelivered"_s, 30003);
        const CliRun status = cli({u"providers"_s, u"message-status"_s, QString::number(id), messageId});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.outUtf8().contains("undelivered"), status.outUtf8().constData());
        QVERIFY(status.outUtf8().contains("30003"));
        QVERIFY(status.outUtf8().contains("unreachable"));

        server.setFault(FakeSmsServer::Fault::Unauthorized);
        const CliRun failing = cli({u"providers"_s, u"check"_s, QString::number(id)});
        QCOMPARE(failing.exitCode, 1);
        QVERIFY(failing.outUtf8().contains("Wrong credentials"));
        server.setFault(FakeSmsServer::Fault::None);

        const CliRun edited
            = cli({u"providers"_s, u"edit"_s, QString::number(id), u"--disable"_s, u"--low-balance"_s, u"20"_s});
        QVERIFY2(edited.exitCode == 0, edited.errUtf8().constData());
        const CliRun shown = cli({u"providers"_s, u"show"_s, QString::number(id), u"--json"_s});
        const QJsonObject provider = QJsonDocument::fromJson(shown.outUtf8()).object();
        QCOMPARE(provider.value(u"enabled"_s).toBool(), false);
        QCOMPARE(provider.value(u"low_balance_threshold"_s).toDouble(), 20.0);
        QVERIFY(provider.value(u"recent_checks"_s).toArray().size() >= 6);

        const CliRun removed = cli({u"providers"_s, u"remove"_s, QString::number(id)});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(cli({u"providers"_s, u"show"_s, QString::number(id)}).exitCode, 1);

        QVERIFY(!databaseBytes().isEmpty());
        QVERIFY(!databaseBytes().contains(server.twilioAuthToken));
    }

    void removeLeavesNoKeychainEntry()
    {
        FakeSmsServer server;
        const CliRun added
            = cli(QStringList {u"--json"_s} + addTwilio(server, u"Removed "_s + QUuid::createUuid().toString()),
                  server.twilioAuthToken + '\n');
        const qint64 id = addedId(added);
        QVERIFY2(id > 0, added.errUtf8().constData());
        backoffice::KeychainSecretStore keychain; // the CLI's own service name, the real Secret Service
        const QString key = secretKey(id);
        QCOMPARE(keychain.readBlocking(key).value(), server.twilioAuthToken);

        const CliRun removed = cli({u"providers"_s, u"remove"_s, QString::number(id)});
        QVERIFY2(removed.exitCode == 0, removed.errUtf8().constData());
        // Gone when the command has ended, not "soon after".
        auto left = keychain.readBlocking(key);
        QVERIFY(!left.ok());
        QCOMPARE(left.error().code, backoffice::Error::Code::NotFound);
    }

    void balanceAgainstATricklingServerEndsWithinTheTimeout()
    {
        FakeSmsServer server;
        QStringList arguments = addTwilio(server, u"Trickled "_s + QUuid::createUuid().toString());
        arguments.insert(arguments.size() - 1, u"--timeout"_s);
        arguments.insert(arguments.size() - 1, u"3"_s);
        const CliRun added = cli(QStringList {u"--json"_s} + arguments, server.twilioAuthToken + '\n');
        const qint64 id = addedId(added);
        QVERIFY2(id > 0, added.errUtf8().constData());
        server.setFault(FakeSmsServer::Fault::Trickle);
        server.trickleMs = 200; // one byte every 200 ms, forever
        QElapsedTimer timer;
        timer.start();
        const CliRun balance = cli({u"providers"_s, u"balance"_s, QString::number(id)});
        const qint64 elapsed = timer.elapsed();
        qInfo("providers balance against a trickling server ended after %lld ms (timeout 3000 ms)", elapsed);
        QCOMPARE(balance.exitCode, 1);
        QVERIFY2(balance.outUtf8().contains("timeout"), balance.outUtf8().constData());
        // The timeout plus opening the database and reading the secret from the keychain.
        QVERIFY2(elapsed >= 3000 && elapsed < 3000 + 1500, qPrintable(QString::number(elapsed)));
    }

    void missingKeychainIsSaidClearlyWithoutFallback()
    {
        FakeSmsServer server;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        // A process of its own: this one is connected to the session bus already.
        const CliRun added = runCliProcess(QStringList {u"--db"_s, dbPath()}
                                               + addTwilio(server, u"No keychain "_s + QUuid::createUuid().toString()),
                                           {server.twilioAuthToken, {}, false}, environment);
        // The audit key lives in the keychain too: nothing runs that could not be recorded.
        QCOMPARE(added.exitCode, 2);
        QVERIFY2(added.errUtf8().contains("keychain is unavailable"), added.errUtf8().constData());
        QVERIFY(!added.errUtf8().contains(server.twilioAuthToken));
        QVERIFY(!databaseBytes().contains("No keychain "));
        QVERIFY(!databaseBytes().isEmpty());
        QVERIFY(!databaseBytes().contains(server.twilioAuthToken));
    }

    void testSmsToAnInvalidNumberIsAUsageError()
    {
        FakeSmsServer server;
        const CliRun added
            = cli(QStringList {u"--json"_s} + addTwilio(server, u"Other "_s + QUuid::createUuid().toString()),
                  server.twilioAuthToken);
        const qint64 id = addedId(added);
        QVERIFY(id > 0);
        const CliRun sent = cli({u"providers"_s, u"test-sms"_s, QString::number(id), u"--to"_s, u"12345"_s});
        QCOMPARE(sent.exitCode, 2);
        QVERIFY(sent.errUtf8().contains("invalid to"));
        QCOMPARE(server.count("POST"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliProviders)
#include "tst_cli_providers.moc"
