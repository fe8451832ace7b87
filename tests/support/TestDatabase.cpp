// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include "core/audit/AuditKeyRing.h"
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/secrets/SecretStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::test {

TestDatabase::TestDatabase(Use use)
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary directory");
    DatabaseLocation location;
    location.sqlitePath = path();
    auto opened = Database::open(location);
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().toString()));
    m_database = opened.value();
    // A fixed audit key per test database, installed the way AuditKeyService does after reading the
    // keychain, and the chain claimed for it: appends and verification work without a keychain.
    AuditKeyRing::install(m_database->databaseId(), testAuditKey());
    if (auto claimed = AuditLog(*m_database).startKeyedChain(u"test"_s); !claimed)
        qFatal("cannot start the audit chain: %s", qPrintable(claimed.error().toString()));
    if (use == Use::WithCli) {
        KeychainSecretStore keychain;
        const Status stored = keychain.writeBlocking(SecretKeys::auditKey(m_database->databaseId()), testAuditKey());
        if (!stored)
            qFatal("cannot store the audit key in the keychain: %s", qPrintable(stored.error().toString()));
    }
}

QByteArray TestDatabase::testAuditKey()
{
    return QByteArray(AuditKeyRing::KeySize, '\x5a');
}

Client TestDatabase::addClient(Client client) const
{
    ClientRepository clients(*m_database);
    Result<QList<qint64>> ids = Error {};
    const Status done = m_database->writeTransaction([&]() -> Status {
        ids = clients.insertInTransaction({client});
        return ids ? Status(Ok {}) : Status(ids.error());
    });
    if (!done)
        qFatal("cannot add a test client: %s", qPrintable(done.error().toString()));
    return clients.find(ids.value().first()).value();
}

Client makeClient(qint64 id, const QString& firstName, const QString& lastName, TwoFactorMethod method)
{
    Client client;
    client.id = id;
    client.firstName = firstName;
    client.lastName = lastName;
    client.email = u"%1.%2@example.com"_s.arg(firstName.toLower(), lastName.toLower());
    client.phone = u"+4474001%1"_s.arg(id % 100000, 5, 10, QLatin1Char('0'));
    client.country = u"GB"_s;
    client.createdAt = QDateTime(QDate(2024, 1, 2), QTime(10, 0), Qt::UTC);
    client.method = method;
    if (method != TwoFactorMethod::None)
        client.enabledAt = QDateTime(QDate(2025, 3, 4), QTime(9, 30), Qt::UTC);
    if (method == TwoFactorMethod::Authenticator) {
        AuthenticatorSettings settings;
        settings.sealedSecret = QByteArray("sealed-test-secret");
        client.authenticator = settings;
    }
    return client;
}

} // namespace backoffice::test
