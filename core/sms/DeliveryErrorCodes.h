// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace backoffice {

/// A carrier or provider error code in an operator's words: what it means and what to do.
struct DeliveryErrorExplanation
{
    bool known = false; ///< false: the code is not in our table; `meaning` says so
    QString meaning; ///< translated
    QString action; ///< translated recommended action
};

/// Explains the error codes of each provider (Twilio error codes such as 30003; Vonage delivery
/// receipt error codes and send statuses). The text is translated (QCoreApplication::translate,
/// context "DeliveryErrorCodes"); callers keep and compare the code, never the text.
class DeliveryErrorCodes
{
public:
    /// A delivery error: what the carrier reported about a sent message.
    static DeliveryErrorExplanation explain(const QString& providerKind, const QString& code);
    /// A send refused by the provider (ProviderError::providerCode of a send: Vonage's
    /// messages[].status, Twilio's error code).
    static DeliveryErrorExplanation explainSendStatus(const QString& providerKind, const QString& code);
};

} // namespace backoffice
