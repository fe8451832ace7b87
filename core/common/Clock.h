// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace backoffice {

/// The current time, injected so tests (and TOTP, rate limits, lockouts) control it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock& instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

} // namespace backoffice
