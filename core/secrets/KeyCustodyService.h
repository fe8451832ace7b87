// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/secrets/KeyBundle.h"

namespace backoffice {

class AuditLog;
class Database;
class SecretStore;

/// Key custody: with a database's keys and a copy of its file every authenticator secret opens and
/// the audit log can be rewritten, so only administrators move them, and every move is an audit
/// event with the keys' fingerprints (never a key). A refusal is PermissionDenied, audited too.
class KeyCustodyService
{
public:
    KeyCustodyService(const Database& database, SecretStore& store, const AuditLog& audit);

    /// Both keys of this database (the data key is made first if the database never needed one).
    Result<KeyBundle> exportKeys(const Actor& actor) const;
    /// Stores both keys in this desk's keychain. Refused (InvalidInput "key" / "audit-key") when a
    /// key does not belong to this database.
    Status importKeys(const Actor& actor, const KeyBundle& bundle) const;

private:
    const Database& m_database;
    SecretStore& m_store;
    const AuditLog& m_audit;
};

} // namespace backoffice
