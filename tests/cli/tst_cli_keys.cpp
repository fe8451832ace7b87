// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli keys export` / `keys import`: the data key and the audit key move through stdout and
// stdin only, only for administrators, each move on the record; a malformed or foreign key is refused
// without touching the keychain, and a terminal never receives them without --force.
#include "core/audit/AuditKeyRing.h"
#include "core/audit/AuditKeyService.h"
#include "core/audit/AuditLog.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/secrets/DataKeyService.h"
#include "core/secrets/SecretCipher.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QTest>

#include <unistd.h>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
using Run = test::CliRun;

const QString adminPassword = u"correct horse battery"_s;
const QString viewerPassword = u"viewer horse battery"_s;

Run runCli(const QStringList& arguments, const QByteArray& input = {}, const QString& password = {})
{
    return test::runCli(arguments, input, password);
}

struct Fixture
{
    test::TestDatabase database {test::TestDatabase::Use::WithCli};
    KeychainSecretStore store;

    ~Fixture()
    {
        (void)store.removeBlocking(keychainKey());
        (void)store.removeBlocking(auditKeychainKey());
    }

    QString keychainKey() const { return SecretKeys::dataKey(database.db().databaseId()); }
    QString auditKeychainKey() const { return SecretKeys::auditKey(database.db().databaseId()); }

    /// An administrator "ada" and a viewer "vic" (and a support operator "sam").
    void withOperators() const
    {
        const AuditLog audit(database.db());
        const PasswordHasher hasher;
        const OperatorService operators(database.db(), audit, hasher);
        QVERIFY(operators.createFirstAdministrator({u"ada"_s, u"Ada"_s, Role::Admin, adminPassword}).ok());
        const Actor ada {u"ada"_s, Role::Admin};
        QVERIFY(operators.add(ada, {u"vic"_s, u"Vic"_s, Role::Viewer, viewerPassword}).ok());
        QVERIFY(operators.add(ada, {u"sam"_s, u"Sam"_s, Role::Support, viewerPassword}).ok());
    }

    qint64 eventCount(const char* action) const
    {
        AuditFilter filter;
        filter.action = QString::fromLatin1(action);
        return AuditLog(database.db()).count(filter).value();
    }

    Run keysAs(const QString& user, const QString& password, const QString& sub, const QByteArray& input = {}) const
    {
        return runCli({u"--db"_s, database.path(), u"--operator"_s, user, u"keys"_s, sub}, input, password);
    }

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
        QCOMPARE(key.decoded.size(), 64);
        QCOMPARE(SecretCipher::fingerprint(key.decoded.left(32)), cipher.fingerprint());
        QCOMPARE(key.decoded.left(32), f.store.readBlocking(f.keychainKey()).value());
        QCOMPARE(key.decoded.mid(32), test::TestDatabase::testAuditKey());
        // On the record, with the fingerprints and never a key.
        QCOMPARE(f.eventCount(AuditAction::KeysExported), 1);
        const AuditEvent event = AuditLog(f.database.db()).list({}, 0, 1).value().first();
        QCOMPARE(event.action, QString::fromLatin1(AuditAction::KeysExported));
        QCOMPARE(event.details[u"data_key_fingerprint"_s].toString(), cipher.fingerprint());
        QCOMPARE(event.details[u"audit_key_fingerprint"_s].toString(),
                 AuditKeyService::fingerprint(test::TestDatabase::testAuditKey()));
        const QString everything = QString::fromUtf8(QJsonDocument(event.details).toJson()) + event.reason;
        QVERIFY(!everything.contains(QString::fromLatin1(key.decoded.left(32).toBase64())));
        QVERIFY(!everything.contains(QString::fromLatin1(key.decoded.toHex())));
    }

    void exportWithoutTheDataKeySaysSo()
    {
        Fixture f;
        f.withSealedClient();
        QVERIFY(f.store.removeBlocking(f.keychainKey()).ok());
        const Run run = f.keys(u"export"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"key"_s), qPrintable(run.err));
    }

    void importRestoresTheKeyOnAnotherDesktop()
    {
        Fixture f;
        const SecretCipher cipher = f.withSealedClient();
        f.withOperators();
        const Run exported = f.keysAs(u"ada"_s, adminPassword, u"export"_s);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        // The other desk's keychain has neither key: nothing there can even be recorded...
        QVERIFY(f.store.removeBlocking(f.keychainKey()).ok());
        QVERIFY(f.store.removeBlocking(f.auditKeychainKey()).ok());
        AuditKeyRing::forget(f.database.db().databaseId()); // as in a process of its own
        const Run before = runCli({u"--db"_s, f.database.path(), u"--operator"_s, u"ada"_s, u"audit"_s, u"verify"_s},
                                  {}, adminPassword);
        QCOMPARE(before.exitCode, 2);
        QVERIFY2(before.err.contains(u"audit key"_s), qPrintable(before.err));

        // ... until an administrator imports the keys; the sign-in and the import are on the record.
        const Run imported = f.keysAs(u"ada"_s, adminPassword, u"import"_s, exported.out.toLatin1());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(!imported.out.contains(exported.out.trimmed()));
        auto stored = f.store.readBlocking(f.keychainKey());
        QVERIFY(stored.ok());
        QCOMPARE(SecretCipher::fingerprint(stored.value()), cipher.fingerprint());
        QCOMPARE(f.store.readBlocking(f.auditKeychainKey()).value(), test::TestDatabase::testAuditKey());
        QCOMPARE(f.eventCount(AuditAction::KeysImported), 1);
        const Run after = runCli({u"--db"_s, f.database.path(), u"--operator"_s, u"ada"_s, u"audit"_s, u"verify"_s}, {},
                                 adminPassword);
        QVERIFY2(after.exitCode == 0, qPrintable(after.out + after.err));
    }

    void onlyAnAdministratorMayExportOrImportTheKeys_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("viewer") << u"vic"_s;
        QTest::newRow("support") << u"sam"_s;
    }

    void onlyAnAdministratorMayExportOrImportTheKeys()
    {
        QFETCH(QString, user);
        Fixture f;
        f.withSealedClient();
        f.withOperators();
        const Run exported = f.keysAs(user, viewerPassword, u"export"_s);
        QCOMPARE(exported.exitCode, 2);
        QVERIFY(exported.out.isEmpty());
        QVERIFY2(exported.err.contains(u"role"_s), qPrintable(exported.err));
        QCOMPARE(f.eventCount(AuditAction::KeysExported), 0);

        const QByteArray foreign = (SecretCipher::generateKey() + QByteArray(32, 'a')).toBase64() + '\n';
        const QByteArray keyBefore = f.store.readBlocking(f.keychainKey()).value();
        const Run imported = f.keysAs(user, viewerPassword, u"import"_s, foreign);
        QCOMPARE(imported.exitCode, 2);
        QCOMPARE(f.store.readBlocking(f.keychainKey()).value(), keyBefore);
        QCOMPARE(f.eventCount(AuditAction::KeysImported), 0);

        // Both refusals are on the record, naming the permission.
        AuditFilter refusals;
        refusals.action = QString::fromLatin1(AuditAction::PermissionRefused);
        refusals.operatorName = user;
        const QList<AuditEvent> events = AuditLog(f.database.db()).list(refusals).value();
        QCOMPARE(events.size(), 2);
        for (const AuditEvent& event : events)
            QCOMPARE(event.details[u"permission"_s].toString(), u"manage-keys"_s);
    }

    void anImportedAuditKeyMustBelongToTheLog()
    {
        Fixture f;
        f.withSealedClient();
        f.withOperators();
        const Run exported = f.keysAs(u"ada"_s, adminPassword, u"export"_s);
        QCOMPARE(exported.exitCode, 0);
        const QByteArray dataKey = QByteArray::fromBase64(exported.out.trimmed().toLatin1()).left(32);
        const QByteArray foreignAudit = (dataKey + QByteArray(32, 'f')).toBase64() + '\n';
        const Run refused = f.keysAs(u"ada"_s, adminPassword, u"import"_s, foreignAudit);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"audit key"_s), qPrintable(refused.err));
        QCOMPARE(f.store.readBlocking(f.auditKeychainKey()).value(), test::TestDatabase::testAuditKey());
    }

    void exportingToATerminalIsRefusedWithoutForce()
    {
        Fixture f;
        f.withSealedClient();
        // The real executable on a pseudo-terminal: isatty() itself is what decides.
        const test::CliInput onTerminal {{}, {}, true};
        const Run refused = test::runCliProcess({u"--db"_s, f.database.path(), u"keys"_s, u"export"_s}, onTerminal);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"terminal"_s), qPrintable(refused.err));
        QCOMPARE(f.eventCount(AuditAction::KeysExported), 0);
        const Run forced
            = test::runCliProcess({u"--db"_s, f.database.path(), u"keys"_s, u"export"_s, u"--force"_s}, onTerminal);
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(f.eventCount(AuditAction::KeysExported), 1);
    }

    void importRefusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("nothing") << QByteArray() << u"no keys"_s;
        QTest::newRow("whitespace") << QByteArray(" \n") << u"no keys"_s;
        QTest::newRow("not base64") << QByteArray("this is not a key!") << u"not base64"_s;
        QTest::newRow("16 bytes") << QByteArray(16, 'k').toBase64() << u"16 bytes"_s;
        QTest::newRow("33 bytes") << QByteArray(33, 'k').toBase64() << u"33 bytes"_s;
        QTest::newRow("65 bytes") << QByteArray(65, 'k').toBase64() << u"65 bytes"_s;
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
        QVERIFY2(run.err.contains(u"standard input"_s), qPrintable(run.err));
        QCOMPARE(f.store.readBlocking(f.keychainKey()).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
