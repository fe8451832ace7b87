// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace backoffice {

/// scrypt cost parameters. Stored with every hash, so they can be raised later without
/// invalidating existing passwords (needsRehash + rehash at the next successful sign-in).
struct ScryptParameters
{
    quint64 n = quint64(1) << 15; ///< CPU/memory cost, a power of two
    quint32 r = 8; ///< block size
    quint32 p = 1; ///< parallelism

    /// Cheap parameters for tests that hash many times; never used by the application.
    static ScryptParameters forTests() { return {quint64(1) << 10, 8, 1}; }
    bool operator==(const ScryptParameters&) const = default;
};

/// Hashes and checks operator passwords with scrypt from OpenSSL 3 (EVP_KDF "SCRYPT"), a random
/// salt per hash, and the parameters in the stored string: `scrypt$N$r$p$salt_b64$hash_b64`.
/// Comparison is constant-time. The password never leaves this class in any form but the hash.
class PasswordHasher
{
public:
    static constexpr int minimumLength = 12;

    explicit PasswordHasher(ScryptParameters parameters = {});

    const ScryptParameters& parameters() const { return m_parameters; }

    /// InvalidInput (field "password") when shorter than minimumLength characters.
    static Status checkPolicy(const QString& password);

    /// A new salted hash with the current parameters. Refuses a password that fails the policy.
    Result<QString> hash(const QString& password) const;
    /// Whether `password` matches `stored` (with the parameters stored there). False for a
    /// malformed string, never an exception.
    bool verify(const QString& password, const QString& stored) const;
    /// Whether `stored` was made with weaker parameters than the current ones.
    bool needsRehash(const QString& stored) const;

    /// The parameters of a stored hash, or an InvalidInput error when it is not one of ours.
    static Result<ScryptParameters> parametersOf(const QString& stored);

private:
    ScryptParameters m_parameters;
};

} // namespace backoffice
