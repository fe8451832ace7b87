// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/twofactor/TotpParameters.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QString totpAlgorithmToString(TotpAlgorithm algorithm)
{
    switch (algorithm) {
    case TotpAlgorithm::Sha1:
        return u"SHA1"_s;
    case TotpAlgorithm::Sha256:
        return u"SHA256"_s;
    case TotpAlgorithm::Sha512:
        return u"SHA512"_s;
    }
    return {};
}

std::optional<TotpAlgorithm> totpAlgorithmFromString(const QString& text)
{
    const QString normalised = text.trimmed().toUpper().remove(u'-');
    if (normalised == u"SHA1")
        return TotpAlgorithm::Sha1;
    if (normalised == u"SHA256")
        return TotpAlgorithm::Sha256;
    if (normalised == u"SHA512")
        return TotpAlgorithm::Sha512;
    return std::nullopt;
}

Status TotpParameters::validate() const
{
    if (digits < MinDigits || digits > MaxDigits)
        return Error::invalid(u"digits"_s, u"%1 is not between %2 and %3"_s.arg(digits).arg(MinDigits).arg(MaxDigits));
    if (period < MinPeriod || period > MaxPeriod)
        return Error::invalid(u"period"_s,
                              u"%1 s is not between %2 and %3 s"_s.arg(period).arg(MinPeriod).arg(MaxPeriod));
    return Ok {};
}

Result<TotpParameters> TotpParameters::from(const QString& algorithm, int digits, int period)
{
    const auto hash = totpAlgorithmFromString(algorithm);
    if (!hash)
        return Error::invalid(u"algorithm"_s, u"'%1' is not SHA1, SHA256 or SHA512"_s.arg(algorithm));
    TotpParameters parameters;
    parameters.algorithm = *hash;
    parameters.digits = digits;
    parameters.period = period;
    if (const Status valid = parameters.validate(); !valid)
        return valid.error();
    return parameters;
}

} // namespace backoffice
