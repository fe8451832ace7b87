// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli keys export` / `keys import`: the data key moves through stdout and stdin only, and
// a malformed or foreign key is refused without touching the keychain.
#include "TestDatabase.h"
#include "secrets/DataKeyService.h"
#include "secrets/SecretCipher.h"
#include "secrets/SecretStore.h"

#include <QProcess>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(BACKOFFICE_CLI_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

struct Fixture
{
    test::TestDatabase database;
    KeychainSecretStore store;

    ~Fixture() { (void)store.removeBlocking(keychainKey()); }

    QString keychainKey() const { return SecretKeys::dataKey(database.db().databaseId()); }

    /// Makes the data key and seals client 1001's secret under it.
    SecretCipher withSealedClient() const
    {
        DataKeyService keys(database.db(), const_cast<KeychainSecretStore&>(store));
        const SecretCipher cipher = keys.loadOrCreateBlocking().value();
        Client client = test::makeClient(1001, u"Alice"_s, u"Auth"_s, TwoFactorMethod::Authenticator);
        client.authenticator->sealedSecret
            = TotpSecretSealing::seal(cipher, 1001, u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s).value();
        database.addClient(client);
        return cipher;
    }

    Run keys(const QString& sub, const QByteArray& input = {}) const
    {
        return runCli({u"--db"_s, database.path(), u"keys"_s, sub}, input);
    }
};
} // namespace

class TestCliKeys : public QObject
{
    Q_OBJECT

private slots:
    void exportWritesTheKeyAsBase64()
    {
        Fixture f;
        const SecretCipher cipher = f.withSealedClient();
        const Run run = f.keys(u"export"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto key
            = QByteArray::fromBase64Encoding(run.out.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(key);
        QCOMPARE(key.decoded.size(), 32);
        QCOMPARE(SecretCipher::fingerprint(key.decoded), cipher.fingerprint());
        QCOMPARE(key.decoded, f.store.readBlocking(f.keychainKey()).value());
    }

    void exportWithoutAKeySaysSo()
    {
        Fixture f;
        const Run run = f.keys(u"export"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"key"_s), qPrintable(run.err));
    }

    void importRestoresTheKeyOnAnotherDesktop()
    {
        Fixture f;
        const SecretCipher cipher = f.withSealedClient();
        const Run exported = f.keys(u"export"_s);
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(f.store.removeBlocking(f.keychainKey()).ok());
        QCOMPARE(f.keys(u"export"_s).exitCode, 1);

        const Run imported = f.keys(u"import"_s, exported.out.toLatin1());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(!imported.out.contains(exported.out.trimmed()));
        auto stored = f.store.readBlocking(f.keychainKey());
        QVERIFY(stored.ok());
        QCOMPARE(SecretCipher::fingerprint(stored.value()), cipher.fingerprint());
    }

    void importRefusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("nothing") << QByteArray() << u"no key"_s;
        QTest::newRow("whitespace") << QByteArray(" \n") << u"no key"_s;
        QTest::newRow("not base64") << QByteArray("this is not a key!") << u"not base64"_s;
        QTest::newRow("16 bytes") << QByteArray(16, 'k').toBase64() << u"16 bytes"_s;
        QTest::newRow("33 bytes") << QByteArray(33, 'k').toBase64() << u"33 bytes"_s;
    }

    void importRefusesMalformedInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, stderrContains);
        Fixture f;
        const Run run = f.keys(u"import"_s, input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
        QCOMPARE(f.store.readBlocking(f.keychainKey()).error().code, Error::Code::NotFound);
    }

    void importRefusesAKeyThatDoesNotMatchTheSealedSecrets()
    {
        Fixture f;
        const SecretCipher cipher = f.withSealedClient();
        const QByteArray foreign = SecretCipher::generateKey();
        const Run run = f.keys(u"import"_s, foreign.toBase64() + '\n');
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"key"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(QString::fromLatin1(foreign.toBase64())));
        QCOMPARE(SecretCipher::fingerprint(f.store.readBlocking(f.keychainKey()).value()), cipher.fingerprint());
    }

    void importIntoADatabaseWithoutSecretsAcceptsAnyKey()
    {
        Fixture f;
        const QByteArray key = SecretCipher::generateKey();
        const Run run = f.keys(u"import"_s, key.toBase64());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(f.store.readBlocking(f.keychainKey()).value(), key);
    }

    void keyMaterialIsNeverAnArgument()
    {
        Fixture f;
        const Run run = runCli({u"--db"_s, f.database.path(), u"keys"_s, u"import"_s,
                                QString::fromLatin1(SecretCipher::generateKey().toBase64())});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"stdin"_s));
        QCOMPARE(f.store.readBlocking(f.keychainKey()).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
