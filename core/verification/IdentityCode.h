// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace backoffice {

/// The one-time code a client reads back to prove they are the caller.
namespace IdentityCode {
inline constexpr int Digits = 6;

/// Six digits from OpenSSL's CSPRNG (RAND_bytes), every code equally likely.
QString generate();
/// The code a uniform 32-bit draw gives: draw mod 10^6, or nullopt for a draw in the top
/// 2^32 mod 10^6 values, which would make the low codes likelier (the draw is then repeated).
std::optional<QString> fromDraw(quint32 draw);
/// The code as an operator typed it, spaces and dashes dropped ("123 456" -> "123456"); nullopt
/// when it is not six ASCII digits.
std::optional<QString> normalise(const QString& typed);
} // namespace IdentityCode

/// Stores identity codes only as HMAC-SHA-256 under a key the database does not hold, so someone
/// who reads the database cannot try the 10^6 codes against a stored value. Each challenge has its
/// own random nonce and the MAC is bound to the client, so a value copied to another client's row
/// does not verify there.
class IdentityCodeHasher
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 16;

    /// InvalidInput (field "code-key") unless the key has 32 bytes or more.
    static Result<IdentityCodeHasher> fromKey(const QByteArray& key);
    /// The code key of a database, derived from its audit key (HMAC under the audit key of a fixed
    /// label): nothing new to keep in the keychain, and the audit key itself never keys codes.
    static QByteArray deriveKey(const QByteArray& auditKey);
    /// The code key of the database whose audit key this process has loaded (AuditKeyRing), for
    /// IdentityVerificationService; KeyMissing (field "audit-key") when it has not.
    static Result<QByteArray> keyForDatabase(const QString& databaseId);

    /// 16 bytes from the CSPRNG, one per challenge.
    static QByteArray newNonce();
    /// HMAC-SHA-256 (32 bytes) of a versioned text holding the client, the nonce and the code.
    QByteArray mac(qint64 clientId, const QByteArray& nonce, const QString& code) const;
    /// Whether `code` gives `expected`, compared in constant time.
    bool matches(qint64 clientId, const QByteArray& nonce, const QString& code, const QByteArray& expected) const;

private:
    explicit IdentityCodeHasher(QByteArray key) : m_key(std::move(key)) { }

    QByteArray m_key;
};

} // namespace backoffice
