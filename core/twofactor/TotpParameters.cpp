// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/twofactor/TotpParameters.h"

#include "core/common/EnumNames.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
constexpr EnumNames<TotpAlgorithm, 3> AlgorithmNames({{
    {TotpAlgorithm::Sha1, u"SHA1"},
    {TotpAlgorithm::Sha256, u"SHA256"},
    {TotpAlgorithm::Sha512, u"SHA512"},
}});
} // namespace

QString totpAlgorithmToString(TotpAlgorithm algorithm)
{
    return AlgorithmNames.name(algorithm);
}

std::optional<TotpAlgorithm> totpAlgorithmFromString(const QString& text)
{
    // Written by people and apps in many ways: "sha1", "SHA-256".
    return AlgorithmNames.value(text.trimmed().toUpper().remove(u'-'));
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
