// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

namespace backoffice::test {

/// A clock the test sets and advances by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)) : m_now(std::move(now))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace backoffice::test
