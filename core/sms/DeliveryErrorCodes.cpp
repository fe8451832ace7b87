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

// Vonage delivery receipt err-code values.
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
    {"9", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The phone number is not valid."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Check the client's number (E.164: + country code and number).")},
    {"11", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "There is no route to this number."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Escalate to the provider; try another provider if one is enabled.")},
    {"15", QT_TRANSLATE_NOOP("DeliveryErrorCodes", "The recipient's prepaid account has no credit for SMS."),
     QT_TRANSLATE_NOOP("DeliveryErrorCodes", "Ask the client to top up, or use the authenticator.")},
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

} // namespace backoffice
