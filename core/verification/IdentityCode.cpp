// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/IdentityCode.h"

#include "core/audit/AuditKeyRing.h"

#include <QMessageAuthenticationCode>

#include <openssl/crypto.h>
#include <openssl/rand.h>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace IdentityCode {

namespace {
constexpr quint32 CodeCount = 1000000;
/// The largest multiple of 10^6 that fits in 32 bits: draws at or above it are discarded.
constexpr quint32 UnbiasedLimit = quint32((quint64(1) << 32) / CodeCount * CodeCount);
} // namespace

std::optional<QString> fromDraw(quint32 draw)
{
    if (draw >= UnbiasedLimit)
        return std::nullopt;
    return u"%1"_s.arg(draw % CodeCount, Digits, 10, QLatin1Char('0'));
}

QString generate()
{
    for (;;) {
        quint32 draw = 0;
        if (RAND_bytes(reinterpret_cast<unsigned char*>(&draw), sizeof draw) != 1)
            qFatal("RAND_bytes failed: no entropy for an identity code");
        // Discards one draw in about 4,300: the loop ends at once in practice.
        if (auto code = fromDraw(draw))
            return *code;
    }
}

std::optional<QString> normalise(const QString& typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c == u' ' || c == u'-')
            continue;
        if (c < u'0' || c > u'9')
            return std::nullopt;
        digits.append(c);
    }
    if (digits.size() != Digits)
        return std::nullopt;
    return digits;
}

} // namespace IdentityCode

Result<IdentityCodeHasher> IdentityCodeHasher::fromKey(const QByteArray& key)
{
    if (key.size() < KeySize)
        return Error::invalid(u"code-key"_s, u"at least %1 bytes"_s.arg(KeySize));
    return IdentityCodeHasher(key);
}

QByteArray IdentityCodeHasher::deriveKey(const QByteArray& auditKey)
{
    return QMessageAuthenticationCode::hash(QByteArrayLiteral("backoffice-identity-code-key-v1"), auditKey,
                                            QCryptographicHash::Sha256);
}

Result<QByteArray> IdentityCodeHasher::keyForDatabase(const QString& databaseId)
{
    const std::optional<QByteArray> auditKey = AuditKeyRing::find(databaseId);
    if (!auditKey)
        return Error {Error::Code::KeyMissing, u"audit-key"_s, u"the audit key is not loaded"_s};
    return deriveKey(*auditKey);
}

QByteArray IdentityCodeHasher::newNonce()
{
    QByteArray nonce(NonceSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), NonceSize) != 1)
        qFatal("RAND_bytes failed: no entropy for an identity code nonce");
    return nonce;
}

QByteArray IdentityCodeHasher::mac(qint64 clientId, const QByteArray& nonce, const QString& code) const
{
    // Newline-separated and versioned: no field can be shifted into its neighbour.
    const QByteArray text = "backoffice-identity-code-v1\n" + QByteArray::number(clientId) + '\n' + nonce.toHex() + '\n'
        + code.toLatin1();
    return QMessageAuthenticationCode::hash(text, m_key, QCryptographicHash::Sha256);
}

bool IdentityCodeHasher::matches(qint64 clientId, const QByteArray& nonce, const QString& code,
                                 const QByteArray& expected) const
{
    const QByteArray actual = mac(clientId, nonce, code);
    return actual.size() == expected.size()
        && CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) == 0;
}

} // namespace backoffice
