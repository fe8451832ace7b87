// SPDX-License-Identifier: GPL-3.0-or-later
// The two backends' substring search (SQLite's FTS5 trigram table, PostgreSQL's clients_search table
// with its pg_trgm GIN index) find and count the same clients for the same searches over the same data,
// also after the clients change and in a copy of the database. Runs in the pg/ run, where both a
// SQLite file and the PostgreSQL test server are at hand.
#include "core/clients/ClientRepository.h"
#include "core/clients/DemoDataGenerator.h"
#include "core/secrets/SecretCipher.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseCopy.h"
#include "tests/support/TestDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 clientCount = 600;

/// The same clients on `database`: demo clients from one seed, and a few whose text is awkward.
void fill(const Database& database)
{
    const SecretCipher cipher = SecretCipher::fromKey(QByteArray(32, '\x11')).value();
    DemoDataGenerator generator(cipher, 7);
    QList<Client> clients;
    for (qint64 id = 1; id <= clientCount; ++id)
        clients << generator.makeClient(id).value();
    Client odd = test::makeClient(clientCount + 1, u"Zoë"_s, u"O'Brien-Müller"_s);
    odd.email = u"zoe_100%.obrien@exa_mple.com"_s;
    clients << odd;
    Client upper = test::makeClient(clientCount + 2, u"ANNA"_s, u"GRÜN"_s);
    upper.email = u"ANNA.GRUEN@EXAMPLE.ORG"_s;
    clients << upper;
    const ClientRepository repository(database);
    const Status done = database.writeTransaction([&]() -> Status {
        auto ids = repository.insertInTransaction(clients);
        return ids ? Status(Ok {}) : Status(ids.error());
    });
    if (!done)
        qFatal("cannot fill: %s", qPrintable(done.error().toString()));
}

QList<qint64> idsFound(const Database& database, const QString& text, std::optional<TwoFactorMethod> method,
                       ClientQuery::SortKey sortKey = ClientQuery::SortKey::Id)
{
    ClientQuery query;
    query.text = text;
    query.method = method;
    query.sortKey = sortKey;
    const auto found = ClientRepository(database).search(query, 0, 10000);
    if (!found)
        qFatal("search %s: %s", qPrintable(text), qPrintable(found.error().toString()));
    QList<qint64> ids;
    for (const Client& client : found.value())
        ids << client.id;
    return ids;
}

/// The list's capped count of the search, as ClientListModel asks for it.
qint64 countFound(const Database& database, const QString& text, std::optional<TwoFactorMethod> method, qint64 cap)
{
    ClientQuery query;
    query.text = text;
    query.method = method;
    const auto counted = ClientRepository(database).count(query, cap);
    if (!counted)
        qFatal("count %s: %s", qPrintable(text), qPrintable(counted.error().toString()));
    return counted.value();
}

const QStringList searchTexts {
    u"ann"_s,     u"ANN"_s,     u"anna gr"_s, u"gmail"_s,       u"@gmail.com"_s, u"son"_s,       u"li"_s,
    u"a"_s,       u"example"_s, u"+44"_s,     u"4179"_s,        u"7400"_s,       u"12"_s,        u"7"_s,
    u"o'brien"_s, u"müller"_s,  u"MÜLLER"_s,  u"zoë"_s,         u"100%"_s,       u"exa_mple"_s,  u"_"_s,
    u"%"_s,       u"rü"_s,      u"grün"_s,    u"nobody-here"_s, u"jones anna"_s, u"an na"_s,     u".org"_s,
    u"+41 79"_s,  u"600"_s,     u"quux"_s,    u"quuxley"_s,     u"ick"_s,        u"ann gmail"_s, u"+"_s};

/// Every search of searchTexts, with and without each method, finds the same ids on both.
void compareAll(const Database& expected, const Database& actual)
{
    for (const QString& text : searchTexts) {
        for (int method = -1; method <= int(TwoFactorMethod::Sms); ++method) {
            const std::optional<TwoFactorMethod> filter
                = method < 0 ? std::nullopt : std::optional<TwoFactorMethod>(TwoFactorMethod(method));
            QCOMPARE(idsFound(actual, text, filter), idsFound(expected, text, filter));
            QCOMPARE(countFound(actual, text, filter, 10001), countFound(expected, text, filter, 10001));
        }
    }
}
} // namespace

class TestSearchParity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_sqlite;
    std::unique_ptr<test::TestDatabase> m_postgres;

private slots:
    void initTestCase()
    {
        if (!test::TestDatabase::onPostgreSql())
            QSKIP("compares with PostgreSQL: runs as pg/core/tst_search_parity");
        DatabaseLocation sqlite;
        sqlite.sqlitePath = m_dir.filePath(u"parity.sqlite"_s);
        m_sqlite = Database::open(sqlite).value();
        m_postgres = std::make_unique<test::TestDatabase>();
        fill(*m_sqlite);
        fill(m_postgres->db());
    }

    void sameIdsForTheSameSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("method"); // -1: any
        for (const QString& text : searchTexts) {
            QTest::newRow(qPrintable(text)) << text << -1;
            QTest::newRow(qPrintable(text + u" (sms)"_s)) << text << int(TwoFactorMethod::Sms);
            QTest::newRow(qPrintable(text + u" (authenticator)"_s)) << text << int(TwoFactorMethod::Authenticator);
        }
    }

    void sameIdsForTheSameSearch()
    {
        QFETCH(QString, text);
        QFETCH(int, method);
        const std::optional<TwoFactorMethod> filter
            = method < 0 ? std::nullopt : std::optional<TwoFactorMethod>(TwoFactorMethod(method));
        const QList<qint64> onSqlite = idsFound(*m_sqlite, text, filter);
        const QList<qint64> onPostgres = idsFound(m_postgres->db(), text, filter);
        QCOMPARE(onPostgres, onSqlite);
        // The capped count (from the search index alone where it can) agrees, below and at the cap.
        QCOMPARE(countFound(m_postgres->db(), text, filter, 10001), countFound(*m_sqlite, text, filter, 10001));
        QCOMPARE(countFound(m_postgres->db(), text, filter, 3), countFound(*m_sqlite, text, filter, 3));
        // Another order over the same matches (the name's index, or the method's, may drive).
        QCOMPARE(idsFound(m_postgres->db(), text, filter, ClientQuery::SortKey::Name),
                 idsFound(*m_sqlite, text, filter, ClientQuery::SortKey::Name));
        QCOMPARE(idsFound(m_postgres->db(), text, filter, ClientQuery::SortKey::Method),
                 idsFound(*m_sqlite, text, filter, ClientQuery::SortKey::Method));
    }

    void theSearchesFindSomething()
    {
        // Not a comparison of two empty lists: the common searches match on both.
        QVERIFY(idsFound(m_postgres->db(), u"ann"_s, std::nullopt).size() > 3);
        QVERIFY(idsFound(m_postgres->db(), u"gmail"_s, std::nullopt).size() > 10);
        QVERIFY(idsFound(m_postgres->db(), u"o'brien-müller"_s, std::nullopt).contains(clientCount + 1));
    }

    void aCopyFindsTheSame()
    {
        // db copy inserts into clients: the copy's search table (or FTS5 table) is filled by its triggers.
        const auto toPostgres
            = Database::open(DatabaseLocation::parse(test::TestDatabase::createEmptyPostgreSqlDatabase()).value())
                  .value();
        const auto there = DatabaseCopy::copy(*m_sqlite, *toPostgres);
        QVERIFY2(there.ok(), qPrintable(there ? QString() : there.error().toString()));
        compareAll(*m_sqlite, *toPostgres);
        DatabaseLocation backLocation;
        backLocation.sqlitePath = m_dir.filePath(u"back.sqlite"_s);
        const auto back = Database::open(backLocation).value();
        const auto again = DatabaseCopy::copy(*toPostgres, *back);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().toString()));
        compareAll(*m_sqlite, *back);
    }

    void staysInStepWithChanges()
    {
        // The same changes on both: a rename, a new e-mail and phone, 2FA turned off, a client removed.
        for (const Database* database : {m_sqlite.get(), &m_postgres->db()}) {
            const ClientRepository repository(*database);
            QVERIFY(database->run(u"UPDATE clients SET last_name = 'Quuxley' WHERE id = 10"_s).ok());
            QVERIFY(database
                        ->run(u"UPDATE clients SET email = 'quux@example.org', phone = '+417400123' "
                              u"WHERE id = 11"_s)
                        .ok());
            QVERIFY(database->run(u"UPDATE clients SET country = 'CH' WHERE id = 12"_s).ok());
            QVERIFY(database->run(u"DELETE FROM clients WHERE id = 13"_s).ok());
            for (const qint64 id : {qint64(14), qint64(15), qint64(16)}) {
                const Client client = repository.find(id).value();
                const Status done = database->writeTransaction([&]() -> Status {
                    auto changed = repository.disableTwoFactorInTransaction(id, client.rowVersion);
                    return changed ? Status(Ok {}) : Status(changed.error());
                });
                QVERIFY(done.ok());
            }
        }
        QCOMPARE(idsFound(m_postgres->db(), u"quuxley"_s, std::nullopt), QList<qint64> {10});
        QCOMPARE(idsFound(m_postgres->db(), u"quux"_s, TwoFactorMethod::None).contains(10),
                 ClientRepository(m_postgres->db()).find(10).value().method == TwoFactorMethod::None);
        compareAll(*m_sqlite, m_postgres->db());
    }

    void aTruncateEmptiesTheSearchTable()
    {
        // Nothing in the product truncates clients, but the search table must not keep stale rows if it is.
        const Database& postgres = m_postgres->db();
        QVERIFY(postgres.run(u"TRUNCATE clients CASCADE"_s).ok());
        QCOMPARE(postgres.integer(u"SELECT count(*) FROM clients_search"_s).value(), 0);
        QVERIFY(idsFound(postgres, u"ann"_s, std::nullopt).isEmpty());
    }

    void cleanupTestCase()
    {
        m_postgres.reset();
        m_sqlite.reset();
    }
};

QTEST_GUILESS_MAIN(TestSearchParity)
#include "tst_search_parity.moc"
