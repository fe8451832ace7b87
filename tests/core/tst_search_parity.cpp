// SPDX-License-Identifier: GPL-3.0-or-later
// The two backends' substring search (SQLite's FTS5 trigram table, PostgreSQL's pg_trgm GIN index)
// find the same clients for the same searches over the same data. Runs in the pg/ run, where both a
// SQLite file and the PostgreSQL test server are at hand.
#include "core/clients/ClientRepository.h"
#include "core/clients/DemoDataGenerator.h"
#include "core/secrets/SecretCipher.h"
#include "core/storage/Database.h"
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

QList<qint64> idsFound(const Database& database, const QString& text, std::optional<TwoFactorMethod> method)
{
    ClientQuery query;
    query.text = text;
    query.method = method;
    const auto found = ClientRepository(database).search(query, 0, 10000);
    if (!found)
        qFatal("search %s: %s", qPrintable(text), qPrintable(found.error().toString()));
    QList<qint64> ids;
    for (const Client& client : found.value())
        ids << client.id;
    return ids;
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
        const QStringList texts {u"ann"_s,        u"ANN"_s,    u"anna gr"_s, u"gmail"_s,   u"@gmail.com"_s,
                                 u"son"_s,        u"li"_s,     u"a"_s,       u"example"_s, u"+44"_s,
                                 u"4179"_s,       u"7400"_s,   u"12"_s,      u"7"_s,       u"o'brien"_s,
                                 u"müller"_s,     u"MÜLLER"_s, u"zoë"_s,     u"100%"_s,    u"exa_mple"_s,
                                 u"_"_s,          u"%"_s,      u"rü"_s,      u"grün"_s,    u"nobody-here"_s,
                                 u"jones anna"_s, u"an na"_s,  u".org"_s,    u"+41 79"_s,  u"600"_s};
        for (const QString& text : texts) {
            QTest::newRow(qPrintable(text)) << text << -1;
            QTest::newRow(qPrintable(text + u" (sms)"_s)) << text << int(TwoFactorMethod::Sms);
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
    }

    void theSearchesFindSomething()
    {
        // Not a comparison of two empty lists: the common searches match on both.
        QVERIFY(idsFound(m_postgres->db(), u"ann"_s, std::nullopt).size() > 3);
        QVERIFY(idsFound(m_postgres->db(), u"gmail"_s, std::nullopt).size() > 10);
        QVERIFY(idsFound(m_postgres->db(), u"o'brien-müller"_s, std::nullopt).contains(clientCount + 1));
    }

    void cleanupTestCase()
    {
        m_postgres.reset();
        m_sqlite.reset();
    }
};

QTEST_GUILESS_MAIN(TestSearchParity)
#include "tst_search_parity.moc"
