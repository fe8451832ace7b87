// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per module, switched with QT_LOGGING_RULES. Never log a secret, a code, a token or a
// full response body.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcClients)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcTwoFactor)
Q_DECLARE_LOGGING_CATEGORY(lcSms)
Q_DECLARE_LOGGING_CATEGORY(lcOperators)
Q_DECLARE_LOGGING_CATEGORY(lcDiagnosis)
