// SPDX-License-Identifier: GPL-3.0-or-later
// The way a desk connects to the team's server, on the real PostgreSQL test server (pg/ run): the
// password goes to the connection apart from the URL and opens a database owned by a role that needs
// one; a wrong or missing one, a server that is not there, a server without TLS where verify-full asks
// for it and a schema from a newer version are each told apart, so the GUI can say which in words.
// The password never shows in the location's display name or its remembered text.
#include "core/storage/Database.h"
#include "tests/support/ClosedPort.h"
#include "tests/support/TestDatabase.h"

#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString secretPassword = u"s3cret-desk-password"_s;

DatabaseLocation postgreSql(const QString& url)
{
    return DatabaseLocation::parse(url).value();
}

/// A login role with a password and an empty database it owns, on the test server; dropped at the end.
struct DeskRole
{
    const test::TestDatabase& admin;
    QString name = u"desk_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    DatabaseLocation location;

    explicit DeskRole(const test::TestDatabase& database) : admin(database)
    {
        // Identifiers made here from a UUID, never from input: safe to put into the statements.
        if (!admin.db().run(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(name, secretPassword))
            || !admin.db().run(u"CREATE DATABASE %1 OWNER %1"_s.arg(name)))
            qFatal("cannot create the desk's role and database");
        QUrl url = admin.location().url;
        url.setUserName(name);
        url.setPath(u'/' + name);
        location = postgreSql(url.toString());
    }
    ~DeskRole()
    {
        (void)admin.db().run(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
        (void)admin.db().run(u"DROP ROLE IF EXISTS %1"_s.arg(name));
    }
};
} // namespace

class TestDatabaseConnect : public QObject
{
    Q_OBJECT

private slots:
    void aServerThatIsNotThereIsUnreachable()
    {
        const auto opened = Database::open(
            postgreSql(u"postgresql://desk@127.0.0.1:%1/team?connect_timeout=5"_s.arg(test::closedLocalPort())));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Network);
        QCOMPARE(opened.error().field, u"database-unreachable"_s);
    }

    void thePasswordIsNeverShownOrRemembered()
    {
        DatabaseLocation location = postgreSql(u"postgresql://desk@db.example.com:5433/team?sslmode=verify-full"_s);
        location.password = secretPassword;
        QVERIFY(!location.displayName().contains(secretPassword));
        QVERIFY(!location.toText().contains(secretPassword));
        QCOMPARE(DatabaseLocation::parse(location.toText()).value().url, location.url);
        QVERIFY(DatabaseLocation::parse(location.toText()).value().password.isEmpty());
    }

    void aPasswordInTheUrlIsRefused()
    {
        const auto opened = Database::open(postgreSql(u"postgresql://desk:pw@127.0.0.1:1/team"_s));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::InvalidInput);
        QVERIFY(!opened.error().detail.contains(u"pw"_s));
    }

    void thePasswordGivenApartOpensTheDatabase()
    {
        if (!test::TestDatabase::onPostgreSql())
            QSKIP("a password only matters on the PostgreSQL server: runs as pg/core/tst_database_connect");
        const test::TestDatabase admin;
        const DeskRole desk(admin);
        DatabaseLocation location = desk.location;
        location.password = u"not the password"_s;
        auto wrong = Database::open(location);
        if (wrong)
            QSKIP("this test server lets every role in without a password (scripts/lib/throwaway-postgres.sh asks "
                  "for one from any role but backoffice)");
        QCOMPARE(wrong.error().code, Error::Code::InvalidInput);
        QCOMPARE(wrong.error().field, u"database-password"_s);
        QVERIFY(!wrong.error().detail.contains(u"not the password"_s));

        if (qEnvironmentVariableIsEmpty("PGPASSWORD")) {
            location.password.clear();
            auto missing = Database::open(location);
            QVERIFY(!missing);
            QCOMPARE(missing.error().field, u"database-password"_s);
        }

        location.password = secretPassword;
        auto opened = Database::open(location);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
        // The empty database it owns was set up on first use, and the connection is the role's.
        QVERIFY(opened.value()->schemaVersion() > 0);
        QCOMPARE(opened.value()->scalar(u"SELECT current_user"_s).value().toString(), desk.name);
        QVERIFY(!opened.value()->location().displayName().contains(secretPassword));
        // A second connection from the same location (a worker thread's) gets the password too.
        QVERIFY(Database::open(opened.value()->location()).ok());
    }

    void verifyFullRefusesAServerWithoutTls()
    {
        if (!test::TestDatabase::onPostgreSql())
            QSKIP("needs the PostgreSQL test server: runs as pg/core/tst_database_connect");
        const test::TestDatabase database;
        QUrl url = database.location().url;
        QUrlQuery query(url);
        query.addQueryItem(u"sslmode"_s, u"verify-full"_s);
        url.setQuery(query);
        const auto opened = Database::open(postgreSql(url.toString()));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Network);
        QVERIFY2(opened.error().field == u"database-tls"_s || opened.error().field == u"database-certificate"_s,
                 qPrintable(opened.error().toString()));
    }

    void aNewerSchemaIsToldApart()
    {
        const test::TestDatabase database;
        QVERIFY(database.db().run(u"UPDATE schema_version SET version = 999"_s).ok());
        const auto opened = Database::open(database.location());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::SchemaTooNew);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseConnect)
#include "tst_database_connect.moc"
