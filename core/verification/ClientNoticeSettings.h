// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/operators/Actor.h"

namespace backoffice {

class AuditLog;
class Database;

/// What the notice after a disable tells a client to do if it was not them: the database's
/// `client_notice_contact` (database_info), the same for every desk sharing the database.
class ClientNoticeSettings
{
public:
    static constexpr int maximumLength = 200;

    ClientNoticeSettings(const Database& database, const AuditLog& audit);

    /// Used until an administrator sets one: it sends the client to a number they already trust,
    /// never to one given in the message (which an attacker could have written).
    static QString defaultContactLine();
    /// The stored line, or the default when none was set.
    QString contactLine() const;
    /// Administrators only (Permission::ManageProviders, like the other channels' settings);
    /// audited. InvalidInput (field "contact-line") when empty, longer than 200 characters, or with
    /// control characters.
    Status setContactLine(const Actor& actor, const QString& line) const;

private:
    const Database& m_database;
    const AuditLog& m_audit;
};

} // namespace backoffice
