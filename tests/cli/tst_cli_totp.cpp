// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli totp code` and `totp check`, run in process on a real database whose
// client secrets are sealed under a data key in the real keychain.
#include "core/secrets/DataKeyService.h"
#include "core/secrets/SecretCipher.h"
#include "core/secrets/SecretStore.h"
#include "core/twofactor/TotpGenerator.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString rfcSecret = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s; // "12345678901234567890"
constexpr qint64 codeTime = 1795435215;

using Run = backoffice::test::CliRun;

Run runCli(const QStringList& arguments, const QByteArray& input = {})
{
    return backoffice::test::runCli(arguments, input);
}

QString codeAt(qint64 time, int digits = 6)
{
    TotpParameters parameters;
    parameters.digits = digits;
    return TotpGenerator::totp(QByteArray("12345678901234567890"), parameters, time).value();
}

/// A database with client 1001 on an authenticator sealed under this database's data key (created in
/// the keychain the CLI will read), and client 1002 on SMS.
struct Fixture
{
    test::TestDatabase database {test::TestDatabase::Use::WithCli};
    KeychainSecretStore store;

    Fixture()
    {
        DataKeyService keys(database.db(), store);
        auto cipher = keys.loadOrCreateBlocking();
        if (!cipher)
            qFatal("no data key: %s", qPrintable(cipher.error().toString()));
        Client client = test::makeClient(1001, u"Alice"_s, u"Auth"_s, TwoFactorMethod::Authenticator);
        client.authenticator->sealedSecret = TotpSecretSealing::seal(cipher.value(), 1001, rfcSecret).value();
        database.addClient(client);
        database.addClient(test::makeClient(1002, u"Sam"_s, u"Sms"_s, TwoFactorMethod::Sms));
    }
    ~Fixture() { (void)store.removeBlocking(SecretKeys::dataKey(database.db().databaseId())); }

    Run check(const QString& clientId, const QString& code, bool json = true) const
    {
        QStringList arguments {u"--db"_s, database.path()};
        if (json)
            arguments << u"--json"_s;
        arguments << u"totp"_s << u"check"_s << clientId << code << u"--time"_s << QString::number(codeTime);
        return runCli(arguments);
    }
};

QJsonObject jsonOf(const Run& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}
} // namespace

class TestCliTotp : public QObject
{
    Q_OBJECT

private slots:
    void codePrintsRfc6238Vectors_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("code");
        QTest::newRow("SHA1 59") << u"SHA1"_s << rfcSecret << u"59"_s << u"94287082"_s;
        QTest::newRow("SHA256 1111111109") << u"SHA256"_s << u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA"_s
                                           << u"1111111109"_s << u"68084774"_s;
        QTest::newRow("SHA512 2000000000")
            << u"sha512"_s
            << u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA"_s
            << u"2000000000"_s << u"38618901"_s;
    }

    void codePrintsRfc6238Vectors()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, secret);
        QFETCH(QString, time);
        QFETCH(QString, code);
        const Run run = runCli({u"totp"_s, u"code"_s, u"--secret"_s, secret, u"--time"_s, time, u"--digits"_s, u"8"_s,
                                u"--algorithm"_s, algorithm});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), code);
    }

    void codeReadsTheSecretFromStdin()
    {
        const Run run
            = runCli({u"totp"_s, u"code"_s, u"--secret"_s, u"-"_s, u"--time"_s, u"59"_s}, rfcSecret.toLatin1() + '\n');
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), u"287082"_s); // RFC 4226 count 1
    }

    void codeWithDefaultTimeIsSixDigits()
    {
        const Run run = runCli({u"totp"_s, u"code"_s, u"--secret"_s, rfcSecret});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QRegularExpression(u"^\\d{6}$"_s).match(run.out.trimmed()).hasMatch(), qPrintable(run.out));
    }

    void codeRefusesBadInputNamingIt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("bad base32") << QStringList {u"--secret"_s, u"GEZD1NBV"_s} << u"--secret"_s;
        QTest::newRow("short secret") << QStringList {u"--secret"_s, u"GEZDGNBV"_s} << u"80 bits"_s;
        QTest::newRow("no secret") << QStringList {} << u"--secret"_s;
        QTest::newRow("digits 9") << QStringList {u"--secret"_s, rfcSecret, u"--digits"_s, u"9"_s} << u"--digits"_s;
        QTest::newRow("period 5") << QStringList {u"--secret"_s, rfcSecret, u"--period"_s, u"5"_s} << u"--period"_s;
        QTest::newRow("algorithm MD5") << QStringList {u"--secret"_s, rfcSecret, u"--algorithm"_s, u"MD5"_s}
                                       << u"--algorithm"_s;
        QTest::newRow("time text") << QStringList {u"--secret"_s, rfcSecret, u"--time"_s, u"noon"_s} << u"--time"_s;
    }

    void codeRefusesBadInputNamingIt()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stderrContains);
        const Run run = runCli(QStringList {u"totp"_s, u"code"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void unknownSubcommandIsUsageError()
    {
        const Run run = runCli({u"totp"_s, u"guess"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"guess"_s));
    }

    void checkValidCodeExitsZero()
    {
        Fixture f;
        const Run run = f.check(u"1001"_s, codeAt(codeTime));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(u"result"_s).toString(), u"valid"_s);
        QCOMPARE(json.value(u"offset_steps"_s).toInt(), 0);
        QCOMPARE(json.value(u"offset_seconds"_s).toInt(), 0);
        QCOMPARE(json.value(u"checks_left"_s).toInt(), 9);
    }

    void checkDriftExitsOneWithTheOffset_data()
    {
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<int>("steps");
        QTest::newRow("90 s ahead") << qint64(90) << 3;
        QTest::newRow("17 min behind") << qint64(-17 * 60) << -34;
    }

    void checkDriftExitsOneWithTheOffset()
    {
        QFETCH(qint64, skew);
        QFETCH(int, steps);
        Fixture f;
        const Run run = f.check(u"1001"_s, codeAt(codeTime + skew));
        QVERIFY2(run.exitCode == 1, qPrintable(run.err));
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(u"result"_s).toString(), u"drift"_s);
        QCOMPARE(json.value(u"offset_steps"_s).toInt(), steps);
        QCOMPARE(json.value(u"offset_seconds"_s).toInteger(), skew);
    }

    void checkHumanOutputSaysWhatToTellTheClient()
    {
        Fixture f;
        const Run run = f.check(u"1001"_s, codeAt(codeTime + 17 * 60), false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"about 17 min ahead"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"automatic date and time"_s));
        QVERIFY(run.out.contains(u"9 of 10 checks left"_s));
    }

    void checkNoMatchExitsOne()
    {
        Fixture f;
        const QString other
            = TotpGenerator::totp(QByteArray("another-secret-entirely"), TotpParameters {}, codeTime).value();
        const Run run = f.check(u"1001"_s, other);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(jsonOf(run).value(u"result"_s).toString(), u"no_match"_s);
    }

    void checkRefusesBadInput_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("5-digit code") << u"1001"_s << u"12345"_s << 2 << u"code"_s;
        QTest::newRow("9-digit code") << u"1001"_s << u"123456789"_s << 2 << u"code"_s;
        QTest::newRow("letters in code") << u"1001"_s << u"12a456"_s << 2 << u"code"_s;
        QTest::newRow("8 digits for a 6-digit app") << u"1001"_s << u"12345678"_s << 2 << u"code"_s;
        QTest::newRow("client on SMS") << u"1002"_s << u"123456"_s << 2 << u"no authenticator"_s;
        QTest::newRow("unknown client") << u"4242"_s << u"123456"_s << 1 << u"not found"_s;
        QTest::newRow("client id text") << u"alice"_s << u"123456"_s << 2 << u"CLIENT_ID"_s;
    }

    void checkRefusesBadInput()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, code);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        Fixture f;
        const Run run = f.check(clientId, code);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
    }

    void eleventhCheckIsRefusedWithTheResetTime()
    {
        Fixture f;
        const QString code = codeAt(codeTime);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(f.check(u"1001"_s, code).exitCode, 0);
        const Run refused = f.check(u"1001"_s, code);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"too many checks"_s), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"next check allowed at"_s));
        QVERIFY(!refused.err.contains(code));
    }

    void checkWithoutTheDataKeySaysSo()
    {
        Fixture f;
        QVERIFY(f.store.removeBlocking(SecretKeys::dataKey(f.database.db().databaseId())).ok());
        const Run run = f.check(u"1001"_s, codeAt(codeTime));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"data key"_s) || run.err.contains(u"keychain"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTotp)
#include "tst_cli_totp.moc"
