// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/checks/SmsFailureAdvice.h"
#include "core/common/DateTimeText.h"

#include "core/sms/DeliveryErrorCodes.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::SmsFailureAdvice {

QString forFailure(const ProviderError& error, const ProviderConfig& provider)
{
    // A refusal with the provider's own code (Vonage's demo mode, a barred account) has its own action.
    if (error.failure == ProviderFailure::Rejected || error.failure == ProviderFailure::InsufficientBalance) {
        const DeliveryErrorExplanation explanation
            = DeliveryErrorCodes::explainSendStatus(provider.kind, error.providerCode);
        if (explanation.known && !explanation.action.isEmpty())
            return explanation.action;
    }
    switch (error.failure) {
    case ProviderFailure::WrongCredentials:
        return QCoreApplication::translate(
                   "Diagnosis",
                   "In System > SMS providers, edit %1 and enter the right account ID and auth token (or API key "
                   "and secret) from the provider's console, then check the credentials again.")
            .arg(provider.name);
    case ProviderFailure::InsufficientBalance:
        return QCoreApplication::translate("Diagnosis",
                                           "Top up the %1 account (or ask whoever pays for it), then send a test SMS.")
            .arg(provider.name);
    case ProviderFailure::ProviderUnavailable:
        return QCoreApplication::translate(
            "Diagnosis",
            "The provider did not answer. Look at its status page; if the outage goes on, contact the "
            "provider's support. Codes will arrive again once it is back.");
    case ProviderFailure::RateLimited:
        return error.retryAfterSeconds
            ? QCoreApplication::translate("Diagnosis",
                                          "The provider is throttling requests; wait %1 s before trying again.")
                  .arg(*error.retryAfterSeconds)
            : QCoreApplication::translate("Diagnosis",
                                          "The provider is throttling requests; wait a minute before trying again.");
    case ProviderFailure::Rejected:
        return QCoreApplication::translate(
                   "Diagnosis",
                   "The provider refused the request (%1). Check the provider settings, and contact the provider if "
                   "they are right.")
            .arg(error.providerMessage.isEmpty() ? error.providerCode : error.providerMessage);
    case ProviderFailure::MalformedResponse:
        return QCoreApplication::translate(
                   "Diagnosis",
                   "The answer was not what %1's API sends: check the API base URL in the provider settings.")
            .arg(provider.kind);
    case ProviderFailure::TlsFailure:
        return QCoreApplication::translate(
            "Diagnosis",
            "The provider's certificate could not be verified: check the API base URL and any proxy "
            "between this computer and the provider.");
    case ProviderFailure::MissingSecret:
        return QCoreApplication::translate(
                   "Diagnosis",
                   "In System > SMS providers, edit %1 and enter its auth token / API secret; if the keychain is "
                   "locked, unlock it.")
            .arg(provider.name);
    case ProviderFailure::Cancelled:
        return {};
    case ProviderFailure::OutcomeUnknown:
        return QCoreApplication::translate(
                   "Diagnosis",
                   "The request reached %1 but its answer did not arrive whole: the SMS may have been sent. Look "
                   "in the %1 console's message logs before sending again, so the client does not get it twice.")
            .arg(provider.name);
    }
    return {};
}

QString howToFindOut(const QString& providerName, const QString& messageId, const QString& toE164,
                     const QDateTime& sentAt)
{
    if (!messageId.isEmpty())
        return QCoreApplication::translate("Diagnosis",
                                           "Look up the message ID %1 in the %2 console, or contact the provider "
                                           "with it, to learn what became of it.")
            .arg(messageId, providerName);
    return QCoreApplication::translate("Diagnosis",
                                       "There is no message ID: in the %1 console's message logs, look for an SMS "
                                       "to %2 sent around %3 to learn whether it went out and what became of it.")
        .arg(providerName, toE164, dateTimeText(sentAt));
}

QString forWarning(const QString& warning, const ProviderConfig& provider)
{
    if (warning == u"below_threshold" || warning == u"no_balance")
        return QCoreApplication::translate(
                   "Diagnosis", "Top up the %1 account before it runs out; SMS stop when the balance is used up.")
            .arg(provider.name);
    if (warning == u"incident")
        return QCoreApplication::translate(
            "Diagnosis",
            "The provider reports an incident: codes may be late or lost until it is resolved. Follow its "
            "status page; if the client cannot wait, suggest Google Authenticator.");
    if (warning == u"account_not_active")
        return QCoreApplication::translate(
            "Diagnosis",
            "The provider account is not active: contact the provider (billing or compliance) to reactivate "
            "it.");
    return {};
}

} // namespace backoffice::SmsFailureAdvice
