// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

#include <optional>

namespace backoffice {

/// The HMAC hash a TOTP secret is used with (RFC 6238 allows SHA-1, SHA-256 and SHA-512).
enum class TotpAlgorithm
{
    Sha1,
    Sha256,
    Sha512
};

/// "SHA1", "SHA256", "SHA512": the spelling of the Key Uri Format and of the database.
QString totpAlgorithmToString(TotpAlgorithm algorithm);
/// Case-insensitive; also accepts "SHA-1" style spellings.
std::optional<TotpAlgorithm> totpAlgorithmFromString(const QString& text);

/// How a client's authenticator turns its secret into codes. Kept apart from the secret so it can
/// be shown, stored and compared without ever touching key material.
struct TotpParameters
{
    static constexpr int MinDigits = 6;
    static constexpr int MaxDigits = 8;
    static constexpr int MinPeriod = 10; ///< seconds
    static constexpr int MaxPeriod = 120; ///< seconds
    static constexpr int DefaultPeriod = 30;

    TotpAlgorithm algorithm = TotpAlgorithm::Sha1;
    int digits = 6;
    int period = DefaultPeriod; ///< seconds

    /// InvalidInput with field "digits" or "period" when out of range.
    Status validate() const;
    /// Builds and validates parameters from their stored or typed form; field "algorithm" names an
    /// unknown hash.
    static Result<TotpParameters> from(const QString& algorithm, int digits, int period);

    friend bool operator==(const TotpParameters&, const TotpParameters&) = default;
};

} // namespace backoffice
