// SPDX-License-Identifier: GPL-3.0-or-later
// The front ends' way into a database: opening it, the audit key, and the services over one connection,
// on real SQLite files and the real keychain.
#include "core/audit/AuditKeyRing.h"
#include "core/email/EmailSettings.h"
#include "core/secrets/SecretStore.h"
#include "core/session/WorkspaceConnection.h"
#include "core/sms/ProviderHealthMonitor.h"
#include "core/sms/ProviderService.h"
#include "core/sms/SmsHistory.h"
#include "core/storage/Database.h"
#include "core/twofactor/CodeCheckService.h"
#include "core/verification/ClientNoticeSettings.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
/// A keychain of its own, so no entry from another test (or run) is found.
KeychainSecretStore freshKeychain()
{
    return KeychainSecretStore(test::uniqueKeychainService());
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void openCreatesAMigratedDatabase()
    {
        QTemporaryDir dir;
        DatabaseLocation location;
        location.sqlitePath = dir.filePath(u"new/backoffice.sqlite"_s);
        auto opened = Workspace::open(location);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
        const Workspace& workspace = *opened.value();
        QCOMPARE(workspace.location().sqlitePath, location.sqlitePath);
        QCOMPARE(workspace.displayName(), location.displayName());
        QCOMPARE(workspace.clients().count({}, 10).value(), 0);
        QCOMPARE(workspace.operators().hasOperators().value(), false);
        QVERIFY(QFile::exists(location.sqlitePath));
    }

    void openRefusesADatabaseOfANewerVersion()
    {
        test::TestDatabase database;
        QVERIFY(database.db().exec(u"UPDATE schema_version SET version = 999"_s).ok());
        DatabaseLocation location;
        location = database.location();
        auto refused = Workspace::open(location);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::SchemaTooNew);
    }

    void servicesWorkOnTheOneConnection()
    {
        test::TestDatabase database;
        const Workspace workspace(database.shared(), SystemClock::instance(), ScryptParameters::forTests());
        QCOMPARE(&WorkspaceConnection::of(workspace), &database.db());
        database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms));
        QCOMPARE(workspace.clients().find(7).value().method, TwoFactorMethod::Sms);

        const QString password = u"correct horse battery"_s;
        QVERIFY(workspace.operators().createFirstAdministrator({u"ada"_s, {}, Role::Admin, password}).ok());
        const auto signedIn = workspace.signIn().signIn(u"ada"_s, password);
        QVERIFY(signedIn.ok());
        QCOMPARE(signedIn.value().role, Role::Admin);
        QCOMPARE(workspace.sessionSettings().idleLockMinutes(), SessionSettings::defaultIdleLockMinutes);

        const AuditReader reader = workspace.auditReader(signedIn.value());
        QCOMPARE(reader.actor().userName, u"ada"_s);
        const auto actions = reader.actions();
        QVERIFY(actions.ok());
        QVERIFY(actions.value().contains(QString::fromLatin1(AuditAction::OperatorCreated)));
        QVERIFY(actions.value().contains(QString::fromLatin1(AuditAction::SignedIn)));
    }

    void theServicesAFrontEndMakesWorkOnTheSameConnection()
    {
        test::TestDatabase database;
        const Workspace workspace(database.shared(), SystemClock::instance(), ScryptParameters::forTests());
        const Actor admin {u"ada"_s, Role::Admin};
        KeychainSecretStore keychain = freshKeychain();
        QNetworkAccessManager network;
        database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms));

        QCOMPARE(workspace.providers(keychain, &network).list(admin).value().size(), 0);
        const auto history = workspace.smsHistory().forClient(admin, 7, u"+447400123456"_s);
        QVERIFY(history.ok());
        QVERIFY(history.value().isEmpty());
        QVERIFY(!workspace.emailSettings(keychain).read(admin).value().has_value());
        QCOMPARE(workspace.clientNotices().contactLine(), ClientNoticeSettings::defaultContactLine());
        const Error noKey {Error::Code::KeychainUnavailable, {}, u"not read yet"_s};
        QCOMPARE(workspace.codeChecks(noKey).available().error().code, Error::Code::KeychainUnavailable);
        const std::unique_ptr<ProviderHealthMonitor> health = workspace.providerHealth();
        health->refresh();
        QVERIFY(health->problem()); // no provider is enabled
    }

    void anAuditKeyIsMadeForANewDatabase()
    {
        QTemporaryDir dir;
        DatabaseLocation location;
        location.sqlitePath = dir.filePath(u"backoffice.sqlite"_s);
        auto opened = Workspace::open(location);
        QVERIFY(opened.ok());
        const Workspace& workspace = *opened.value();
        KeychainSecretStore keychain = freshKeychain();
        const Status keyed = workspace.loadAuditKey(keychain, u"ada"_s);
        QVERIFY2(keyed.ok(), qPrintable(keyed ? QString() : keyed.error().toString()));
        QVERIFY(AuditKeyRing::find(workspace.databaseId()).has_value());
        AuditEvent event;
        event.operatorName = u"ada"_s;
        event.action = u"test.recorded"_s;
        QVERIFY(workspace.audit().append(event).ok());
        QVERIFY(workspace.audit().verify().value().intact());
    }

    void aDeskWithoutTheAuditKeyTakesOnlyTheRightCandidate()
    {
        // The test database's chain is keyed, but this keychain has never seen its key.
        test::TestDatabase database;
        const Workspace workspace(database.shared());
        KeychainSecretStore keychain = freshKeychain();
        QCOMPARE(workspace.loadAuditKey(keychain, u"ada"_s).error().code, Error::Code::KeyMissing);
        const Status wrong = workspace.loadAuditKey(keychain, u"ada"_s, QByteArray(AuditKeyRing::KeySize, 'x'));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().field, u"audit-key"_s);
        QVERIFY(workspace.loadAuditKey(keychain, u"ada"_s, test::TestDatabase::testAuditKey()).ok());
    }

    void lockWaitIsTheProcessWide()
    {
        const auto before = Workspace::lockWait();
        Workspace::setLockWait(std::chrono::seconds(5));
        QCOMPARE(Workspace::lockWait(), std::chrono::milliseconds(5000));
        QCOMPARE(Database::lockWait(), std::chrono::milliseconds(5000));
        Workspace::setLockWait(before);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
