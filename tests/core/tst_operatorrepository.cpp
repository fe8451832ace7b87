// SPDX-License-Identifier: GPL-3.0-or-later
// The operators and operator_signin_attempts tables through their one owner, on a real SQLite file:
// the writes OperatorService and SignInService make, each inside a write transaction.
#include "core/operators/OperatorRepository.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime t0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

/// Runs `write` in a write transaction of `database`.
Status inTransaction(const test::TestDatabase& database, const std::function<Status()>& write)
{
    return database.db().writeTransaction(write);
}
} // namespace

class TestOperatorRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<OperatorRepository> m_operators;

    Operator add(const QString& userName, Role role)
    {
        const Status done = inTransaction(*m_db, [&] {
            return m_operators->insertInTransaction({userName, u" Display "_s, role, u"unused"_s}, u"hash-1"_s, t0);
        });
        if (!done)
            qFatal("cannot add %s: %s", qPrintable(userName), qPrintable(done.error().toString()));
        return m_operators->find(userName).value();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        m_operators = std::make_unique<OperatorRepository>(m_db->db());
    }

    void cleanup()
    {
        m_operators.reset();
        m_db.reset();
    }

    void insertedOperatorIsFoundWhateverTheCase()
    {
        const Operator ada = add(u"Ada.Admin"_s, Role::Admin);
        QCOMPARE(ada.userName, u"Ada.Admin"_s);
        QCOMPARE(ada.displayName, u"Display"_s); // trimmed
        QCOMPARE(ada.role, Role::Admin);
        QCOMPARE(ada.createdAt, t0);
        QCOMPARE(ada.rowVersion, 1);
        QCOMPARE(m_operators->find(u" ada.admin "_s).value().id, ada.id);
        QCOMPARE(m_operators->passwordHash(ada.id).value(), u"hash-1"_s);
        QCOMPARE(m_operators->count().value(), 1);
        QCOMPARE(m_operators->find(u"nobody"_s).error().code, Error::Code::NotFound);
    }

    void aTakenNameIsRefusedWhateverTheCase()
    {
        add(u"sam"_s, Role::Support);
        const Status again = inTransaction(*m_db, [&] {
            return m_operators->insertInTransaction({u"SAM"_s, {}, Role::Viewer, {}}, u"hash-2"_s, t0);
        });
        QVERIFY(!again.ok());
        QVERIFY(Database::isUniqueViolation(again.error()));
        QCOMPARE(m_operators->count().value(), 1);
    }

    void listIsOrderedByNameWithoutRegardToCase()
    {
        add(u"carol"_s, Role::Viewer);
        add(u"Bob"_s, Role::Viewer);
        add(u"alice"_s, Role::Viewer);
        const QList<Operator> operators = m_operators->list().value();
        QStringList names;
        for (const Operator& op : operators)
            names << op.userName;
        QCOMPARE(names, (QStringList {u"alice"_s, u"Bob"_s, u"carol"_s}));
    }

    void disableAndRoleChangesBumpTheRowVersionOnlyWhenItIsCurrent()
    {
        const Operator sam = add(u"sam"_s, Role::Support);
        QVERIFY(inTransaction(*m_db, [&] { return m_operators->setDisabledInTransaction(sam, true); }).ok());
        Operator now = m_operators->find(u"sam"_s).value();
        QVERIFY(now.disabled);
        QCOMPARE(now.rowVersion, sam.rowVersion + 1);
        // `sam` is stale now: a write at its version changes nothing.
        QVERIFY(inTransaction(*m_db, [&] { return m_operators->setRoleInTransaction(sam, Role::Admin); }).ok());
        QCOMPARE(m_operators->find(u"sam"_s).value().role, Role::Support);
        QVERIFY(inTransaction(*m_db, [&] { return m_operators->setRoleInTransaction(now, Role::Admin); }).ok());
        now = m_operators->find(u"sam"_s).value();
        QCOMPARE(now.role, Role::Admin);
        QCOMPARE(now.rowVersion, sam.rowVersion + 2);
    }

    void otherEnabledAdminsAreCounted()
    {
        const Operator ada = add(u"ada"_s, Role::Admin);
        QCOMPARE(m_operators->countOtherEnabledAdmins(ada.id).value(), 0);
        const Operator root = add(u"root"_s, Role::Admin);
        add(u"sam"_s, Role::Support);
        QCOMPARE(m_operators->countOtherEnabledAdmins(ada.id).value(), 1);
        QVERIFY(inTransaction(*m_db, [&] { return m_operators->setDisabledInTransaction(root, true); }).ok());
        QCOMPARE(m_operators->countOtherEnabledAdmins(ada.id).value(), 0);
    }

    void aNewPasswordClearsTheLockout()
    {
        const Operator sam = add(u"sam"_s, Role::Support);
        QVERIFY(m_operators->recordSignInFailure(sam.id, 5, t0.addSecs(900)).ok());
        Operator locked = m_operators->find(u"sam"_s).value();
        QCOMPARE(locked.failedAttempts, 5);
        QCOMPARE(locked.lockedUntil, t0.addSecs(900));
        QVERIFY(inTransaction(*m_db, [&] { return m_operators->setPasswordInTransaction(sam.id, u"hash-2"_s); }).ok());
        const Operator after = m_operators->find(u"sam"_s).value();
        QCOMPARE(after.failedAttempts, 0);
        QVERIFY(!after.lockedUntil.isValid());
        QCOMPARE(after.rowVersion, locked.rowVersion + 1);
        QCOMPARE(m_operators->passwordHash(sam.id).value(), u"hash-2"_s);
    }

    void signInOutcomesAreRecorded()
    {
        const Operator sam = add(u"sam"_s, Role::Support);
        QVERIFY(m_operators->recordSignInFailure(sam.id, 2, {}).ok());
        QCOMPARE(m_operators->find(u"sam"_s).value().failedAttempts, 2);
        QVERIFY(!m_operators->find(u"sam"_s).value().lockedUntil.isValid());
        QVERIFY(m_operators->recordSignInSuccess(sam.id, u"rehashed"_s).ok());
        QCOMPARE(m_operators->find(u"sam"_s).value().failedAttempts, 0);
        QCOMPARE(m_operators->passwordHash(sam.id).value(), u"rehashed"_s);
        QVERIFY(m_operators->recordSignInSuccess(sam.id, {}).ok());
        QCOMPARE(m_operators->passwordHash(sam.id).value(), u"rehashed"_s); // kept without a rehash
    }

    void reservationsCountUntilReleasedOrStale()
    {
        const Operator sam = add(u"sam"_s, Role::Support);
        const qint64 early = m_operators->reserveSignInAttempt(sam.id, t0).value();
        const qint64 late = m_operators->reserveSignInAttempt(sam.id, t0.addSecs(60)).value();
        QVERIFY(early != late);
        QCOMPARE(m_operators->signInAttemptsInProgress(sam.id, t0).value(), 2);
        QVERIFY(m_operators->releaseSignInAttempt(late).ok());
        QCOMPARE(m_operators->signInAttemptsInProgress(sam.id, t0).value(), 1);
        // Older than `since`: from a process that died; removed and no longer counted.
        QCOMPARE(m_operators->signInAttemptsInProgress(sam.id, t0.addSecs(1)).value(), 0);
        QCOMPARE(m_operators->signInAttemptsInProgress(sam.id, t0).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOperatorRepository)
#include "tst_operatorrepository.moc"
