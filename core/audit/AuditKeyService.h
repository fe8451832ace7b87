// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace backoffice {

class Database;
class SecretStore;

/// Finds the audit key of a database in the keychain and installs it for this process
/// (AuditKeyRing), so the audit log can be appended to and verified. The key never touches the
/// database: the chain's MACed head tells whether a key is the right one.
///
/// A database whose chain has no head yet gets a new key: the first process to claim the chain in a
/// write transaction wins and stores its key, any other adopts the winner's key from the keychain. Otherwise a missing
/// key is Error::Code::KeyMissing: an administrator imports it (`backoffice-cli keys import`) from a
/// colleague's desk.
class AuditKeyService
{
public:
    AuditKeyService(const Database& database, SecretStore& store);

    /// Loads (or, for a chain without a head, makes and stores) the key and installs it.
    /// `operatorName` signs the anchoring event of a log from before keyed chains. Errors:
    /// KeyMissing, DecryptionFailed (the keychain's key is not this chain's), KeychainUnavailable.
    Status loadOrCreateBlocking(const QString& operatorName);
    /// Loads the key from the keychain and installs it, never making one: safe inside a write
    /// transaction (AuditKeyRing::setLoader). Errors: KeyMissing, DecryptionFailed, KeychainUnavailable.
    Status loadBlocking();
    /// Installs `key` for this process only, after checking it against the chain's head: how an
    /// import signs in on a desk that does not have the key yet. InvalidInput "audit-key" when the
    /// key is not this chain's.
    Status installCandidate(const QByteArray& key) const;
    /// The installed key, for `keys export`. KeyMissing when none is installed.
    Result<QByteArray> installedKey() const;
    /// Stores `key` in the keychain after installCandidate accepted it.
    Status storeBlocking(const QByteArray& key);

    static QString fingerprint(const QByteArray& key);

private:
    /// Another process claimed the chain first: wait for its key to reach the keychain.
    Status adoptWinnersKey(const QString& entry);

    const Database& m_database;
    SecretStore& m_store;
};

} // namespace backoffice
