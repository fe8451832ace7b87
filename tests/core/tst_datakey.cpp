// SPDX-License-Identifier: GPL-3.0-or-later
// The database's data key in a real Secret Service: created only for a database without sealed
// secrets, refused plainly when missing or wrong, never replaced silently, exported and imported.
#include "core/secrets/DataKeyService.h"
#include "core/secrets/SecretCipher.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString base32Secret = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;

/// A fresh database (its own database id, so its own keychain entry) and the real keychain.
struct Fixture
{
    test::TestDatabase database;
    KeychainSecretStore store;
    DataKeyService keys {database.db(), store};

    ~Fixture() { (void)store.removeBlocking(keychainKey()); }

    QString keychainKey() const { return SecretKeys::dataKey(database.db().databaseId()); }

    /// Client 1001 on an authenticator whose secret is sealed under `cipher`.
    void addSealedClient(const SecretCipher& cipher) const
    {
        Client client = test::makeClient(1001, u"Alice"_s, u"Auth"_s, TwoFactorMethod::Authenticator);
        client.authenticator->sealedSecret = TotpSecretSealing::seal(cipher, 1001, base32Secret).value();
        database.addClient(client);
    }

    QByteArray sealedOf(qint64 clientId) const
    {
        return database.db()
            .scalar(u"SELECT totp_secret_sealed FROM clients WHERE id = ?"_s, {clientId})
            .value()
            .toByteArray();
    }
};

QString describe(const Error& error)
{
    return error.toString();
}
} // namespace

class TestDataKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with a Secret Service (run under dbus-run-session, see TESTING.md)");
    }

    void freshDatabaseGetsANewKeyStoredInTheKeychain()
    {
        Fixture f;
        auto created = f.keys.loadOrCreateBlocking();
        QVERIFY2(created.ok(), qPrintable(created ? QString() : describe(created.error())));
        auto stored = f.store.readBlocking(f.keychainKey());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), SecretCipher::KeySize);
        QCOMPARE(SecretCipher::fingerprint(stored.value()), created->fingerprint());

        auto again = f.keys.loadBlocking();
        QVERIFY(again.ok());
        QCOMPARE(again->fingerprint(), created->fingerprint());
    }

    void loadWithoutCreateOnAFreshDatabaseIsKeyMissing()
    {
        Fixture f;
        auto loaded = f.keys.loadBlocking();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, Error::Code::KeyMissing);
    }

    void missingKeyWithSealedSecretsIsKeyMissingAndNoNewKeyIsMade()
    {
        Fixture f;
        const SecretCipher cipher = f.keys.loadOrCreateBlocking().value();
        f.addSealedClient(cipher);
        QVERIFY(f.store.removeBlocking(f.keychainKey()).ok());

        auto loaded = f.keys.loadOrCreateBlocking();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, Error::Code::KeyMissing);
        // No replacement key was written: a new key would make the sealed secrets unreadable for good.
        auto stored = f.store.readBlocking(f.keychainKey());
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code, Error::Code::NotFound);
    }

    void tamperedCiphertextIsDecryptionFailed()
    {
        Fixture f;
        const SecretCipher cipher = f.keys.loadOrCreateBlocking().value();
        f.addSealedClient(cipher);
        QByteArray sealed = f.sealedOf(1001);
        QCOMPARE(TotpSecretSealing::open(cipher, 1001, sealed).value(), base32Secret);
        sealed[sealed.size() / 2] = char(sealed.at(sealed.size() / 2) ^ 0x20);
        QVERIFY(f.database.db().exec(u"UPDATE clients SET totp_secret_sealed = ? WHERE id = 1001"_s, {sealed}).ok());

        const SecretCipher reloaded = f.keys.loadBlocking().value();
        auto opened = TotpSecretSealing::open(reloaded, 1001, f.sealedOf(1001));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::DecryptionFailed);
    }

    void anotherKeyInTheKeychainIsRefused()
    {
        Fixture f;
        const SecretCipher cipher = f.keys.loadOrCreateBlocking().value();
        f.addSealedClient(cipher);
        QVERIFY(f.store.writeBlocking(f.keychainKey(), SecretCipher::generateKey()).ok());
        auto loaded = f.keys.loadBlocking();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, Error::Code::DecryptionFailed);
    }

    void exportImportRoundTripRestoresAccessToSealedSecrets()
    {
        Fixture f;
        const SecretCipher cipher = f.keys.loadOrCreateBlocking().value();
        f.addSealedClient(cipher);
        auto exported = f.keys.exportKeyBlocking();
        QVERIFY(exported.ok());
        QCOMPARE(SecretCipher::fingerprint(exported.value()), cipher.fingerprint());

        // Another desktop: the keychain has nothing for this database.
        QVERIFY(f.store.removeBlocking(f.keychainKey()).ok());
        QCOMPARE(f.keys.exportKeyBlocking().error().code, Error::Code::KeyMissing);
        const Status imported = f.keys.importKeyBlocking(exported.value());
        QVERIFY2(imported.ok(), qPrintable(imported ? QString() : describe(imported.error())));

        auto loaded = f.keys.loadBlocking();
        QVERIFY(loaded.ok());
        QCOMPARE(TotpSecretSealing::open(loaded.value(), 1001, f.sealedOf(1001)).value(), base32Secret);
    }

    void importRefusesAMalformedKey_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("31 bytes") << QByteArray(31, 'k');
        QTest::newRow("33 bytes") << QByteArray(33, 'k');
    }

    void importRefusesAMalformedKey()
    {
        QFETCH(QByteArray, key);
        Fixture f;
        const Status imported = f.keys.importKeyBlocking(key);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, Error::Code::InvalidInput);
        QCOMPARE(f.store.readBlocking(f.keychainKey()).error().code, Error::Code::NotFound);
    }

    void importRefusesAKeyOfAnotherDatabase()
    {
        Fixture f;
        const SecretCipher cipher = f.keys.loadOrCreateBlocking().value();
        f.addSealedClient(cipher);
        const Status imported = f.keys.importKeyBlocking(SecretCipher::generateKey());
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, Error::Code::InvalidInput);
        QCOMPARE(imported.error().field, u"key"_s);
        // The right key is still there.
        QCOMPARE(f.keys.loadBlocking()->fingerprint(), cipher.fingerprint());
    }

    void importReplacesAKeyThatSealsNothingYet()
    {
        Fixture f;
        const SecretCipher created = f.keys.loadOrCreateBlocking().value(); // a key, but no sealed secret
        const QByteArray colleagues = SecretCipher::generateKey();
        const Status imported = f.keys.importKeyBlocking(colleagues);
        QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(f.keys.loadBlocking()->fingerprint(), SecretCipher::fingerprint(colleagues));
        QVERIFY(created.fingerprint() != SecretCipher::fingerprint(colleagues));
    }

    void loadStartedByATemporaryServiceStillAnswers()
    {
        // The GUI starts the load from a temporary; the answer comes after it is gone.
        Fixture f;
        QObject context;
        std::optional<Result<SecretCipher>> outcome;
        DataKeyService(f.database.db(), f.store).load(&context, [&](Result<SecretCipher> result) {
            outcome = std::move(result);
        });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY(outcome->ok());
        QCOMPARE(f.keys.loadBlocking()->fingerprint(), outcome->value().fingerprint());
    }

    void asyncLoadReportsLater()
    {
        Fixture f;
        QVERIFY(f.keys.loadOrCreateBlocking().ok());
        QObject context;
        std::optional<Result<SecretCipher>> outcome;
        f.keys.load(&context, [&](Result<SecretCipher> result) { outcome = std::move(result); });
        QVERIFY(!outcome.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY(outcome->ok());
    }
};

QTEST_GUILESS_MAIN(TestDataKey)
#include "tst_datakey.moc"
