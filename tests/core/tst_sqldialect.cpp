// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of SQL the dialect gives, run on a real SQLite file: the statements the repositories
// build from them do what they say.
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestSqlDialect : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;

    const Database& db() const { return m_db->db(); }
    const SqlDialect& dialect() const { return m_db->db().dialect(); }

    QStringList names(const QString& sql) const
    {
        QStringList found;
        auto rows = db().exec(sql);
        while (rows && rows.value().next())
            found << rows.value().value(0).toString();
        return found;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(db().run(u"CREATE TEMP TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                         u"size INTEGER NOT NULL DEFAULT 0)"_s)
                    .ok());
    }

    void cleanup() { m_db.reset(); }

    void upsertInsertsThenReplacesTheValues()
    {
        const QString upsert = dialect().upsert(u"things"_s, {u"name"_s}, {u"size"_s});
        QVERIFY(db().run(upsert, {u"box"_s, 1}).ok());
        QVERIFY(db().run(upsert, {u"box"_s, 2}).ok());
        QCOMPARE(db().integer(u"SELECT count(*) FROM things"_s).value(), 1);
        QCOMPARE(db().integer(u"SELECT size FROM things WHERE name = 'box'"_s).value(), 2);
    }

    void insertUnlessExistsKeepsTheFirstRow()
    {
        const QString insert = dialect().insertUnlessExists(u"things"_s, {u"name"_s, u"size"_s}, {u"name"_s});
        auto first = db().exec(insert, {u"box"_s, 1});
        QCOMPARE(first.value().numRowsAffected(), 1);
        auto again = db().exec(insert, {u"box"_s, 2});
        QVERIFY(again.ok());
        QCOMPARE(again.value().numRowsAffected(), 0);
        QCOMPARE(db().integer(u"SELECT size FROM things WHERE name = 'box'"_s).value(), 1);
    }

    void insertReturnsTheNewIdAndMarksAUniqueViolation()
    {
        auto first = db().insert(u"INSERT INTO things (name) VALUES (?)"_s, {u"box"_s});
        auto second = db().insert(u"INSERT INTO things (name) VALUES (?)"_s, {u"bag"_s});
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second.value(), first.value() + 1);
        auto taken = db().insert(u"INSERT INTO things (name) VALUES (?)"_s, {u"box"_s});
        QVERIFY(!taken.ok());
        QVERIFY(Database::isUniqueViolation(taken.error()));
        auto other = db().insert(u"INSERT INTO things (name) VALUES (?)"_s, {QVariant(QMetaType(QMetaType::QString))});
        QVERIFY(!other.ok()); // NOT NULL, not a unique violation
        QVERIFY(!Database::isUniqueViolation(other.error()));
    }

    void caseInsensitivePiecesIgnoreCase()
    {
        for (const QString& name : {u"carol"_s, u"Bob"_s, u"alice"_s})
            QVERIFY(db().run(u"INSERT INTO things (name) VALUES (?)"_s, {name}).ok());
        QCOMPARE(names(u"SELECT name FROM things ORDER BY "_s + dialect().caseInsensitive(u"name"_s)),
                 (QStringList {u"alice"_s, u"Bob"_s, u"carol"_s}));
        auto bob = db().integer(u"SELECT count(*) FROM things WHERE "_s + dialect().equalsIgnoringCase(u"name"_s),
                                {u"BOB"_s});
        QCOMPARE(bob.value(), 1);
        auto prefix
            = db().integer(u"SELECT count(*) FROM things WHERE "_s + dialect().likeIgnoringCase(u"name"_s), {u"B%"_s});
        QCOMPARE(prefix.value(), 1);
        auto unindexed = db().integer(
            u"SELECT count(*) FROM things WHERE "_s + dialect().withoutIndex(u"name"_s) + u" = ?"_s, {u"Bob"_s});
        QCOMPARE(unindexed.value(), 1);
    }

    void aReadSnapshotDoesNotSeeWritesMadeMeanwhile()
    {
        DatabaseLocation location;
        location.sqlitePath = m_db->path();
        auto writer = Database::open(location);
        QVERIFY(writer.ok());
        const auto clients = [&] {
            return db().integer(u"SELECT count(*) FROM clients"_s).value();
        };
        QVERIFY(db().beginReadSnapshot());
        QCOMPARE(clients(), 0);
        QVERIFY(writer.value()
                    ->writeTransaction([&] {
                        return writer.value()->run(
                            u"INSERT INTO clients (id, first_name, last_name, email, created_at) VALUES (1, 'A', 'B', "
                            u"'a@b.example', '2026-01-01T00:00:00.000Z')"_s);
                    })
                    .ok());
        QCOMPARE(clients(), 0); // still the snapshot
        db().endReadSnapshot();
        QCOMPARE(clients(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
