// SPDX-License-Identifier: GPL-3.0-or-later
// Searching, sorting, paging and counting clients on a real SQLite database.
#include "core/clients/ClientRepository.h"
#include "tests/support/TestDatabase.h"

#include <QSet>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
QList<qint64> ids(const QList<Client>& clients)
{
    QList<qint64> result;
    for (const Client& client : clients)
        result << client.id;
    return result;
}
} // namespace

class TestClientRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;

    QList<qint64> search(const QString& text, std::optional<TwoFactorMethod> method = std::nullopt, int limit = 100)
    {
        ClientQuery query;
        query.text = text;
        query.method = method;
        auto found = ClientRepository(m_db->db()).search(query, 0, limit);
        if (!found)
            qWarning() << found.error().toString();
        return found ? ids(found.value()) : QList<qint64> {-1};
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        m_db->addClient(test::makeClient(101, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        m_db->addClient(test::makeClient(102, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Sms));
        m_db->addClient(test::makeClient(103, u"Grace"_s, u"Hopper"_s));
        Client edsger = test::makeClient(2024, u"Edsger"_s, u"Dijkstra"_s, TwoFactorMethod::Sms);
        edsger.email = u"ewd@cs.utexas.edu"_s;
        edsger.phone = u"+31612345678"_s;
        m_db->addClient(edsger);
        Client barbara = test::makeClient(105, u"Barbara"_s, u"Liskov"_s);
        barbara.email = u"liskov.b@mit.edu"_s;
        m_db->addClient(barbara);
    }

    void searchByIdFindsExactlyThatClient() { QCOMPARE(search(u"103"_s), QList<qint64>({103})); }

    void searchByPartialEmailFindsTheClient()
    {
        QCOMPARE(search(u"utexas"_s), QList<qint64>({2024}));
        QCOMPARE(search(u"lovelace@exa"_s), QList<qint64>({101}));
    }

    void searchByLastDigitsOfPhoneFindsTheClient()
    {
        QCOMPARE(search(u"5678"_s), QList<qint64>({2024}));
        QCOMPARE(search(u"+31 6 1234"_s), QList<qint64>({2024}));
    }

    void searchByNameFindsTheClientWhateverTheCase()
    {
        QCOMPARE(search(u"hopper"_s), QList<qint64>({103}));
        QCOMPARE(search(u"Grace Hopper"_s), QList<qint64>({103}));
        QCOMPARE(search(u"Grace Turing"_s), QList<qint64>());
    }

    void shortTermsMatchTheStartOfNamesOrEmail()
    {
        QCOMPARE(search(u"Al"_s), QList<qint64>({102}));
        QCOMPARE(search(u"li"_s), QList<qint64>({105}));
    }

    void userTextIsNeverQuerySyntax()
    {
        QCOMPARE(search(u"\"Ada\" OR *"_s), QList<qint64>());
        QCOMPARE(search(u"50%"_s), QList<qint64>());
        QCOMPARE(search(u"a_"_s), QList<qint64>());
    }

    void methodFilterKeepsOnlyThatMethod()
    {
        QCOMPARE(search({}, TwoFactorMethod::Sms), QList<qint64>({102, 2024}));
        QCOMPARE(search({}, TwoFactorMethod::Authenticator), QList<qint64>({101}));
        QCOMPARE(search({}, TwoFactorMethod::None), QList<qint64>({103, 105}));
        QCOMPARE(search(u"Turing"_s, TwoFactorMethod::None), QList<qint64>());
    }

    void sortOrders_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<qint64>>("expected");
        using K = ClientQuery::SortKey;
        QTest::newRow("id ascending") << int(K::Id) << int(Qt::AscendingOrder)
                                      << QList<qint64> {101, 102, 103, 105, 2024};
        QTest::newRow("id descending") << int(K::Id) << int(Qt::DescendingOrder)
                                       << QList<qint64> {2024, 105, 103, 102, 101};
        QTest::newRow("name (last, first)")
            << int(K::Name) << int(Qt::AscendingOrder) << QList<qint64> {2024, 103, 105, 101, 102};
        QTest::newRow("email descending")
            << int(K::Email) << int(Qt::DescendingOrder) << QList<qint64> {105, 103, 2024, 102, 101};
        QTest::newRow("method then enabled")
            << int(K::Method) << int(Qt::AscendingOrder) << QList<qint64> {101, 103, 105, 102, 2024};
    }

    void sortOrders()
    {
        QFETCH(int, key);
        QFETCH(int, order);
        QFETCH(QList<qint64>, expected);
        ClientQuery query;
        query.sortKey = ClientQuery::SortKey(key);
        query.order = Qt::SortOrder(order);
        auto found = ClientRepository(m_db->db()).search(query, 0, 100);
        QVERIFY(found.ok());
        QCOMPARE(ids(found.value()), expected);
    }

    void pagingNeverRepeatsOrSkipsAClient()
    {
        // Many equal sort keys: the id tie-breaker must give a total order.
        for (int i = 0; i < 60; ++i)
            m_db->addClient(test::makeClient(1000 + i, u"Same"_s, u"Name"_s, TwoFactorMethod(i % 3)));
        for (auto key : {ClientQuery::SortKey::Name, ClientQuery::SortKey::Method, ClientQuery::SortKey::Country}) {
            ClientQuery query;
            query.sortKey = key;
            query.order = Qt::DescendingOrder;
            QList<qint64> seen;
            for (int offset = 0;; offset += 7) {
                auto page = ClientRepository(m_db->db()).search(query, offset, 7);
                QVERIFY(page.ok());
                if (page.value().isEmpty())
                    break;
                seen += ids(page.value());
            }
            QCOMPARE(seen.size(), 65);
            QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 65);
        }
    }

    void countStopsAtTheCap()
    {
        const ClientRepository repository(m_db->db());
        QCOMPARE(repository.count({}, 1000).value(), 5);
        QCOMPARE(repository.count({}, 3).value(), 3);
        ClientQuery sms;
        sms.method = TwoFactorMethod::Sms;
        QCOMPARE(repository.count(sms, 1000).value(), 2);
    }

    void findLoadsAuthenticatorSettingsButSearchDoesNot()
    {
        const ClientRepository repository(m_db->db());
        auto ada = repository.find(101);
        QVERIFY(ada.ok());
        QVERIFY(ada.value().authenticator.has_value());
        QCOMPARE(ada.value().authenticator->sealedSecret, QByteArray("sealed-test-secret"));
        ClientQuery query;
        query.text = u"101"_s;
        QVERIFY(!repository.search(query, 0, 10).value().first().authenticator.has_value());
        QCOMPARE(repository.find(999).error().code, Error::Code::NotFound);
    }

    void maxIdAndExistsSeeEveryClient()
    {
        const ClientRepository repository(m_db->db());
        QCOMPARE(repository.maxId().value(), 2024);
        QVERIFY(repository.exists(105).value());
        QVERIFY(!repository.exists(106).value());
        test::TestDatabase empty;
        QCOMPARE(ClientRepository(empty.db()).maxId().value(), 0);
    }

    void sealedSecretsAreFoundUntilTheLastIsErased()
    {
        const ClientRepository repository(m_db->db());
        QVERIFY(repository.hasSealedSecrets().value()); // Ada's authenticator
        const qint64 version = repository.find(101).value().rowVersion;
        QVERIFY(m_db->db()
                    .writeTransaction([&]() -> Status {
                        auto disabled = repository.disableTwoFactorInTransaction(101, version);
                        return disabled ? Status(Ok {}) : Status(disabled.error());
                    })
                    .ok());
        QVERIFY(!repository.hasSealedSecrets().value());
    }

    void disablingErasesTheFactorOnlyAtTheExpectedVersion()
    {
        const ClientRepository repository(m_db->db());
        const Client before = repository.find(101).value();
        auto disable = [&](qint64 version) {
            Result<bool> written = false;
            const Status done = m_db->db().writeTransaction([&]() -> Status {
                written = repository.disableTwoFactorInTransaction(101, version);
                return written ? Status(Ok {}) : Status(written.error());
            });
            return done ? written : Result<bool>(done.error());
        };
        QCOMPARE(disable(before.rowVersion + 1).value(), false); // stale: nothing written
        QCOMPARE(repository.find(101).value().method, TwoFactorMethod::Authenticator);
        QCOMPARE(disable(before.rowVersion).value(), true);
        const Client after = repository.find(101).value();
        QCOMPARE(after.method, TwoFactorMethod::None);
        QVERIFY(!after.enabledAt.isValid());
        QVERIFY(!after.authenticator.has_value());
        QCOMPARE(after.rowVersion, before.rowVersion + 1);
        QVERIFY(m_db->db().scalar(u"SELECT totp_secret_sealed FROM clients WHERE id = 101"_s).value().isNull());
        QCOMPARE(disable(before.rowVersion).value(), false); // the version moved on
        QCOMPARE(disable(0).value(), false);
    }

    void bulkWriterRefusesATakenIdAndCountsWhatItInserted()
    {
        ClientRepository::BulkWriter writer(m_db->db());
        const Status done = m_db->db().writeTransaction([&]() -> Status {
            if (const Status ready = writer.begin(); !ready)
                return ready;
            auto exists = writer.exists(103);
            if (!exists || !exists.value())
                return Error::conflict(u"103 should exist"_s);
            auto taken = writer.insert(test::makeClient(103, u"Grace"_s, u"Again"_s));
            if (taken || taken.error().code != Error::Code::Conflict)
                return Error::conflict(u"a taken id was not refused as a conflict"_s);
            auto fresh = writer.insert(test::makeClient(0, u"Katherine"_s, u"Johnson"_s));
            if (!fresh)
                return fresh.error();
            if (fresh.value() != 2025)
                return Error::conflict(u"id 0 should get the next free id, got %1"_s.arg(fresh.value()));
            return writer.finish();
        });
        QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().toString()));
        QCOMPARE(writer.inserted(), 1);
        QVERIFY(!writer.bulk());
        QCOMPARE(search(u"Katherine"_s), QList<qint64>({2025})); // the search index has it
    }
};

QTEST_GUILESS_MAIN(TestClientRepository)
#include "tst_clientrepository.moc"
