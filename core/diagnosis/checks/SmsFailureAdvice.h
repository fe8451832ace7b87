// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/ProviderConfig.h"
#include "core/sms/ProviderError.h"

#include <QDateTime>
#include <QString>

namespace backoffice {

/// What the operator does about a provider check that failed, in the operator's words.
namespace SmsFailureAdvice {
QString forFailure(const ProviderError& error, const ProviderConfig& provider);
/// For a result that is not ok without an error: "below_threshold", "no_balance", "incident",
/// "account_not_active".
QString forWarning(const QString& warning, const ProviderConfig& provider);
/// How the operator finds out what became of one message: by its message ID in the provider's
/// console when there is one, else by the number and the time it was sent.
QString howToFindOut(const QString& providerName, const QString& messageId, const QString& toE164,
                     const QDateTime& sentAt);
} // namespace SmsFailureAdvice

} // namespace backoffice
