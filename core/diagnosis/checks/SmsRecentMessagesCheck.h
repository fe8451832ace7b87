// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"

namespace backoffice {

/// How did the last messages to the client's number end? A failed or undelivered message with the
/// carrier's error code (unreachable, blocked, unknown number, landline, filtered, unsubscribed...),
/// or one stuck without a delivery receipt, is the "mobile operator blocks or delays" reason.
extern const LocalCheck smsRecentMessagesCheck;

} // namespace backoffice
