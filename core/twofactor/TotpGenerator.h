// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/twofactor/TotpParameters.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace backoffice {

/// RFC 4226 (HOTP) and RFC 6238 (TOTP) codes, with HMAC through OpenSSL 3's EVP_MAC. Pure: the
/// secret, the parameters and the time or counter are arguments, never read from elsewhere.
///
/// The HMAC key schedule is done once when the generator is made; each code then costs one copy
/// of the keyed context and one HMAC, which is what lets DriftFinder try 5,761 steps in well under
/// the 2 ms the "check a code" screen may take. Because that context is reused, one generator must
/// not be used from two threads at once (make one per thread; they are cheap).
class TotpGenerator
{
public:
    /// InvalidInput (field "digits" / "period") for bad parameters, field "secret" for an empty secret;
    /// Internal when OpenSSL refuses (should not happen).
    static Result<TotpGenerator> create(const QByteArray& secret, const TotpParameters& parameters);

    TotpGenerator(TotpGenerator&&) noexcept;
    TotpGenerator& operator=(TotpGenerator&&) noexcept;
    ~TotpGenerator();

    const TotpParameters& parameters() const { return m_parameters; }

    /// The RFC 4226 code for `counter`, `digits` long with leading zeros.
    QString hotp(quint64 counter) const;
    /// The code's numeric value (what hotp() prints): comparing numbers saves building strings.
    quint32 hotpValue(quint64 counter) const;
    /// The time step that holds `unixTime` (seconds since 1970, UTC); negative times are step 0.
    quint64 stepAt(qint64 unixTime) const;
    /// The RFC 6238 code valid at `unixTime`.
    QString totp(qint64 unixTime) const { return hotp(stepAt(unixTime)); }

    /// One-shot helpers for callers that need a single code.
    static Result<QString> hotp(const QByteArray& secret, const TotpParameters& parameters, quint64 counter);
    static Result<QString> totp(const QByteArray& secret, const TotpParameters& parameters, qint64 unixTime);

    /// 10^digits; a code's value is below it.
    static quint32 modulus(int digits);

private:
    struct Mac;
    TotpGenerator(std::unique_ptr<Mac> mac, const TotpParameters& parameters);

    std::unique_ptr<Mac> m_mac;
    TotpParameters m_parameters;
};

} // namespace backoffice
