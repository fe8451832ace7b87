// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretCipher.h"

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
constexpr char FormatVersion = 1;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

enum class Direction
{
    Decrypt = 0,
    Encrypt = 1, // the values are EVP_CipherInit_ex's `enc`
};

/// An AES-256-GCM context for `direction` under `key` and `nonce`, with `associatedData` already
/// fed in: what sealing and opening share before the data itself. Null when OpenSSL refused a step.
CipherContext startAesGcm(Direction direction, const QByteArray& key, const QByteArray& nonce,
                          const QByteArray& associatedData)
{
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const int enc = static_cast<int>(direction);
    int length = 0;
    const bool ready = context
        && EVP_CipherInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, enc) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1
        && EVP_CipherInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(nonce), enc) == 1
        && EVP_CipherUpdate(context.get(), nullptr, &length, bytes(associatedData), int(associatedData.size())) == 1;
    if (!ready)
        context.reset();
    return context;
}
} // namespace

Result<SecretCipher> SecretCipher::fromKey(const QByteArray& key)
{
    if (key.size() != KeySize)
        return Error::invalid(u"key"_s, u"a data key is %1 bytes, got %2"_s.arg(KeySize).arg(key.size()));
    return SecretCipher(key);
}

QByteArray SecretCipher::generateKey()
{
    QByteArray key(KeySize, Qt::Uninitialized);
    if (RAND_bytes(bytes(key), KeySize) != 1)
        qFatal("OpenSSL's random generator failed");
    return key;
}

QString SecretCipher::fingerprint(const QByteArray& key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
}

Result<QByteArray> SecretCipher::seal(const QByteArray& plaintext, const QByteArray& associatedData) const
{
    QByteArray nonce(NonceSize, Qt::Uninitialized);
    if (RAND_bytes(bytes(nonce), NonceSize) != 1)
        return Error {Error::Code::Internal, {}, u"random generator failed"_s};

    const CipherContext context = startAesGcm(Direction::Encrypt, m_key, nonce, associatedData);
    QByteArray ciphertext(plaintext.size(), Qt::Uninitialized);
    QByteArray tag(TagSize, Qt::Uninitialized);
    int length = 0;
    const bool done = context
        && EVP_CipherUpdate(context.get(), bytes(ciphertext), &length, bytes(plaintext), int(plaintext.size())) == 1
        && EVP_CipherFinal_ex(context.get(), bytes(ciphertext) + length, &length) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagSize, tag.data()) == 1;
    if (!done)
        return Error {Error::Code::Internal, {}, u"AES-256-GCM encryption failed"_s};
    return QByteArray(1, FormatVersion) + nonce + ciphertext + tag;
}

Result<QByteArray> SecretCipher::open(const QByteArray& sealed, const QByteArray& associatedData) const
{
    if (sealed.size() < 1 + NonceSize + TagSize || sealed.at(0) != FormatVersion)
        return Error {Error::Code::DecryptionFailed, {}, u"not a sealed value of a known format"_s};
    const QByteArray nonce = sealed.mid(1, NonceSize);
    const QByteArray ciphertext = sealed.mid(1 + NonceSize, sealed.size() - 1 - NonceSize - TagSize);
    QByteArray tag = sealed.right(TagSize);

    const CipherContext context = startAesGcm(Direction::Decrypt, m_key, nonce, associatedData);
    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    int length = 0;
    const bool ready = context
        && EVP_CipherUpdate(context.get(), bytes(plaintext), &length, bytes(ciphertext), int(ciphertext.size())) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1;
    // The tag is checked by the final step: a tampered value, a wrong key or other associated data fail here.
    if (!ready || EVP_CipherFinal_ex(context.get(), bytes(plaintext) + length, &length) != 1) {
        plaintext.fill('\0');
        return Error {Error::Code::DecryptionFailed, {}, u"authentication tag mismatch"_s};
    }
    return plaintext;
}

namespace TotpSecretSealing {
QByteArray associatedData(qint64 clientId)
{
    return QByteArray::number(clientId);
}

QString normalise(const QString& base32)
{
    QString text = base32.toUpper();
    text.remove(u' ');
    text.remove(u'=');
    return text;
}

Result<QByteArray> seal(const SecretCipher& cipher, qint64 clientId, const QString& base32)
{
    return cipher.seal(normalise(base32).toLatin1(), associatedData(clientId));
}

Result<QString> open(const SecretCipher& cipher, qint64 clientId, const QByteArray& sealed)
{
    auto plain = cipher.open(sealed, associatedData(clientId));
    if (!plain)
        return plain.error();
    return QString::fromLatin1(plain.value());
}
} // namespace TotpSecretSealing

} // namespace backoffice
