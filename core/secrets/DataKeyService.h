// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretCipher.h"

#include <QObject>

#include <functional>

namespace backoffice {

class Database;
class SecretStore;

/// Finds the data key that seals this database's authenticator secrets. The key lives only in the
/// operating system's keychain (per database, see SecretKeys::dataKey); the database keeps its
/// SHA-256 fingerprint so a wrong key is recognised instead of producing garbage.
///
/// A new key is made only for a database that has no sealed secret and no fingerprint yet. Otherwise a
/// missing key is Error::Code::KeyMissing: the operator imports it (`backoffice-cli keys import`)
/// from a colleague's machine. There is never a plain-text fallback.
class DataKeyService
{
public:
    using Done = std::function<void(Result<SecretCipher>)>;

    DataKeyService(const Database& database, SecretStore& store);

    /// Asynchronous; `done` runs on the caller's thread unless `context` is gone. The database and
    /// the store must outlive `context`; the service itself may be a temporary.
    void load(QObject* context, Done done, bool createIfAbsent = true);
    Result<SecretCipher> loadBlocking();
    Result<SecretCipher> loadOrCreateBlocking();

    /// The key, for `keys export`. KeyMissing when there is none.
    Result<QByteArray> exportKeyBlocking();
    /// Stores `key` in the keychain. Refused (InvalidInput "key") when it is malformed, or when the
    /// database has sealed secrets and the key does not match their recorded fingerprint.
    Status importKeyBlocking(const QByteArray& key);

private:
    QString storedFingerprint() const;
    bool hasSealedSecrets() const;
    Status rememberFingerprint(const QByteArray& key) const;
    Result<SecretCipher> accept(const QByteArray& key) const;

    const Database& m_database;
    SecretStore& m_store;
};

} // namespace backoffice
