// SPDX-License-Identifier: GPL-3.0-or-later
// Roles enforced in core: each role against each permission, and the services called directly as
// each role. A refusal is PermissionDenied and a permission.refused audit event.
#include "core/audit/AuditLog.h"
#include "core/audit/AuditReader.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/operators/SessionSettings.h"
#include "core/twofactor/TwoFactorService.h"
#include "core/verification/VerificationRefusal.h"
#include "tests/support/DisableRequests.h"
#include "tests/support/OperatorRig.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QTest>

#include <functional>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(backoffice::Role)
Q_DECLARE_METATYPE(backoffice::Permission)

namespace {
const QString password = u"correct horse battery"_s;

struct Fixture : test::OperatorRig
{
    SessionSettings settings {database.db(), audit};
    TwoFactorService twoFactor {database.db(), audit, clock};
    Client client;

    Fixture()
    {
        if (!operators.createFirstAdministrator({u"root"_s, {}, Role::Admin, password}))
            qFatal("cannot create root");
        if (!operators.add({u"root"_s, Role::Admin}, {u"target"_s, {}, Role::Viewer, password}))
            qFatal("cannot add target");
        client = database.addClient(test::makeClient(42, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
    }

    DisableTwoFactorRequest disableRequest() const
    {
        return test::disableRequestFor(client, u"lost phone, ticket 1"_s);
    }
};

using Call = std::function<Error::Code(Fixture&, const Actor&)>;

template<typename T> Error::Code codeOf(const Result<T>& result)
{
    return result ? Error::Code::Internal : result.error().code; // Internal stands for "allowed"
}

struct ServiceCall
{
    const char* name;
    Permission permission;
    Call call;
};

const QList<ServiceCall>& serviceCalls()
{
    static const QList<ServiceCall> calls {
        {"TwoFactorService::disable", Permission::DisableTwoFactor,
         [](Fixture& f, const Actor& a) {
             // Without a verified identity code an allowed role gets as far as the verification
             // gate (walked through in tst_identityverification): past the role check, "allowed".
             const auto outcome = f.twoFactor.disable(a, f.disableRequest());
             if (!outcome && VerificationRefusals::of(outcome.error()) == VerificationRefusal::NotVerified)
                 return Error::Code::Internal;
             return codeOf(outcome);
         }},
        {"OperatorService::add", Permission::ManageOperators,
         [](Fixture& f, const Actor& a) {
             return codeOf(f.operators.add(a, {u"newcomer"_s, {}, Role::Viewer, password}));
         }},
        {"OperatorService::list", Permission::ManageOperators,
         [](Fixture& f, const Actor& a) {
             return codeOf(f.operators.list(a));
         }},
        {"OperatorService::setDisabled", Permission::ManageOperators,
         [](Fixture& f, const Actor& a) {
             return codeOf(f.operators.setDisabled(a, u"target"_s, true));
         }},
        {"OperatorService::setRole", Permission::ManageOperators,
         [](Fixture& f, const Actor& a) {
             return codeOf(f.operators.setRole(a, u"target"_s, Role::Support));
         }},
        {"OperatorService::resetPassword", Permission::ManageOperators,
         [](Fixture& f, const Actor& a) {
             return codeOf(f.operators.resetPassword(a, u"target"_s, u"another long password"_s));
         }},
        {"SessionSettings::setIdleLockMinutes", Permission::ManageOperators,
         [](Fixture& f, const Actor& a) {
             return codeOf(f.settings.setIdleLockMinutes(a, 10));
         }},
        {"AuditReader::list", Permission::ReadAudit,
         [](Fixture& f, const Actor& a) {
             return codeOf(AuditReader(f.audit, a).list({}));
         }},
        {"AuditReader::count", Permission::ReadAudit,
         [](Fixture& f, const Actor& a) {
             return codeOf(AuditReader(f.audit, a).count({}));
         }},
        {"AuditReader::actions", Permission::ReadAudit,
         [](Fixture& f, const Actor& a) {
             return codeOf(AuditReader(f.audit, a).actions());
         }},
        {"AuditReader::verify", Permission::ReadAudit,
         [](Fixture& f, const Actor& a) {
             return codeOf(AuditReader(f.audit, a).verify());
         }},
        {"AuditReader::exportCsv", Permission::ReadAudit,
         [](Fixture& f, const Actor& a) {
             QBuffer csv;
             csv.open(QIODevice::WriteOnly);
             return codeOf(AuditReader(f.audit, a).exportCsv({}, csv));
         }},
    };
    return calls;
}
} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void roleAllowsExactlyItsPermissions_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        struct Row
        {
            Permission permission;
            bool viewer, support, admin;
        };
        const Row rows[] = {
            {Permission::ReadClients, true, true, true},       {Permission::ReadProviders, true, true, true},
            {Permission::ReadAudit, true, true, true},         {Permission::CheckCode, false, true, true},
            {Permission::Diagnose, false, true, true},         {Permission::SendTestSms, false, true, true},
            {Permission::DisableTwoFactor, false, true, true}, {Permission::ManageProviders, false, false, true},
            {Permission::ManageOperators, false, false, true}, {Permission::ManageKeys, false, false, true},
            {Permission::CopyDatabase, false, false, true},
        };
        for (const Row& row : rows) {
            const QByteArray name = permissionToString(row.permission).toLatin1();
            QTest::newRow(("viewer " + name).constData()) << Role::Viewer << row.permission << row.viewer;
            QTest::newRow(("support " + name).constData()) << Role::Support << row.permission << row.support;
            QTest::newRow(("admin " + name).constData()) << Role::Admin << row.permission << row.admin;
        }
    }

    void roleAllowsExactlyItsPermissions()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(roleAllows(role, permission), allowed);
    }

    void aRoleThisBuildDoesNotKnowMayDoNothing()
    {
        const Role unknown = static_cast<Role>(99);
        for (int p = int(Permission::ReadClients); p <= int(Permission::CopyDatabase); ++p)
            QVERIFY2(!roleAllows(unknown, Permission(p)), qPrintable(permissionToString(Permission(p))));
    }

    void readingTheAuditLogIsRefusedWithoutReadAudit()
    {
        // Every role of today reads the log, so a role value this build does not know stands for one
        // that may not: each read is refused, on the record, and nothing is read or written.
        Fixture f;
        const Actor outsider {u"mallory"_s, static_cast<Role>(99)};
        QVERIFY(!outsider.can(Permission::ReadAudit));
        const AuditReader reader(f.audit, outsider);
        QByteArray exported;
        QBuffer csv(&exported);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        const QList<Error> refusals {reader.list({}).error(), reader.count({}).error(), reader.actions().error(),
                                     reader.verify().error(), reader.exportCsv({}, csv).error()};
        for (const Error& refusal : refusals) {
            QCOMPARE(refusal.code, Error::Code::PermissionDenied);
            QCOMPARE(refusal.field, u"read-audit"_s);
        }
        QVERIFY(exported.isEmpty());
        AuditFilter refused;
        refused.action = QString::fromLatin1(AuditAction::PermissionRefused);
        const QList<AuditEvent> events = f.audit.list(refused).value();
        QCOMPARE(events.size(), refusals.size());
        for (const AuditEvent& event : events) {
            QCOMPARE(event.operatorName, u"mallory"_s);
            QCOMPARE(event.details.value(u"permission"_s).toString(), u"read-audit"_s);
        }
        QVERIFY(f.audit.verify().value().intact());
    }

    void roleNamesRoundTrip()
    {
        for (Role role : {Role::Viewer, Role::Support, Role::Admin})
            QCOMPARE(roleFromString(roleToString(role)), std::optional<Role>(role));
        QCOMPARE(roleFromString(u" Admin "_s), std::optional<Role>(Role::Admin));
        QVERIFY(!roleFromString(u"root"_s).has_value());
    }

    void eachServiceChecksTheRoleOfEachCaller_data()
    {
        QTest::addColumn<int>("callIndex");
        QTest::addColumn<Role>("role");
        for (int i = 0; i < serviceCalls().size(); ++i) {
            for (Role role : {Role::Viewer, Role::Support, Role::Admin}) {
                const QByteArray name = QByteArray(serviceCalls().at(i).name) + " as " + roleToString(role).toLatin1();
                QTest::newRow(name.constData()) << i << role;
            }
        }
    }

    void eachServiceChecksTheRoleOfEachCaller()
    {
        QFETCH(int, callIndex);
        QFETCH(Role, role);
        const ServiceCall& call = serviceCalls().at(callIndex);
        Fixture f;
        const Actor actor {u"caller"_s, role};
        AuditFilter refusals;
        refusals.action = QString::fromLatin1(AuditAction::PermissionRefused);

        const Error::Code outcome = call.call(f, actor);
        if (roleAllows(role, call.permission)) {
            QCOMPARE(outcome, Error::Code::Internal); // succeeded
            QCOMPARE(f.audit.count(refusals).value(), 0);
        } else {
            QCOMPARE(outcome, Error::Code::PermissionDenied);
            const QList<AuditEvent> events = f.audit.list(refusals).value();
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().operatorName, u"caller"_s);
            QCOMPARE(events.first().details.value(u"permission"_s).toString(), permissionToString(call.permission));
            QCOMPARE(events.first().details.value(u"role"_s).toString(), roleToString(role));
        }
        QVERIFY(f.audit.verify().value().intact());
    }

    void viewerCannotDisableTwoFactorAndNothingChanges()
    {
        Fixture f;
        const auto refused = f.twoFactor.disable({u"val"_s, Role::Viewer}, f.disableRequest());
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QCOMPARE(refused.error().field, u"disable-2fa"_s);
        const QString method
            = f.database.db().scalar(u"SELECT twofa_method FROM clients WHERE id = 42"_s).value().toString();
        QCOMPARE(method, u"authenticator"_s);
        AuditFilter forClient;
        forClient.clientId = 42;
        const QList<AuditEvent> events = f.audit.list(forClient).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, QString::fromLatin1(AuditAction::PermissionRefused));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
