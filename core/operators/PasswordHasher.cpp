// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/PasswordHasher.h"

#include "core/common/Logging.h"

#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
constexpr int saltBytes = 16;
constexpr int hashBytes = 32;
// Refuse absurd stored parameters (a tampered row must not make us allocate gigabytes).
constexpr quint64 maximumN = quint64(1) << 22;
constexpr quint32 maximumR = 32;
constexpr quint32 maximumP = 16;

struct ParsedHash
{
    ScryptParameters parameters;
    QByteArray salt;
    QByteArray hash;
};

bool isPowerOfTwo(quint64 value)
{
    return value > 1 && (value & (value - 1)) == 0;
}

std::optional<ParsedHash> parse(const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 6 || parts.at(0) != u"scrypt")
        return std::nullopt;
    bool okN = false, okR = false, okP = false;
    ParsedHash parsed;
    parsed.parameters.n = parts.at(1).toULongLong(&okN);
    parsed.parameters.r = parts.at(2).toUInt(&okR);
    parsed.parameters.p = parts.at(3).toUInt(&okP);
    if (!okN || !okR || !okP || !isPowerOfTwo(parsed.parameters.n) || parsed.parameters.n > maximumN
        || parsed.parameters.r == 0 || parsed.parameters.r > maximumR || parsed.parameters.p == 0
        || parsed.parameters.p > maximumP)
        return std::nullopt;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(4).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(5).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.isEmpty() || hash.decoded.size() != hashBytes)
        return std::nullopt;
    parsed.salt = salt.decoded;
    parsed.hash = hash.decoded;
    return parsed;
}

/// scrypt(password, salt) through EVP_KDF; empty on failure.
QByteArray derive(const QByteArray& password, const QByteArray& salt, const ScryptParameters& parameters)
{
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr), &EVP_KDF_free);
    if (!kdf)
        return {};
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> context(EVP_KDF_CTX_new(kdf.get()), &EVP_KDF_CTX_free);
    if (!context)
        return {};
    uint64_t n = parameters.n;
    uint32_t r = parameters.r;
    uint32_t p = parameters.p;
    // scrypt needs 128 * r * (N + p) bytes; OpenSSL's default limit (32 MiB) is just too small for
    // N = 2^15, r = 8, so allow what the parameters need plus room for its bookkeeping.
    uint64_t maxmem = 128 * uint64_t(r) * (n + p + 2) + (uint64_t(1) << 20);
    QByteArray passwordCopy = password;
    QByteArray saltCopy = salt;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, passwordCopy.data(), size_t(passwordCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltCopy.data(), size_t(saltCopy.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(hashBytes, Qt::Uninitialized);
    const int derived
        = EVP_KDF_derive(context.get(), reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()), params);
    OPENSSL_cleanse(passwordCopy.data(), size_t(passwordCopy.size()));
    if (derived != 1) {
        qCWarning(lcOperators) << "scrypt failed";
        return {};
    }
    return out;
}
} // namespace

PasswordHasher::PasswordHasher(ScryptParameters parameters) : m_parameters(parameters) { }

Status PasswordHasher::checkPolicy(const QString& password)
{
    if (password.size() < minimumLength)
        return Error::invalid(u"password"_s, u"at least %1 characters"_s.arg(minimumLength));
    return Ok {};
}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    if (const Status policy = checkPolicy(password); !policy)
        return policy.error();
    QByteArray salt(saltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), saltBytes) != 1)
        return Error {Error::Code::Internal, u"salt"_s, u"RAND_bytes failed"_s};
    QByteArray utf8 = password.toUtf8();
    const QByteArray derived = derive(utf8, salt, m_parameters);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    if (derived.isEmpty())
        return Error {Error::Code::Internal, u"password"_s, u"scrypt failed"_s};
    return u"scrypt$%1$%2$%3$%4$%5"_s.arg(m_parameters.n)
        .arg(m_parameters.r)
        .arg(m_parameters.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored) const
{
    const auto parsed = parse(stored);
    if (!parsed)
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray derived = derive(utf8, parsed->salt, parsed->parameters);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    return derived.size() == parsed->hash.size()
        && CRYPTO_memcmp(derived.constData(), parsed->hash.constData(), size_t(derived.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& stored) const
{
    const auto parsed = parse(stored);
    if (!parsed)
        return true;
    const ScryptParameters& old = parsed->parameters;
    return old.n < m_parameters.n || old.r < m_parameters.r || old.p < m_parameters.p;
}

Result<ScryptParameters> PasswordHasher::parametersOf(const QString& stored)
{
    const auto parsed = parse(stored);
    if (!parsed)
        return Error::invalid(u"password-hash"_s, u"not an scrypt hash"_s);
    return parsed->parameters;
}

} // namespace backoffice
