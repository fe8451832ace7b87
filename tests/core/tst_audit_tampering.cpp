// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log is append-only and tamper-evident: an edited, deleted, inserted or truncated row is
// reported at the right event. The tests tamper the way someone with the database file would:
// they drop the append-only triggers first.
#include "core/audit/AuditChain.h"
#include "core/audit/AuditKeyRing.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditVerificationText.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestAuditEvents.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

#include <algorithm>
#include <functional>

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
            AuditEvent event = test::auditEvent(u"alice"_s, AuditAction::TwoFactorDisabled);
            event.clientId = 100 + i;
            event.reason = u"ticket %1"_s.arg(i);
            event.details = {{u"n"_s, i}};
            if (!audit.append(event))
                qFatal("cannot append");
            clock.advanceSeconds(60);
        }
    }

    /// What the database's owner (an attacker with its file, or its PostgreSQL role) can do.
    void dropTriggers() const
    {
        QVERIFY(database.dropTrigger(u"audit_events_no_update"_s, u"audit_events"_s).ok());
        QVERIFY(database.dropTrigger(u"audit_events_no_delete"_s, u"audit_events"_s).ok());
    }

    AuditVerification verify() const { return audit.verify().value(); }

    QString hashOf(qint64 id) const
    {
        return database.db().scalar(u"SELECT hash FROM audit_events WHERE id = ?"_s, {id}).value().toString();
    }

    /// Rewrites the reason of `newestFirst` (a page of list()) and re-chains them from the genesis
    /// hash with `hash`, as someone with the file would; returns the last hash.
    QString rewriteChain(QList<AuditEvent> newestFirst, const QString& reason,
                         const std::function<QString(const QString&, const QByteArray&)>& hash) const
    {
        QString previous = AuditChain::genesisHash();
        std::reverse(newestFirst.begin(), newestFirst.end());
        for (AuditEvent& event : newestFirst) {
            event.reason = reason;
            event.previousHash = previous;
            event.hash = hash(previous, event.canonicalContent());
            if (!database.db()
                     .exec(u"UPDATE audit_events SET reason = ?, previous_hash = ?, hash = ? WHERE id = ?"_s,
                           {event.reason, event.previousHash, event.hash, event.id})
                     .ok())
                qFatal("cannot rewrite event %lld", event.id);
            previous = event.hash;
        }
        return previous;
    }

    void addOperatorRow() const
    {
        QVERIFY(database.db()
                    .exec(u"INSERT INTO operators (user_name, role, password_hash, created_at) "
                          u"VALUES ('ada', 'admin', 'x', '2026-01-01T00:00:00Z')"_s)
                    .ok());
    }
};

/// What someone with the file but without the keychain would use: any key but the real one.
QByteArray attackerKey()
{
    return QByteArray(AuditKeyRing::KeySize, '\x01');
}
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
        // With the key (an insider): caught at the next event, whose previous hash no longer matches.
        const QString forged
            = AuditChain::eventMac(test::TestDatabase::testAuditKey(), third.previousHash, third.canonicalContent());
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
        // Even with the audit key, an inserted event breaks the chain after it.
        forged.hash
            = AuditChain::eventMac(test::TestDatabase::testAuditKey(), forged.previousHash, forged.canonicalContent());
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
        AuditEvent next = test::auditEvent(u"alice"_s, AuditAction::Diagnosed);
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
        forged.hash = AuditChain::eventMac(attackerKey(), forged.previousHash, forged.canonicalContent());
        QVERIFY(
            f.database.db()
                .exec(
                    u"INSERT INTO audit_events (id, at, operator, action, previous_hash, hash) VALUES (6, ?, ?, ?, ?, ?)"_s,
                    {forged.at.toString(Qt::ISODateWithMs), forged.operatorName, forged.action, forged.previousHash,
                     forged.hash})
                .ok());
        QCOMPARE(f.verify().firstBrokenEventId, std::optional<qint64>(6));
    }

    void deletingTheNewestEventsSaysWhereTheLogEndsAndWhereItsHeadSays()
    {
        Fixture f;
        f.dropTriggers();
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_events WHERE id >= 4"_s).ok());
        const AuditVerification result = f.verify();
        QCOMPARE(result.kind, AuditVerification::Break::Truncated);
        QCOMPARE(result.logLastId, 3);
        QCOMPARE(result.headLastId, 5);
        QCOMPARE(describeVerification(result), u"The log ends at event 3 but its head says 5: events were removed."_s);
    }

    void deletingTheNewestEventsAndRewritingTheHeadWithoutTheKeyIsDetected()
    {
        Fixture f;
        f.dropTriggers();
        const QString third = f.hashOf(3);
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_events WHERE id >= 4"_s).ok());
        QVERIFY(
            f.database.db().exec(u"UPDATE audit_head SET last_id = 3, last_hash = ?, event_count = 3"_s, {third}).ok());
        QCOMPARE(f.verify().kind, AuditVerification::Break::HeadForged);
        // ... also when the attacker recomputes the head's MAC under a key of their own.
        AuditHead head {3, third, 3, 1, 0, {}};
        const QString forgedMac = AuditChain::headMac(attackerKey(), f.database.db().databaseId(), head);
        QVERIFY(f.database.db().exec(u"UPDATE audit_head SET mac = ?"_s, {forgedMac}).ok());
        QCOMPARE(f.verify().kind, AuditVerification::Break::HeadForged);
    }

    void deletingTheHeadIsDetected()
    {
        Fixture f;
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_head"_s).ok());
        const AuditVerification result = f.verify();
        QCOMPARE(result.kind, AuditVerification::Break::HeadMissing);
        QVERIFY(!result.intact());
    }

    void deletingTheNewestEventsAndTheHeadIsDetected()
    {
        Fixture f;
        f.dropTriggers();
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_events WHERE id >= 4"_s).ok());
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_head"_s).ok());
        QCOMPARE(f.verify().kind, AuditVerification::Break::HeadMissing);
    }

    void emptyingTheLogAndItsHeadIsDetectedOnADatabaseWithOperators()
    {
        Fixture f;
        f.addOperatorRow();
        f.dropTriggers();
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_events"_s).ok());
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_head"_s).ok());
        const AuditVerification result = f.verify();
        QCOMPARE(result.kind, AuditVerification::Break::HeadMissing);
        QVERIFY(describeVerification(result).contains(u"emptied"_s));
    }

    void aMissingHeadKeepsBeingReportedAfterTheNextAppend()
    {
        Fixture f;
        f.dropTriggers();
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_events WHERE id = 5"_s).ok());
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_head"_s).ok());
        AuditEvent next = test::auditEvent(u"alice"_s, AuditAction::Diagnosed);
        QCOMPARE(f.audit.append(next).value().id, 5);
        const AuditVerification result = f.verify();
        QCOMPARE(result.kind, AuditVerification::Break::HeadRecreated);
        QCOMPARE(result.firstBrokenEventId, std::optional<qint64>(5));
    }

    void aForgedHeadIsNotBlessedByTheNextAppend()
    {
        Fixture f;
        f.dropTriggers();
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_events WHERE id >= 4"_s).ok());
        QVERIFY(f.database.db()
                    .exec(u"UPDATE audit_head SET last_id = 3, last_hash = ?, event_count = 3"_s, {f.hashOf(3)})
                    .ok());
        AuditEvent next = test::auditEvent(u"alice"_s, AuditAction::Diagnosed);
        QVERIFY(f.audit.append(next).ok());
        QVERIFY(!f.verify().intact());
    }

    void rewritingTheWholeChainConsistentlyWithoutTheKeyIsDetected()
    {
        Fixture f;
        f.dropTriggers();
        // Every event rewritten and re-chained, and the head re-MACed, all under the attacker's key.
        const QString previous = f.rewriteChain(f.audit.list({}, 0, 100).value(), u"nothing happened"_s,
                                                [](const QString& before, const QByteArray& content) {
                                                    return AuditChain::eventMac(attackerKey(), before, content);
                                                });
        AuditHead head {5, previous, 5, 1, 0, {}};
        QVERIFY(f.database.db()
                    .exec(u"UPDATE audit_head SET last_hash = ?, mac = ?"_s,
                          {previous, AuditChain::headMac(attackerKey(), f.database.db().databaseId(), head)})
                    .ok());
        const AuditVerification result = f.verify();
        QCOMPARE(result.kind, AuditVerification::Break::Edited);
        QCOMPARE(result.firstBrokenEventId, std::optional<qint64>(1));
    }

    void aLogFromBeforeKeyedChainsIsAnchoredUnderTheKey()
    {
        Fixture f(0);
        // A database as the previous version left it: SHA-256 events, the head as "id:hash".
        QVERIFY(f.database.db().exec(u"DELETE FROM audit_head"_s).ok());
        QString previous = AuditChain::genesisHash();
        for (int i = 1; i <= 3; ++i) {
            AuditEvent event;
            event.at = f.clock.nowUtc();
            event.operatorName = u"alice"_s;
            event.action = QString::fromLatin1(AuditAction::Diagnosed);
            event.previousHash = previous;
            event.hash = AuditChain::legacyHash(previous, event.canonicalContent());
            QVERIFY(f.database.db()
                        .exec(u"INSERT INTO audit_events (id, at, operator, action, previous_hash, hash) "
                              u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                              {i, event.at.toString(Qt::ISODateWithMs), event.operatorName, event.action,
                               event.previousHash, event.hash})
                        .ok());
            previous = event.hash;
        }
        QVERIFY(
            f.database.db()
                .exec(u"INSERT INTO database_info (key, value) VALUES ('audit_head', ?)"_s, {u"3:%1"_s.arg(previous)})
                .ok());
        QCOMPARE(f.audit.startKeyedChain(u"ada"_s).value(), true);
        QCOMPARE(f.audit.startKeyedChain(u"ada"_s).value(), false); // once
        const AuditEvent anchor = f.audit.list({}, 0, 1).value().first();
        QCOMPARE(anchor.id, 4);
        QCOMPARE(anchor.action, QString::fromLatin1(AuditAction::ChainAnchored));
        QCOMPARE(anchor.previousHash, previous);
        QVERIFY(f.verify().intact());
        QCOMPARE(f.verify().eventsChecked, 4);
        QVERIFY(!f.database.db().scalar(u"SELECT value FROM database_info WHERE key = 'audit_head'"_s).ok());

        // Rewriting the old part consistently (plain SHA-256 needs no key) no longer goes unseen.
        f.dropTriggers();
        f.rewriteChain(f.audit.list({}, 1, 3).value(), u"rewritten"_s, &AuditChain::legacyHash);
        const AuditVerification result = f.verify();
        QCOMPARE(result.kind, AuditVerification::Break::Reordered);
        QCOMPARE(result.firstBrokenEventId, std::optional<qint64>(4));
    }

    void verifyingOrAppendingWithoutTheAuditKeyIsRefused()
    {
        Fixture f;
        const QString id = f.database.db().databaseId();
        AuditKeyRing::forget(id);
        QCOMPARE(f.audit.verify().error().code, Error::Code::KeyMissing);
        AuditEvent next = test::auditEvent(u"alice"_s, AuditAction::Diagnosed);
        QCOMPARE(f.audit.append(next).error().code, Error::Code::KeyMissing);
        AuditKeyRing::install(id, test::TestDatabase::testAuditKey());
        QVERIFY(f.verify().intact());
    }

    void theHeadAcceptsOnlyItsOwnKey()
    {
        Fixture f;
        QCOMPARE(f.audit.fitsKey(test::TestDatabase::testAuditKey()).value(), true);
        QCOMPARE(f.audit.fitsKey(attackerKey()).value(), false);
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
