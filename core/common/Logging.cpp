// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "backoffice.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClients, "backoffice.clients", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "backoffice.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "backoffice.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTwoFactor, "backoffice.twofactor", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSms, "backoffice.sms", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOperators, "backoffice.operators", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiagnosis, "backoffice.diagnosis", QtInfoMsg)
