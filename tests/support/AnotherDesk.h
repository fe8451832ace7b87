// SPDX-License-Identifier: GPL-3.0-or-later
// Another desk on a test database, for the live-refresh tests of the pages and dialogs: a connection
// of its own (as another desktop has), writing the row and its audit event in one transaction, as
// another operator's Back Office would. The desk under test learns of it only through its ChangeFeed.
#pragma once

#include "core/audit/AuditLog.h"
#include "core/clients/Client.h"
#include "tests/support/TestAuditEvents.h"
#include "tests/support/TestDatabase.h"

#include <QString>

#include <memory>

namespace backoffice::test {

class AnotherDesk
{
public:
    explicit AnotherDesk(const TestDatabase& database, QString operatorName = QStringLiteral("bob"))
        : m_database(Database::open(database.location()).value()), m_operator(std::move(operatorName))
    {
    }

    const QString& operatorName() const { return m_operator; }
    /// The desk's own connection, for the services a test runs there.
    const Database& db() const { return *m_database; }

    /// Turns client `clientId`'s second factor off.
    bool disableTwoFactor(qint64 clientId) const
    {
        return write(
            QStringLiteral("UPDATE clients SET twofa_method = 'none', twofa_enabled_at = NULL, totp_secret_sealed "
                           "= NULL, row_version = row_version + 1 WHERE id = ?"),
            {clientId}, AuditAction::TwoFactorDisabled, clientId);
    }

    /// Adds a client, as an import does.
    bool importClient(qint64 clientId, const QString& firstName, const QString& lastName) const
    {
        return write(
            QStringLiteral("INSERT INTO clients (id, first_name, last_name, email, created_at) VALUES (?, ?, ?, "
                           "'', '2026-12-01T09:00:00.000Z')"),
            {clientId, firstName, lastName}, AuditAction::ClientsImported, std::nullopt);
    }

    /// Renames SMS provider `providerId`.
    bool renameProvider(qint64 providerId, const QString& name) const
    {
        return write(QStringLiteral("UPDATE sms_providers SET name = ?, row_version = row_version + 1 WHERE id = ?"),
                     {name, providerId}, AuditAction::ProviderEdited, std::nullopt,
                     QStringLiteral("sms-provider:%1").arg(providerId));
    }

private:
    bool write(const QString& sql, const QVariantList& values, const char* action, std::optional<qint64> clientId,
               const QString& target = {}) const
    {
        const AuditLog audit(*m_database);
        return m_database
            ->writeTransaction([&]() -> Status {
                if (Status changed = m_database->run(sql, values); !changed)
                    return changed;
                AuditEvent event = auditEvent(m_operator, action);
                event.clientId = clientId;
                event.target = target;
                auto appended = audit.appendInTransaction(event);
                if (!appended)
                    return appended.error();
                return Ok {};
            })
            .ok();
    }

    std::shared_ptr<Database> m_database;
    QString m_operator;
};

} // namespace backoffice::test
