// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli audit list|verify|export, run in process (tests/support/CliRunner) on a real database file.
#include "core/audit/AuditLog.h"
#include "tests/support/CliRunner.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestAuditEvents.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
using Run = test::CliRun;

/// A database without operators (commands act as the OS user) holding six events over three days.
class Fixture
{
public:
    Fixture()
    {
        test::ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        const AuditLog audit(m_database.db(), clock);
        const struct
        {
            const char* op;
            const char* action;
            qint64 client;
            const char* reason;
        } rows[] = {
            {"alice", AuditAction::TwoFactorDisabled, 7, "lost phone, ticket 1"},
            {"bob", AuditAction::Diagnosed, 7, ""},
            {"alice", AuditAction::CodeChecked, 8, ""},
            {"bob", AuditAction::TwoFactorDisabled, 8, "=cmd|' /C calc'!A0"},
            {"alice", AuditAction::Diagnosed, 9, ""},
            {"carol", AuditAction::PermissionRefused, 9, ""},
        };
        for (const auto& row : rows) {
            AuditEvent event = test::auditEvent(QString::fromLatin1(row.op), row.action);
            event.clientId = row.client;
            event.reason = QString::fromUtf8(row.reason);
            if (!audit.append(event))
                qFatal("cannot append");
            clock.advanceSeconds(12 * 3600); // 20th 09:00, 20th 21:00, 21st 09:00, 21st 21:00, 22nd ...
        }
    }

    Run run(const QStringList& arguments) const
    {
        return test::runCli(QStringList {u"--db"_s, m_database.path()} + arguments);
    }

    QJsonArray listJson(const QStringList& filters) const
    {
        const Run listed = run(QStringList {u"--json"_s, u"audit"_s, u"list"_s} + filters);
        if (listed.exitCode != 0)
            qWarning() << listed.err;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(listed.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << listed.out;
        return document.array();
    }

    Database& db() const { return m_database.db(); }
    QString dir() const { return m_database.dir(); }

    void tamper(const QString& sql) const
    {
        QVERIFY(m_database.dropTrigger(u"audit_events_no_update"_s, u"audit_events"_s).ok());
        QVERIFY(m_database.dropTrigger(u"audit_events_no_delete"_s, u"audit_events"_s).ok());
        QVERIFY(db().exec(sql).ok());
    }

private:
    test::TestDatabase m_database {test::TestDatabase::Use::WithCli};
};
} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private slots:
    void listJsonHasEveryFieldNewestFirst()
    {
        Fixture f;
        const QJsonArray events = f.listJson({});
        QCOMPARE(events.size(), 6);
        const QJsonObject newest = events.at(0).toObject();
        for (const char* key :
             {"id", "at", "operator", "action", "client_id", "target", "before", "after", "reason", "details"})
            QVERIFY2(newest.contains(QLatin1String(key)), key);
        QCOMPARE(newest[u"id"_s].toInteger(), 6);
        QCOMPARE(newest[u"operator"_s].toString(), u"carol"_s);
        QCOMPARE(events.at(5)[u"reason"_s].toString(), u"lost phone, ticket 1"_s);
        QCOMPARE(events.at(5)[u"client_id"_s].toInteger(), 7);
        QCOMPARE(events.at(5)[u"at"_s].toString(), u"2026-11-20T09:00:00.000Z"_s);
    }

    void listFilters_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("client") << QStringList {u"--client"_s, u"8"_s} << QList<qint64> {4, 3};
        QTest::newRow("operator") << QStringList {u"--operator"_s, u"alice"_s} << QList<qint64> {5, 3, 1};
        QTest::newRow("action") << QStringList {u"--action"_s, u"client.2fa.disable"_s} << QList<qint64> {4, 1};
        QTest::newRow("since day") << QStringList {u"--since"_s, u"2026-11-22"_s} << QList<qint64> {6, 5};
        QTest::newRow("until day is inclusive") << QStringList {u"--until"_s, u"2026-11-20"_s} << QList<qint64> {2, 1};
        QTest::newRow("date-time range") << QStringList {u"--since"_s, u"2026-11-20T21:00:00Z"_s, u"--until"_s,
                                                         u"2026-11-21T21:00:00Z"_s}
                                         << QList<qint64> {3, 2};
        QTest::newRow("combined") << QStringList {u"--operator"_s, u"bob"_s, u"--client"_s, u"7"_s}
                                  << QList<qint64> {2};
        QTest::newRow("limit") << QStringList {u"--limit"_s, u"2"_s} << QList<qint64> {6, 5};
        QTest::newRow("nothing") << QStringList {u"--client"_s, u"999"_s} << QList<qint64> {};
    }

    void listFilters()
    {
        QFETCH(QStringList, filters);
        QFETCH(QList<qint64>, ids);
        Fixture f;
        QList<qint64> listed;
        for (const QJsonValue& event : f.listJson(filters))
            listed << event[u"id"_s].toInteger();
        QCOMPARE(listed, ids);
    }

    void badFilterValuesAreUsageErrorsNamingTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("client") << QStringList {u"--client"_s, u"abc"_s} << u"--client abc"_s;
        QTest::newRow("since") << QStringList {u"--since"_s, u"yesterday"_s} << u"--since yesterday"_s;
        QTest::newRow("until") << QStringList {u"--until"_s, u"2026-13-01"_s} << u"--until 2026-13-01"_s;
        QTest::newRow("limit") << QStringList {u"--limit"_s, u"0"_s} << u"--limit 0"_s;
    }

    void badFilterValuesAreUsageErrorsNamingTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        Fixture f;
        const Run refused = f.run(QStringList {u"audit"_s, u"list"_s} + arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(named), qPrintable(refused.err));
    }

    void verifyIntactLogExitsZeroWithTheCount()
    {
        Fixture f;
        const Run verified = f.run({u"audit"_s, u"verify"_s});
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.out.trimmed(), u"The audit log is intact: 6 events checked."_s);
        const Run json = f.run({u"--json"_s, u"audit"_s, u"verify"_s});
        const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(result[u"intact"_s].toBool(), true);
        QCOMPARE(result[u"events_checked"_s].toInteger(), 6);
    }

    void verifyReportsTheFirstBrokenEventAndExitsOne_data()
    {
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<int>("brokenAt");
        QTest::addColumn<QString>("says");
        QTest::newRow("edited") << u"UPDATE audit_events SET reason = 'nothing' WHERE id = 4"_s << 4
                                << u"Event 4 does not match its hash"_s;
        QTest::newRow("deleted") << u"DELETE FROM audit_events WHERE id = 2"_s << 3
                                 << u"Event 3 does not follow the event before it"_s;
        QTest::newRow("newest deleted") << u"DELETE FROM audit_events WHERE id >= 5"_s << 5
                                        << u"The log ends at event 4 but its head says 6: events were removed."_s;
        QTest::newRow("newest deleted, head rewritten")
            << u"DELETE FROM audit_events WHERE id >= 5; UPDATE audit_head SET last_id = 4, event_count = 4, "
               u"last_hash = (SELECT hash FROM audit_events WHERE id = 4)"_s
            << 0 << u"The log's head does not match its MAC"_s;
        QTest::newRow("head deleted") << u"DELETE FROM audit_head"_s << 7 << u"no head: its head was removed"_s;
        QTest::newRow("emptied") << u"DELETE FROM audit_events"_s << 1
                                 << u"The audit log is empty but its head says it ends at event 6"_s;
        QTest::newRow("inserted at the end")
            << u"INSERT INTO audit_events (id, at, operator, action, previous_hash, hash) "
               u"VALUES (7, '2026-11-23T00:00:00.000Z', 'mallory', 'x', 'a', 'b')"_s
            << 7 << u"Event 7 does not follow"_s;
    }

    void verifyReportsTheFirstBrokenEventAndExitsOne()
    {
        QFETCH(QString, tampering);
        QFETCH(int, brokenAt);
        QFETCH(QString, says);
        Fixture f;
        for (const QString& statement : tampering.split(u"; "_s))
            f.tamper(statement);
        const Run verified = f.run({u"audit"_s, u"verify"_s});
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.out.contains(says), qPrintable(verified.out));
        const Run json = f.run({u"--json"_s, u"audit"_s, u"verify"_s});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(result[u"intact"_s].toBool(), false);
        QCOMPARE(result[u"first_broken_event_id"_s].toInteger(), brokenAt);
    }

    void exportWritesCsvFileWithFiltersAndNeutralisedFormulas()
    {
        Fixture f;
        const QString path = f.dir() + u"/audit.csv"_s;
        const Run exported = f.run({u"audit"_s, u"export"_s, u"--csv"_s, path, u"--operator"_s, u"bob"_s});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.contains(u"Exported 2 events"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, 2 events, trailing empty
        QVERIFY(lines.at(0).startsWith("id,at,operator,action,client_id"));
        QVERIFY(lines.at(1).startsWith("4,"));
        QVERIFY2(lines.at(1).contains(",'=cmd|"), lines.at(1).constData());
    }

    void exportToStandardOutput()
    {
        Fixture f;
        const Run exported = f.run({u"audit"_s, u"export"_s, u"--csv"_s, u"-"_s});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out.count(u"\r\n"_s), 7);
    }

    void exportToAnUnwritablePathIsAUsageError()
    {
        Fixture f;
        const Run refused = f.run({u"audit"_s, u"export"_s, u"--csv"_s, u"/nonexistent/dir/audit.csv"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(u"/nonexistent/dir/audit.csv"_s));
    }

    void unknownActionIsAUsageError()
    {
        Fixture f;
        QCOMPARE(f.run({u"audit"_s, u"rewrite"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
