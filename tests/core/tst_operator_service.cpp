// SPDX-License-Identifier: GPL-3.0-or-later
// Managing operator accounts: the first administrator, admin-only changes, each audited.
#include "core/audit/AuditLog.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/operators/SessionSettings.h"
#include "tests/support/OperatorRig.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString password = u"correct horse battery"_s;

struct Fixture : test::OperatorRig
{
    const Actor admin {u"root"_s, Role::Admin};

    void createRoot() const
    {
        const auto first = operators.createFirstAdministrator({u"root"_s, u"Root"_s, Role::Admin, password});
        if (!first)
            qFatal("cannot create the first administrator: %s",
                   qPrintable(first.error().toString() + first.error().detail));
    }

    AuditEvent lastEvent() const { return audit.list({}, 0, 1).value().first(); }
};
} // namespace

class TestOperatorService : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseHasNoOperators()
    {
        Fixture f;
        QCOMPARE(f.operators.hasOperators().value(), false);
        f.createRoot();
        QCOMPARE(f.operators.hasOperators().value(), true);
    }

    void firstAdministratorIsCreatedWithoutActorAndAudited()
    {
        Fixture f;
        const auto created = f.operators.createFirstAdministrator({u"root"_s, u"Root User"_s, Role::Admin, password});
        QVERIFY(created.ok());
        QCOMPARE(created.value().role, Role::Admin);
        QCOMPARE(created.value().displayName, u"Root User"_s);
        QCOMPARE(created.value().createdAt, f.clock.nowUtc());
        const AuditEvent event = f.lastEvent();
        QCOMPARE(event.action, QString::fromLatin1(AuditAction::OperatorCreated));
        QCOMPARE(event.target, u"root"_s);
        QCOMPARE(event.after, u"admin"_s);
        QCOMPARE(event.details.value(u"first_administrator"_s).toBool(), true);
    }

    void firstOperatorMustBeAnAdministrator()
    {
        Fixture f;
        const auto refused = f.operators.createFirstAdministrator({u"bob"_s, {}, Role::Support, password});
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().field, u"role"_s);
        QCOMPARE(f.operators.hasOperators().value(), false);
    }

    void firstAdministratorCannotBeCreatedTwice()
    {
        Fixture f;
        f.createRoot();
        const auto again = f.operators.createFirstAdministrator({u"eve"_s, {}, Role::Admin, password});
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(f.operators.list(f.admin).value().size(), 1);
    }

    void invalidInputIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("userName");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty user name") << QString() << password << u"user-name"_s;
        QTest::newRow("space in user name") << u"a b"_s << password << u"user-name"_s;
        QTest::newRow("user name too long") << QString(65, u'a') << password << u"user-name"_s;
        QTest::newRow("password too short") << u"bob"_s << u"short pass"_s << u"password"_s;
    }

    void invalidInputIsRefusedNamingTheField()
    {
        QFETCH(QString, userName);
        QFETCH(QString, password);
        QFETCH(QString, field);
        Fixture f;
        f.createRoot();
        const auto refused = f.operators.add(f.admin, {userName, {}, Role::Viewer, password});
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().field, field);
    }

    void duplicateUserNameIsAConflictWhateverTheCase()
    {
        Fixture f;
        f.createRoot();
        QVERIFY(f.operators.add(f.admin, {u"alice"_s, {}, Role::Viewer, password}).ok());
        const auto again = f.operators.add(f.admin, {u"ALICE"_s, {}, Role::Viewer, password});
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(again.error().field, u"user-name"_s);
    }

    void adminChangesAreEachAudited()
    {
        Fixture f;
        f.createRoot();
        QVERIFY(f.operators.add(f.admin, {u"alice"_s, u"Alice"_s, Role::Viewer, password}).ok());
        QCOMPARE(f.lastEvent().action, QString::fromLatin1(AuditAction::OperatorCreated));
        QCOMPARE(f.lastEvent().operatorName, u"root"_s);

        const auto promoted = f.operators.setRole(f.admin, u"alice"_s, Role::Support);
        QCOMPARE(promoted.value().role, Role::Support);
        QCOMPARE(f.lastEvent().action, QString::fromLatin1(AuditAction::OperatorRoleChanged));
        QCOMPARE(f.lastEvent().before, u"viewer"_s);
        QCOMPARE(f.lastEvent().after, u"support"_s);

        QVERIFY(f.operators.setDisabled(f.admin, u"alice"_s, true).value().disabled);
        QCOMPARE(f.lastEvent().action, QString::fromLatin1(AuditAction::OperatorDisabled));
        QCOMPARE(f.lastEvent().target, u"alice"_s);

        QVERIFY(f.operators.resetPassword(f.admin, u"alice"_s, u"a brand new password"_s).ok());
        QCOMPARE(f.lastEvent().action, QString::fromLatin1(AuditAction::OperatorPasswordReset));

        const auto listed = f.operators.list(f.admin).value();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).userName, u"alice"_s);
        QCOMPARE(listed.at(1).userName, u"root"_s);
        QVERIFY(f.audit.verify().value().intact());
    }

    void lastEnabledAdministratorCannotBeDisabledOrDemoted()
    {
        Fixture f;
        f.createRoot();
        QCOMPARE(f.operators.setDisabled(f.admin, u"root"_s, true).error().field, u"last-admin"_s);
        QCOMPARE(f.operators.setRole(f.admin, u"root"_s, Role::Viewer).error().field, u"last-admin"_s);
        QVERIFY(f.operators.add(f.admin, {u"second"_s, {}, Role::Admin, password}).ok());
        QVERIFY(f.operators.setRole(f.admin, u"root"_s, Role::Viewer).ok());
    }

    void unknownOperatorIsNotFound()
    {
        Fixture f;
        f.createRoot();
        QCOMPARE(f.operators.setRole(f.admin, u"nobody"_s, Role::Viewer).error().code, Error::Code::NotFound);
        QCOMPARE(f.operators.setDisabled(f.admin, u"nobody"_s, true).error().code, Error::Code::NotFound);
        QCOMPARE(f.operators.resetPassword(f.admin, u"nobody"_s, password).error().code, Error::Code::NotFound);
    }

    void idleLockDefaultsToFifteenMinutesAndAdminsChangeIt()
    {
        Fixture f;
        const SessionSettings settings(f.database.db(), f.audit);
        QCOMPARE(settings.idleLockMinutes(), 15);
        QCOMPARE(settings.setIdleLockMinutes(f.admin, 0).error().field, u"idle-lock-minutes"_s);
        QCOMPARE(settings.setIdleLockMinutes({u"sam"_s, Role::Support}, 5).error().code, Error::Code::PermissionDenied);
        QVERIFY(settings.setIdleLockMinutes(f.admin, 5).ok());
        QCOMPARE(settings.idleLockMinutes(), 5);
        QCOMPARE(f.lastEvent().action, QString::fromLatin1(AuditAction::IdleLockChanged));
        QCOMPARE(f.lastEvent().before, u"15"_s);
        QCOMPARE(f.lastEvent().after, u"5"_s);
    }
};

QTEST_GUILESS_MAIN(TestOperatorService)
#include "tst_operator_service.moc"
