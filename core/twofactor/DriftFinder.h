// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/twofactor/TotpParameters.h"

#include <QByteArray>
#include <QString>

namespace backoffice {

class TotpGenerator;

/// What a code the client read out says about their authenticator.
struct DriftResult
{
    enum class Kind
    {
        Valid, ///< matches now or one step either side: the secret and the clock are fine
        Drift, ///< matches a step further away: the secret is right, the device clock is off
        NoMatch, ///< no step within ±24 h: another secret or another account in the app
    };

    Kind kind = Kind::NoMatch;
    int offsetSteps = 0; ///< matching step minus the current step; positive when the device is ahead
    qint64 offsetSeconds = 0; ///< offsetSteps × period

    friend bool operator==(const DriftResult&, const DriftResult&) = default;
};

QString driftKindToString(DriftResult::Kind kind); ///< "valid", "drift", "no_match": for JSON and audit

/// Finds the time step whose code matches what the client typed, nearest to now first, over ±24 h
/// (5,760 steps at 30 s). Nearest-first means a right secret with a good clock answers after 1–3
/// HMACs, and a chance match far away never hides a real one close by.
class DriftFinder
{
public:
    static constexpr qint64 SearchWindowSeconds = 24 * 60 * 60;
    static constexpr int ValidSteps = 1; ///< ±1 step counts as valid (RFC 6238 section 6)

    /// `code` must be exactly `parameters.digits` digits: InvalidInput with field "code" otherwise.
    static Result<DriftResult> find(const QByteArray& secret, const TotpParameters& parameters, qint64 nowUnix,
                                    const QString& code);
    /// The same with a generator made beforehand (what the benchmark measures).
    static Result<DriftResult> find(const TotpGenerator& generator, qint64 nowUnix, const QString& code);

    /// The number of steps searched on each side of now for `period`.
    static int stepsEachSide(int period);
    /// InvalidInput (field "code") unless `code` is `digits` ASCII digits.
    static Status validateCode(const QString& code, int digits);
};

} // namespace backoffice
