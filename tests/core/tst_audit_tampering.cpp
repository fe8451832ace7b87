// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log is append-only and tamper-evident: an edited, deleted, inserted or truncated row is
// reported at the right event. The tests tamper the way someone with the database file would:
// they drop the append-only triggers first.
#include "ManualClock.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Fixture
{
    test::TestDatabase database;
    test::ManualClock clock;
    AuditLog audit {database.db(), clock};

    explicit Fixture(int events = 5)
    {
        for (int i = 1; i <= events; ++i) {
            AuditEvent event;
            event.operatorName = u"alice"_s;
            event.action = QString::fromLatin1(AuditAction::TwoFactorDisabled);
            event.clientId = 100 + i;
            event.reason = u"ticket %1"_s.arg(i);
            event.details = {{u"n"_s, i}};
            if (!audit.append(event))
                qFatal("cannot append");
            clock.advanceSeconds(60);
        }
    }

    void dropTriggers() const
    {
        QVERIFY(database.db().exec(u"DROP TRIGGER audit_events_no_update"_s).ok());
        QVERIFY(database.db().exec(u"DROP TRIGGER audit_events_no_delete"_s).ok());
    }

    AuditVerification verify() const { return audit.verify().value(); }
};
} // namespace

class TestAuditTampering : public QObject
{
    Q_OBJECT

private slots:
    void untouchedLogIsIntact()
    {
        Fixture f;
        const AuditVerification result = f.verify();
        QVERIFY(result.intact());
        QCOMPARE(result.eventsChecked, 5);
        QCOMPARE(result.kind, AuditVerification::Break::None);
    }

    void emptyLogIsIntact()
    {
        Fixture f(0);
        QVERIFY(f.verify().intact());
        QCOMPARE(f.verify().eventsChecked, 0);
    }

    void updateAndDeleteAreRefusedByTheDatabase()
    {
        Fixture f;
        QVERIFY(!f.database.db().exec(u"UPDATE audit_events SET reason = 'x' WHERE id = 2"_s).ok());
        QVERIFY(!f.database.db().exec(u"DELETE FROM audit_events WHERE id = 2"_s).ok());
        QVERIFY(f.verify().intact());
    }

    void editedRowIsReportedAtThatEvent_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("reason") << u"reason"_s << u"nothing to see"_s;
        QTest::newRow("operator") << u"operator"_s << u"bob"_s;
        QTest::newRow("time") << u"at"_s << u"2020-01-01T00:00:00.000Z"_s;
        QTest::newRow("details") << u"details"_s << u"{\"n\":99}"_s;
        QTest::newRow("action") << u"action"_s << u"client.diagnose"_s;
    }

    void editedRowIsReportedAtThatEvent()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        Fixture f;
        f.dropTriggers();
        // The column name comes from the test table above, never from input.
        QVERIFY(f.database.db().exec(u"UPDATE audit_events SET %1 = ? WHERE id = 3"_s.arg(column), {value}).ok());
        const AuditVerification result = f.verify();
        QCOMPARE(result.firstBrokenEventId, std::optional<qint64>(3));
        QCOMPARE(result.kind, AuditVerification::Break::Edited);
    }

    void editedRowWithRecomputedHashIsReportedAtTheNextEvent()
    {
        Fixture f;
        f.dropTriggers();
        AuditEvent third = f.audit.list({}, 2, 1).value().first();
        QCOMPARE(third.id, 3);
        third.reason = u"rewritten"_s;
        const QString forged = AuditLog::hashOf(third.previousHash, third.canonicalContent());
        QVERIFY(f.database.db()
                    .exec(u"UPDATE audit_events SET reason = ?, hash = ? WHERE id = 3"_s, {third.reason, forged})
                    .ok());
        const AuditVerification result = f.verify();
        QCOMPARE(result.firstBrokenEventId, std::optional<qint64>(4));
        QCOMPARE(result.kind, AuditVerification::Break::Reordered);
    }

    void deletedRowIsReportedAtTheEventAfterIt()
    {
        Fixture f;
        f.dropTriggers();
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_events WHERE id = 2"_s).ok());
        const AuditVerification result = f.verify();
        QCOMPARE(result.firstBrokenEventId, std::optional<qint64>(3));
        QCOMPARE(result.kind, AuditVerification::Break::Reordered);
    }

    void deletedFirstRowIsReportedAtTheNewFirstEvent()
    {
        Fixture f;
        f.dropTriggers();
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_events WHERE id = 1"_s).ok());
        QCOMPARE(f.verify().firstBrokenEventId, std::optional<qint64>(2));
    }

    void insertedRowIsReported()
    {
        Fixture f;
        f.dropTriggers();
        // Make room after event 3 and insert a forged event whose own hashes are consistent.
        QVERIFY(f.database.db().exec(u"UPDATE audit_events SET id = id + 100 WHERE id > 3"_s).ok());
        QVERIFY(f.database.db().exec(u"UPDATE audit_events SET id = id - 99 WHERE id > 100"_s).ok());
        AuditEvent forged;
        forged.at = f.clock.nowUtc();
        forged.operatorName = u"mallory"_s;
        forged.action = QString::fromLatin1(AuditAction::TwoFactorDisabled);
        forged.previousHash = f.audit.list({}, 2, 1).value().first().hash; // event 3
        forged.hash = AuditLog::hashOf(forged.previousHash, forged.canonicalContent());
        QVERIFY(
            f.database.db()
                .exec(
                    u"INSERT INTO audit_events (id, at, operator, action, previous_hash, hash) VALUES (4, ?, ?, ?, ?, ?)"_s,
                    {forged.at.toString(Qt::ISODateWithMs), forged.operatorName, forged.action, forged.previousHash,
                     forged.hash})
                .ok());
        QCOMPARE(f.audit.count({}).value(), 6);
        const AuditVerification result = f.verify();
        // The forged event 4 is consistent with event 3; the chain breaks at the old event 4, now 5.
        QCOMPARE(result.firstBrokenEventId, std::optional<qint64>(5));
        QCOMPARE(result.kind, AuditVerification::Break::Reordered);
    }

    void insertedRowWithBadHashIsReportedAtItself()
    {
        Fixture f;
        f.dropTriggers();
        QVERIFY(f.database.db().exec(u"UPDATE audit_events SET id = id + 100 WHERE id > 3"_s).ok());
        QVERIFY(f.database.db().exec(u"UPDATE audit_events SET id = id - 99 WHERE id > 100"_s).ok());
        QVERIFY(f.database.db()
                    .exec(u"INSERT INTO audit_events (id, at, operator, action, previous_hash, hash) "
                          u"VALUES (4, '2026-11-23T12:00:00.000Z', 'mallory', 'x', 'y', 'z')"_s)
                    .ok());
        QCOMPARE(f.verify().firstBrokenEventId, std::optional<qint64>(4));
    }

    void deletingTheLastRowIsDetected()
    {
        Fixture f;
        f.dropTriggers();
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_events WHERE id = 5"_s).ok());
        const AuditVerification result = f.verify();
        QCOMPARE(result.firstBrokenEventId, std::optional<qint64>(5));
        QCOMPARE(result.kind, AuditVerification::Break::Truncated);
    }

    void deletingEveryRowIsDetected()
    {
        Fixture f;
        f.dropTriggers();
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_events"_s).ok());
        const AuditVerification result = f.verify();
        QCOMPARE(result.firstBrokenEventId, std::optional<qint64>(1));
        QCOMPARE(result.kind, AuditVerification::Break::Truncated);
    }

    void appendingAfterTruncationStillShowsTheGap()
    {
        Fixture f;
        f.dropTriggers();
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_events WHERE id >= 4"_s).ok());
        AuditEvent next;
        next.operatorName = u"alice"_s;
        next.action = QString::fromLatin1(AuditAction::Diagnosed);
        const auto appended = f.audit.append(next);
        QVERIFY(appended.ok());
        QCOMPARE(appended.value().id, 6); // ids are never reused
        const AuditVerification result = f.verify();
        QCOMPARE(result.firstBrokenEventId, std::optional<qint64>(6));
        QCOMPARE(result.kind, AuditVerification::Break::Reordered);
    }

    void forgedEventAppendedAtTheEndIsDetected()
    {
        Fixture f;
        f.dropTriggers();
        AuditEvent forged;
        forged.at = f.clock.nowUtc();
        forged.operatorName = u"mallory"_s;
        forged.action = QString::fromLatin1(AuditAction::TwoFactorDisabled);
        forged.previousHash = f.audit.list({}, 0, 1).value().first().hash;
        forged.hash = AuditLog::hashOf(forged.previousHash, forged.canonicalContent());
        QVERIFY(
            f.database.db()
                .exec(
                    u"INSERT INTO audit_events (id, at, operator, action, previous_hash, hash) VALUES (6, ?, ?, ?, ?, ?)"_s,
                    {forged.at.toString(Qt::ISODateWithMs), forged.operatorName, forged.action, forged.previousHash,
                     forged.hash})
                .ok());
        QCOMPARE(f.verify().firstBrokenEventId, std::optional<qint64>(6));
    }

    void verificationReportsProgressAndCanBeCancelled()
    {
        Fixture f(4500);
        QList<qint64> reported;
        const auto done = f.audit.verify([&](qint64 checked) {
            reported << checked;
            return true;
        });
        QVERIFY(done.ok());
        QCOMPARE(reported, (QList<qint64> {2000, 4000}));
        const auto cancelled = f.audit.verify([](qint64) { return false; });
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    }

    void keysetPagingWalksTheWholeLogNewestFirst()
    {
        Fixture f(25);
        AuditFilter filter;
        QList<qint64> ids;
        for (;;) {
            const QList<AuditEvent> page = f.audit.list(filter, 0, 10).value();
            for (const AuditEvent& event : page)
                ids << event.id;
            if (page.size() < 10)
                break;
            filter.beforeId = page.last().id;
        }
        QCOMPARE(ids.size(), 25);
        QCOMPARE(ids.first(), 25);
        QCOMPARE(ids.last(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditTampering)
#include "tst_audit_tampering.moc"
