// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sms/ProviderConfig.h"
#include "sms/ProviderError.h"

#include <QString>

namespace backoffice {

/// What the operator does about a provider check that failed, in the operator's words.
namespace SmsFailureAdvice {
QString forFailure(const ProviderError& error, const ProviderConfig& provider);
/// For a result that is not ok without an error: "below_threshold", "no_balance", "incident",
/// "account_not_active".
QString forWarning(const QString& warning, const ProviderConfig& provider);
} // namespace SmsFailureAdvice

} // namespace backoffice
