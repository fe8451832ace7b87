// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/CheckResultText.h"

#include "core/sms/DeliveryErrorCodes.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QString CheckResultText::describe(const Error& error)
{
    switch (error.code) {
    case Error::Code::PermissionDenied:
        return tr("Your role does not allow this.");
    case Error::Code::KeychainUnavailable:
        return tr("The system keychain is unavailable (%1). Unlock it or start it, then try again.").arg(error.detail);
    case Error::Code::InvalidInput:
        if (error.field == u"to")
            return tr("The recipient is not a phone number that can get SMS. Write it with the country code, "
                      "e.g. +44 7911 123456.");
        if (error.field == u"body")
            return tr("The message is too long: at most 1,600 characters.");
        return tr("Check the field \"%1\": %2").arg(error.field, error.detail);
    case Error::Code::NotFound:
        return tr("It does not exist any more (%1).").arg(error.field);
    case Error::Code::KeyMissing:
        return tr("This database's key is not in the keychain (%1).").arg(error.field);
    case Error::Code::DecryptionFailed:
        return tr("A stored secret cannot be decrypted (wrong key or damaged data).");
    case Error::Code::Busy:
        return tr("Another program is writing to the database.");
    default:
        return error.detail.isEmpty() ? tr("It failed.") : tr("It failed: %1").arg(error.detail);
    }
}

QString CheckResultText::describe(const CheckResult& result, const QString& providerKind, Advice advice)
{
    if (result.error) {
        // A refused send says which of the provider's codes refused it, in the operator's words.
        const DeliveryErrorExplanation explanation = result.kind == CheckKind::TestSms
            ? DeliveryErrorCodes::explainSendStatus(providerKind, result.error->providerCode)
            : DeliveryErrorExplanation {};
        if (!explanation.known || explanation.meaning.isEmpty())
            return result.error->describe();
        if (advice == Advice::Separate)
            return result.error->describe() + u' ' + explanation.meaning;
        return result.error->describe() + u' ' + tr("%1 What to do: %2").arg(explanation.meaning, explanation.action);
    }
    switch (result.kind) {
    case CheckKind::Credentials:
        if (result.warning == u"account_not_active")
            return tr("The credentials are right, but the account is %1: SMS cannot be sent.")
                .arg(result.account->status);
        return tr("The credentials are right.");
    case CheckKind::Balance: {
        const QString amount = tr("%1 %2").arg(result.balance->amount, result.balance->currency);
        if (result.warning == u"no_balance")
            return tr("Balance %1: no money left, SMS cannot be sent. Top up the account.").arg(amount);
        if (result.warning == u"below_threshold")
            return tr("Balance %1 is below the threshold of %2. Top up soon.")
                .arg(amount, QLocale().toString(*result.threshold));
        return tr("Balance %1.").arg(amount);
    }
    case CheckKind::ServiceStatus:
        switch (result.service->indicator) {
        case ServiceStatus::Indicator::None:
            return tr("The provider reports no incident (%1).").arg(result.service->description);
        case ServiceStatus::Indicator::Maintenance:
            return tr("The provider reports maintenance: %1").arg(result.service->description);
        case ServiceStatus::Indicator::Minor:
            return tr("The provider reports a minor incident: %1").arg(result.service->description);
        default:
            return tr("The provider reports a major incident: %1. SMS may not arrive.")
                .arg(result.service->description);
        }
    case CheckKind::TestSms:
        return tr("The provider accepted the test SMS. Message ID: %1").arg(result.sent->messageId);
    case CheckKind::MessageStatus: {
        const MessageStatusInfo& message = *result.message;
        QString text;
        switch (message.status) {
        case SmsStatus::Queued:
        case SmsStatus::Sending:
            text = tr("The message is still waiting to be sent.");
            break;
        case SmsStatus::Sent:
            text = tr("The message was handed to the carrier; no delivery receipt yet (a long wait here means the "
                      "carrier is delaying it).");
            break;
        case SmsStatus::Delivered:
            text = tr("The message was delivered to the phone.");
            break;
        case SmsStatus::Undelivered:
            text = tr("The message was not delivered.");
            break;
        case SmsStatus::Failed:
            text = tr("The message could not be sent.");
            break;
        case SmsStatus::Unknown:
            // The provider knows the message but not its fate (Vonage's "unknown"): no receipt came.
            text = tr("The provider does not know whether the message was delivered: the carrier sent no final "
                      "receipt.");
            break;
        }
        if (!message.errorCode.isEmpty()) {
            const DeliveryErrorExplanation explanation = DeliveryErrorCodes::explain(providerKind, message.errorCode);
            text += u' '
                + (advice == Advice::Separate ? tr("Error %1: %2").arg(message.errorCode, explanation.meaning)
                                              : tr("Error %1: %2 What to do: %3")
                                                    .arg(message.errorCode, explanation.meaning, explanation.action));
        }
        return text;
    }
    }
    return {};
}

} // namespace backoffice
