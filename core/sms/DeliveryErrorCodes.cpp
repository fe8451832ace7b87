// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/DeliveryErrorCodes.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
struct Entry
{
    const char* code;
    const char* meaning;
    const char* action;
};

// QT_TRANSLATE_NOOP keeps the strings visible to lupdate; they are translated on lookup.
constexpr Entry twilioCodes[] = {
    {"21211", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The phone number is not valid."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Check the client's number (E.164: + country code and number).")},
    {"21408", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Sending to this country is not enabled on the account."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes",
                       "Ask the provider administrator to enable the country (geo permissions).")},
    {"21608", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "A trial account can only send to verified numbers."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Upgrade the account or verify the number in the provider console.")},
    {"21610", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The recipient unsubscribed (replied STOP)."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes",
                       "Ask the client to text START to the sender number, or use the authenticator.")},
    {"21614", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The number is not a mobile number and cannot receive SMS."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Ask the client for a mobile number.")},
    {"30003",
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The handset is unreachable (off, no signal, or roaming without SMS)."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Ask the client to turn the phone on, check signal, and try again.")},
    {"30004", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The message was blocked (by the recipient or the carrier)."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes",
                       "Ask the client to check SMS blocking on the phone and with the carrier.")},
    {"30005", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The number is unknown to the carrier (may no longer exist)."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Confirm the number with the client and update it.")},
    {"30006", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The number is a landline or its carrier cannot be reached."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Ask the client for a mobile number.")},
    {"30007", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The carrier filtered the message (suspected spam)."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Escalate to the provider administrator (sender registration, content).")},
    {"30008", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Delivery failed for an unknown reason."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Try again later; if it persists, escalate to the provider.")},
    {"30034", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The US sender number is not registered for A2P 10DLC."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Escalate: the sender must be registered before US delivery works.")},
    {"30002", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The provider account was suspended."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Escalate to the provider administrator (billing).")},
};

// Vonage delivery receipt err-code values (the Reports API's error_code), as Vonage's SMS delivery
// error codes list them.
constexpr Entry vonageCodes[] = {
    {"1", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Delivery failed for an unknown reason."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Try again later; if it persists, escalate to the provider.")},
    {"2", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The handset is temporarily unreachable (off or no signal)."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Ask the client to turn the phone on, check signal, and try again.")},
    {"3", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The number is permanently unreachable (may no longer exist)."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Confirm the number with the client and update it.")},
    {"4", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The recipient blocked messages from this sender."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes",
                       "Ask the client to check SMS blocking on the phone and with the carrier.")},
    {"5", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The number was ported and the route is wrong."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Try again later; if it persists, escalate to the provider.")},
    {"6", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The carrier filtered the message (suspected spam)."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Escalate to the provider administrator (sender registration, content).")},
    {"7", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The handset was busy or its memory is full."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Ask the client to free space for messages and try again.")},
    {"8", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "A network error prevented delivery."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Try again later.")},
    {"9",
     QT_TRANSLATE_NOOP("DeliveryErrorCodes",
                       "The number is blacklisted for this sender: the recipient opted out of its messages."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes",
                       "Ask the client to opt back in with their carrier or the sender, or use the authenticator.")},
    {"10",
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The carrier refused the message itself (for example a wrong encoding)."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Escalate to the provider administrator with the message ID.")},
    {"11", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "There is no route to this number."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Escalate to the provider; try another provider if one is enabled.")},
    {"12", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "No route to the number could be found at the carrier."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Confirm the number with the client and update it.")},
    {"13", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The recipient cannot receive this message because of their age."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes",
                       "Ask the client to have the age restriction lifted with their carrier, or use the "
                       "authenticator.")},
    {"14", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The carrier blocks SMS to this number."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Ask the client to have their carrier enable SMS on their plan.")},
    {"15", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The recipient's prepaid account has no credit for SMS."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Ask the client to top up, or use the authenticator.")},
    {"99", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "A general error on the route to the carrier."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Escalate to the provider with the message ID.")},
};

// Vonage's answers to a send (sms.yml x-errors, messages[].status): another code space than the
// delivery receipts above (send status 9 is "no credit", receipt error 9 an opted-out number).
constexpr Entry vonageSendStatuses[] = {
    {"1", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Vonage throttled the send: the account's rate limit was exceeded."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Wait a minute and send again.")},
    {"2", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "A required parameter of the send was missing."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Check the provider's sender and the client's number.")},
    {"3", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "A parameter of the send was invalid."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Check the provider's sender and the client's number.")},
    {"4", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The API key or secret is wrong, invalid or disabled."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Enter the key and secret from the Vonage dashboard.")},
    {"5", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "An internal error at Vonage."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Try again later; if it persists, contact Vonage support.")},
    {"6",
     QT_TRANSLATE_NOOP("DeliveryErrorCodes",
                       "Vonage could not process the message (for example an unknown "
                       "number prefix)."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Check the client's number (E.164: + country code and number).")},
    {"7", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The number is barred: it is blacklisted and may not receive SMS."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Use another second factor for this client, or escalate to Vonage.")},
    {"8", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The Vonage account is barred: Vonage suspended it."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes",
                       "Ask whoever runs the Vonage account to contact Vonage support; no SMS goes out until then.")},
    {"9", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The Vonage account has no credit left for this message."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Top up the Vonage account and send again.")},
    {"10", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Too many simultaneous connections to Vonage for the account."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Wait a minute and send again.")},
    {"11", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The account is not enabled for Vonage's SMS API over HTTP."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Ask Vonage support to enable the SMS API for the account.")},
    {"12", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The message is longer than Vonage allows."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Send a shorter message.")},
    {"14", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Vonage could not verify the request's signature."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Check the account's signature settings in the Vonage dashboard.")},
    {"15", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The sender is not authorised for this destination."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes",
                       "Use a Vonage number or short code as the sender (required in North America).")},
    {"22", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The network code does not match the destination."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Escalate to the provider administrator.")},
    {"23", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The callback URL was refused."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Escalate to the provider administrator.")},
    {"29",
     QT_TRANSLATE_NOOP(
         "DeliveryErrorCodes",
         "The Vonage account is in demo mode: it only sends to whitelisted numbers, and this one is not."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes",
                       "Add the number to the account's test numbers in the Vonage dashboard, or top up the account to "
                       "leave demo mode.")},
    {"32", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "A signed request may not carry the API secret too."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Turn off request signing for the account in the Vonage dashboard.")},
    {"33", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The number is de-activated and may not receive SMS."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Confirm the number with the client and update it.")},
};

template<std::size_t N> DeliveryErrorExplanation lookUp(const Entry (&table)[N], const QString& code)
{
    for (const Entry& entry : table) {
        if (code == QLatin1String(entry.code))
            return {true, QCoreApplication::translate("DeliveryErrorCodes", entry.meaning),
                    QCoreApplication::translate("DeliveryErrorCodes", entry.action)};
    }
    return {false,
            QCoreApplication::translate("DeliveryErrorCodes", "Error %1 is not in Back Office's list.").arg(code),
            QCoreApplication::translate("DeliveryErrorCodes", "Look the code up in the provider's documentation.")};
}
} // namespace

DeliveryErrorExplanation DeliveryErrorCodes::explain(const QString& providerKind, const QString& code)
{
    if (code.isEmpty())
        return {true, {}, {}};
    if (providerKind == u"vonage")
        return lookUp(vonageCodes, code);
    return lookUp(twilioCodes, code);
}

DeliveryErrorExplanation DeliveryErrorCodes::explainSendStatus(const QString& providerKind, const QString& code)
{
    if (code.isEmpty())
        return {true, {}, {}};
    if (providerKind == u"vonage")
        return lookUp(vonageSendStatuses, code);
    return lookUp(twilioCodes, code); // Twilio's send and delivery errors share one list
}

} // namespace backoffice
