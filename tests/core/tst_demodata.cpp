// SPDX-License-Identifier: GPL-3.0-or-later
// Demo data: valid E.164 mobile numbers from several countries, a mix of methods, secrets sealed with
// the data key, reproducible from a seed, written in one transaction that a cancel leaves empty.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/clients/DemoDataGenerator.h"
#include "core/clients/PhoneNumber.h"
#include "core/secrets/SecretCipher.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestDatabase.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestDemoData : public QObject
{
    Q_OBJECT

private:
    const Actor m_admin {u"root"_s, Role::Admin};
    const SecretCipher m_cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();

private slots:
    void mobileRangesCoverSeveralCountries()
    {
        const auto& ranges = DemoDataGenerator::mobileRanges();
        QVERIFY2(ranges.size() >= 10, qPrintable(QString::number(ranges.size())));
        for (const auto& range : ranges)
            QVERIFY2(range.freeDigits >= 3, qPrintable(range.region));
    }

    void clientsHaveValidMobileNumbersAndAMixOfMethods()
    {
        test::ManualClock clock;
        DemoDataGenerator generator(m_cipher, 42, clock);
        QHash<TwoFactorMethod, int> methods;
        QSet<QString> countries;
        static const QRegularExpression email(u"^[a-z0-9.]+@[a-z0-9.-]+\\.[a-z]{2,}$"_s);
        for (qint64 id = 1; id <= 600; ++id) {
            auto made = generator.makeClient(id);
            QVERIFY(made.ok());
            const Client& client = made.value();
            const PhoneNumberInfo phone = PhoneNumber::inspect(client.phone);
            QVERIFY2(phone.isValid(), qPrintable(client.phone));
            QVERIFY2(phone.type == PhoneNumberInfo::Type::Mobile
                         || phone.type == PhoneNumberInfo::Type::FixedLineOrMobile,
                     qPrintable(client.phone));
            QCOMPARE(phone.e164, client.phone);
            QCOMPARE(phone.regionCode, client.country);
            QVERIFY2(email.match(client.email).hasMatch(), qPrintable(client.email));
            QVERIFY(!client.firstName.isEmpty() && !client.lastName.isEmpty());
            QVERIFY(client.createdAt <= clock.nowUtc());
            QCOMPARE(client.enabledAt.isValid(), client.method != TwoFactorMethod::None);
            if (client.enabledAt.isValid())
                QVERIFY(client.enabledAt >= client.createdAt && client.enabledAt <= clock.nowUtc());
            ++methods[client.method];
            countries.insert(client.country);
        }
        QVERIFY(countries.size() >= 8);
        for (auto method : {TwoFactorMethod::None, TwoFactorMethod::Authenticator, TwoFactorMethod::Sms})
            QVERIFY2(methods.value(method) > 120, qPrintable(twoFactorMethodToString(method)));
    }

    void authenticatorSecretsAreRandom160BitAndOpenWithTheCipher()
    {
        DemoDataGenerator generator(m_cipher, 7);
        QSet<QString> secrets;
        for (qint64 id = 1; id <= 200; ++id) {
            const Client client = generator.makeClient(id).value();
            if (client.method != TwoFactorMethod::Authenticator)
                continue;
            QVERIFY(client.authenticator.has_value());
            auto secret = TotpSecretSealing::open(m_cipher, id, client.authenticator->sealedSecret);
            QVERIFY(secret.ok());
            QCOMPARE(secret.value().size(), 32); // 32 base32 characters = 160 bits
            QVERIFY(QRegularExpression(u"^[A-Z2-7]{32}$"_s).match(secret.value()).hasMatch());
            QVERIFY(!client.authenticator->sealedSecret.contains(secret.value().toLatin1()));
            secrets.insert(secret.value());
        }
        QVERIFY(secrets.size() > 40);
    }

    void theSameSeedGivesTheSameClients()
    {
        test::ManualClock clock;
        DemoDataGenerator first(m_cipher, 99, clock);
        DemoDataGenerator second(m_cipher, 99, clock);
        DemoDataGenerator other(m_cipher, 100, clock);
        int differences = 0;
        for (qint64 id = 1; id <= 50; ++id) {
            const Client a = first.makeClient(id).value();
            const Client b = second.makeClient(id).value();
            const Client c = other.makeClient(id).value();
            QCOMPARE(a.email, b.email);
            QCOMPARE(a.phone, b.phone);
            QCOMPARE(a.method, b.method);
            QCOMPARE(a.enabledAt, b.enabledAt);
            differences += a.email != c.email;
        }
        QVERIFY(differences > 40);
    }

    void generateWritesClientsAndOneAuditEvent_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("row by row") << 1500;
        QTest::newRow("bulk, indexes rebuilt") << int(DemoDataGenerator::BulkThreshold);
    }

    void generateWritesClientsAndOneAuditEvent()
    {
        QFETCH(int, count);
        test::TestDatabase db;
        db.addClient(test::makeClient(5, u"Ada"_s, u"Lovelace"_s));
        const AuditLog audit(db.db());
        // The indexes and the search table's triggers on clients (on PostgreSQL also the search table's
        // indexes), the same before and after.
        const QString schemaSql = test::TestDatabase::onPostgreSql()
            ? u"SELECT string_agg(name, ',' ORDER BY name) FROM (SELECT indexname AS name FROM pg_indexes WHERE "
              u"tablename IN ('clients', 'clients_search') UNION ALL SELECT tgname FROM pg_trigger WHERE "
              u"tgrelid = 'clients'::regclass AND NOT tgisinternal) schema"_s
            : u"SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema WHERE tbl_name = "
              u"'clients' ORDER BY name)"_s;
        const QString schemaBefore = db.db().scalar(schemaSql).value().toString();
        DemoDataGenerator generator(m_cipher, 1);
        qint64 lastDone = 0;
        auto created = generator.generate(db.db(), audit, m_admin, count, [&](qint64 done, qint64 total) {
            lastDone = done;
            return done <= total;
        });
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().toString()));
        QCOMPARE(created.value(), count);
        QVERIFY(lastDone > 0);
        QCOMPARE(db.db().scalar(u"SELECT count(*) FROM clients"_s).value().toLongLong(), count + 1);
        QCOMPARE(db.db().scalar(u"SELECT min(id) FROM clients WHERE id > 5"_s).value().toLongLong(), 6);
        auto events = audit.list({});
        QCOMPARE(events.value().size(), 1);
        QCOMPARE(events.value().first().action, u"clients.demo"_s);
        QCOMPARE(events.value().first().details.value(u"count"_s).toInt(), count);
        // Indexes and the trigram search work on the new rows (also after a bulk rebuild).
        QCOMPARE(db.db().scalar(schemaSql).value().toString(), schemaBefore);
        QVERIFY(schemaBefore.contains(u"clients_search_insert"_s));
        if (test::TestDatabase::onPostgreSql())
            QVERIFY(schemaBefore.contains(u"clients_search_trigram"_s));
        // SQLite's FTS5 table, PostgreSQL's search table: a row for every client, kept by their triggers.
        QCOMPARE(db.db().scalar(u"SELECT count(*) FROM clients_search"_s).value().toLongLong(), count + 1);
        const Client sample = ClientRepository(db.db()).find(6 + count / 2).value();
        ClientQuery query;
        query.text = sample.email.left(sample.email.indexOf(u'@'));
        auto found = ClientRepository(db.db()).search(query, 0, 1000);
        QVERIFY(found.ok());
        bool seen = false;
        for (const Client& client : found.value())
            seen = seen || client.id == sample.id;
        QVERIFY(seen);
    }

    void cancellingKeepsNothing()
    {
        test::TestDatabase db;
        const AuditLog audit(db.db());
        DemoDataGenerator generator(m_cipher, 1);
        auto cancelled
            = generator.generate(db.db(), audit, m_admin, 20000, [](qint64 done, qint64) { return done < 5000; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QCOMPARE(db.db().scalar(u"SELECT count(*) FROM clients"_s).value().toLongLong(), 0);
        QCOMPARE(audit.count({}).value(), 0);
    }

    void onlyAdministratorsCreateDemoData()
    {
        test::TestDatabase db;
        const AuditLog audit(db.db());
        DemoDataGenerator generator(m_cipher, 1);
        auto refused = generator.generate(db.db(), audit, Actor {u"sam"_s, Role::Support}, 10);
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QCOMPARE(db.db().scalar(u"SELECT count(*) FROM clients"_s).value().toLongLong(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
