// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"

namespace backoffice {

/// How did the last messages to the client's number end? A failed or undelivered message with the
/// carrier's error code (unreachable, blocked, unknown number, landline, filtered, unsubscribed...),
/// or one stuck without a delivery receipt, is the "mobile operator blocks or delays" reason.
class SmsRecentMessagesCheck final : public LocalDiagnosisCheck
{
    Q_OBJECT

public:
    /// A message handed to the carrier this long ago without a receipt counts as delayed.
    static constexpr int DelayedAfterSeconds = 10 * 60;

    using LocalDiagnosisCheck::LocalDiagnosisCheck;
    QString id() const override { return QStringLiteral("sms.recent_messages"); }
    QString title() const override;

protected:
    QList<Finding> evaluate() const override;
};

} // namespace backoffice
