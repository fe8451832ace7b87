// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/twofactor/DriftFinder.h"

#include "core/twofactor/TotpGenerator.h"

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QString driftKindToString(DriftResult::Kind kind)
{
    switch (kind) {
    case DriftResult::Kind::Valid:
        return u"valid"_s;
    case DriftResult::Kind::Drift:
        return u"drift"_s;
    case DriftResult::Kind::NoMatch:
        return u"no_match"_s;
    }
    return {};
}

int DriftFinder::stepsEachSide(int period)
{
    return period <= 0 ? 0 : static_cast<int>(SearchWindowSeconds / period);
}

Status DriftFinder::validateCode(const QString& code, int digits)
{
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return Error::invalid(u"code"_s, u"only digits are allowed"_s);
    }
    if (code.size() < TotpParameters::MinDigits || code.size() > TotpParameters::MaxDigits)
        return Error::invalid(u"code"_s, u"%1 digits; a code has 6 to 8"_s.arg(code.size()));
    if (code.size() != digits)
        return Error::invalid(u"code"_s, u"%1 digits; this authenticator shows %2"_s.arg(code.size()).arg(digits));
    return Ok {};
}

Result<DriftResult> DriftFinder::find(const QByteArray& secret, const TotpParameters& parameters, qint64 nowUnix,
                                      const QString& code)
{
    auto generator = TotpGenerator::create(secret, parameters);
    if (!generator)
        return generator.error();
    return find(generator.value(), nowUnix, code);
}

Result<DriftResult> DriftFinder::find(const TotpGenerator& generator, qint64 nowUnix, const QString& code)
{
    const TotpParameters& parameters = generator.parameters();
    if (const Status valid = validateCode(code, parameters.digits); !valid)
        return valid.error();
    const quint32 wanted = code.toUInt();
    const qint64 current = static_cast<qint64>(generator.stepAt(nowUnix));
    const int side = stepsEachSide(parameters.period);

    DriftResult result;
    auto matches = [&](int offset) {
        const qint64 step = current + offset;
        return step >= 0 && generator.hotpValue(static_cast<quint64>(step)) == wanted;
    };
    auto found = [&](int offset) {
        result.offsetSteps = offset;
        result.offsetSeconds = qint64(offset) * parameters.period;
        result.kind = std::abs(offset) <= ValidSteps ? DriftResult::Kind::Valid : DriftResult::Kind::Drift;
    };
    // 0, +1, -1, +2, -2, ...: the nearest match wins; ahead before behind at equal distance.
    if (matches(0)) {
        found(0);
        return result;
    }
    for (int distance = 1; distance <= side; ++distance) {
        if (matches(distance)) {
            found(distance);
            return result;
        }
        if (matches(-distance)) {
            found(-distance);
            return result;
        }
    }
    return result;
}

} // namespace backoffice
