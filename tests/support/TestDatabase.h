// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace backoffice::test {

/// A real SQLite database file in a fresh temporary folder, migrated to the current schema, its audit
/// chain keyed under testAuditKey().
class TestDatabase
{
public:
    enum class Use
    {
        InProcess, ///< the audit key is installed in this process only
        WithCli, ///< also stored in the keychain, where the backoffice-cli processes a test runs find it
    };
    explicit TestDatabase(Use use = Use::InProcess);

    Database& db() const { return *m_database; }
    std::shared_ptr<Database> shared() const { return m_database; }
    QString path() const { return m_dir.filePath(QStringLiteral("backoffice.sqlite")); }
    QString dir() const { return m_dir.path(); }

    /// The audit key installed for every test database.
    static QByteArray testAuditKey();

    /// Inserts a client with sensible defaults for what the caller leaves empty; returns it as stored.
    Client addClient(Client client) const;

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_database;
};

/// A client with the given method on, valid E.164 mobile number and e-mail, ready for addClient.
Client makeClient(qint64 id, const QString& firstName, const QString& lastName,
                  TwoFactorMethod method = TwoFactorMethod::None);

} // namespace backoffice::test
