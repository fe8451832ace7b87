// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace backoffice {

/// Seals small secrets (authenticator secrets) with AES-256-GCM under the database's data key.
/// A sealed value is `version (1 byte) | nonce (12 random bytes) | ciphertext | tag (16 bytes)`;
/// the associated data binds it to its owner (for a client's TOTP secret: the client id), so a
/// sealed value copied onto another row does not open.
class SecretCipher
{
public:
    static constexpr int KeySize = 32;

    /// InvalidInput when the key is not 32 bytes.
    static Result<SecretCipher> fromKey(const QByteArray& key);
    /// 32 bytes from OpenSSL's CSPRNG.
    static QByteArray generateKey();
    /// SHA-256 of the key, hex: stored in the database to recognise the right key (reveals nothing).
    static QString fingerprint(const QByteArray& key);

    Result<QByteArray> seal(const QByteArray& plaintext, const QByteArray& associatedData) const;
    /// DecryptionFailed when the value was tampered with, sealed under another key or for another owner.
    Result<QByteArray> open(const QByteArray& sealed, const QByteArray& associatedData) const;

    QString fingerprint() const { return fingerprint(m_key); }

private:
    explicit SecretCipher(QByteArray key) : m_key(std::move(key)) { }

    QByteArray m_key;
};

/// How a client's authenticator secret is sealed: the plaintext is its canonical RFC 4648 base32
/// text (A–Z and 2–7, upper case, no spaces or padding) in ASCII, the associated data the client id
/// in decimal. Importer, demo data and the code check all go through these two functions.
namespace TotpSecretSealing {
QByteArray associatedData(qint64 clientId);
/// `base32` is normalised (upper-cased, spaces and '=' removed) before sealing.
Result<QByteArray> seal(const SecretCipher& cipher, qint64 clientId, const QString& base32);
Result<QString> open(const SecretCipher& cipher, qint64 clientId, const QByteArray& sealed);
QString normalise(const QString& base32);
} // namespace TotpSecretSealing

} // namespace backoffice
