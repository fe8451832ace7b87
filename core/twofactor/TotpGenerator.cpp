// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/twofactor/TotpGenerator.h"

#include "core/common/Logging.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const char* digestName(TotpAlgorithm algorithm)
{
    switch (algorithm) {
    case TotpAlgorithm::Sha1:
        return "SHA1";
    case TotpAlgorithm::Sha256:
        return "SHA256";
    case TotpAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA1";
}

/// The HMAC implementation, fetched once per process (fetching is the expensive part of EVP).
EVP_MAC* hmacAlgorithm()
{
    static EVP_MAC* const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}
} // namespace

/// A keyed HMAC context: copied (not re-keyed) for every code.
struct TotpGenerator::Mac
{
    EVP_MAC_CTX* keyed = nullptr;
    ~Mac() { EVP_MAC_CTX_free(keyed); }
};

TotpGenerator::TotpGenerator(std::unique_ptr<Mac> mac, const TotpParameters& parameters)
    : m_mac(std::move(mac)), m_parameters(parameters)
{
}

TotpGenerator::TotpGenerator(TotpGenerator&&) noexcept = default;
TotpGenerator& TotpGenerator::operator=(TotpGenerator&&) noexcept = default;
TotpGenerator::~TotpGenerator() = default;

Result<TotpGenerator> TotpGenerator::create(const QByteArray& secret, const TotpParameters& parameters)
{
    if (const Status valid = parameters.validate(); !valid)
        return valid.error();
    if (secret.isEmpty())
        return Error::invalid(u"secret"_s, u"empty"_s);
    EVP_MAC* algorithm = hmacAlgorithm();
    if (!algorithm)
        return Error {Error::Code::Internal, {}, u"OpenSSL has no HMAC"_s};
    auto mac = std::make_unique<Mac>();
    mac->keyed = EVP_MAC_CTX_new(algorithm);
    if (!mac->keyed)
        return Error {Error::Code::Internal, {}, u"cannot create an HMAC context"_s};
    // OSSL_PARAM wants a mutable string; the name is only read.
    std::array<OSSL_PARAM, 2> params {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digestName(parameters.algorithm)), 0),
        OSSL_PARAM_construct_end()};
    if (EVP_MAC_init(mac->keyed, reinterpret_cast<const unsigned char*>(secret.constData()),
                     static_cast<size_t>(secret.size()), params.data())
        != 1)
        return Error {
            Error::Code::Internal, {}, u"cannot key HMAC-%1"_s.arg(totpAlgorithmToString(parameters.algorithm))};
    return TotpGenerator(std::move(mac), parameters);
}

quint32 TotpGenerator::modulus(int digits)
{
    quint32 value = 1;
    for (int i = 0; i < digits; ++i)
        value *= 10;
    return value;
}

quint32 TotpGenerator::hotpValue(quint64 counter) const
{
    std::array<unsigned char, 8> message {};
    for (int i = 7; i >= 0; --i) {
        message[static_cast<size_t>(i)] = static_cast<unsigned char>(counter & 0xFF);
        counter >>= 8;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest {};
    size_t length = 0;
    // Re-initialising with no key restarts HMAC from the precomputed inner and outer pads: no key
    // schedule and no allocation of a new context per code.
    EVP_MAC_CTX* context = m_mac->keyed;
    const bool done = EVP_MAC_init(context, nullptr, 0, nullptr) == 1
        && EVP_MAC_update(context, message.data(), message.size()) == 1
        && EVP_MAC_final(context, digest.data(), &length, digest.size()) == 1;
    if (!done || length < 20) {
        qCCritical(lcTwoFactor) << "HMAC failed";
        return modulus(m_parameters.digits); // never a valid code value
    }
    // RFC 4226 section 5.3: dynamic truncation.
    const size_t offset = digest[length - 1] & 0x0F;
    const quint32 binary = (quint32(digest[offset] & 0x7F) << 24) | (quint32(digest[offset + 1]) << 16)
        | (quint32(digest[offset + 2]) << 8) | quint32(digest[offset + 3]);
    return binary % modulus(m_parameters.digits);
}

QString TotpGenerator::hotp(quint64 counter) const
{
    return u"%1"_s.arg(hotpValue(counter), m_parameters.digits, 10, QLatin1Char('0'));
}

quint64 TotpGenerator::stepAt(qint64 unixTime) const
{
    return unixTime <= 0 ? 0 : static_cast<quint64>(unixTime / m_parameters.period);
}

Result<QString> TotpGenerator::hotp(const QByteArray& secret, const TotpParameters& parameters, quint64 counter)
{
    auto generator = create(secret, parameters);
    if (!generator)
        return generator.error();
    return generator.value().hotp(counter);
}

Result<QString> TotpGenerator::totp(const QByteArray& secret, const TotpParameters& parameters, qint64 unixTime)
{
    auto generator = create(secret, parameters);
    if (!generator)
        return generator.error();
    return generator.value().totp(unixTime);
}

} // namespace backoffice
