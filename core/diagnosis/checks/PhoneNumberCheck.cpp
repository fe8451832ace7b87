// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/checks/PhoneNumberCheck.h"

#include "core/clients/PhoneNumber.h"
#include "core/diagnosis/DiagnosisContext.h"

#include <QCoreApplication>

namespace backoffice {

namespace {
QList<Finding> evaluate(const LocalDiagnosisCheck& check)
{
    const QString phone = check.context().client.phone;
    const PhoneNumberInfo info = PhoneNumber::inspect(phone);
    const QString fix = QCoreApplication::translate(
        "Diagnosis",
        "Ask the client to correct the mobile number in the client UI, or to switch to Google "
        "Authenticator.");
    switch (info.problem) {
    case PhoneNumberInfo::Problem::Empty:
        return {check.finding(Finding::Outcome::Problem,
                              QCoreApplication::translate("Diagnosis", "The client has no phone number on record."),
                              fix)};
    case PhoneNumberInfo::Problem::NotE164:
    case PhoneNumberInfo::Problem::Unparsable:
        return {check.finding(
            Finding::Outcome::Problem,
            QCoreApplication::translate("Diagnosis", "%1 is not an international (E.164) number.").arg(phone), fix)};
    case PhoneNumberInfo::Problem::NotPossible:
        return {check.finding(Finding::Outcome::Problem,
                              QCoreApplication::translate("Diagnosis",
                                                          "%1 is not a phone number: no number of its country code "
                                                          "has this many digits.")
                                  .arg(phone),
                              fix)};
    case PhoneNumberInfo::Problem::Invalid:
        // Imported all the same: the metadata may predate a new range, so this is a doubt, not a verdict.
        return {
            check.finding(Finding::Outcome::Warning,
                          QCoreApplication::translate("Diagnosis",
                                                      "%1 is not a valid number for %2 according to the numbering "
                                                      "plan (the plan's data may predate a new range).")
                              .arg(phone, info.regionCode.isEmpty() ? QStringLiteral("?") : info.regionCode),
                          QCoreApplication::translate("Diagnosis",
                                                      "Send a test SMS to see whether the number receives it; if "
                                                      "not, ask the client to check the number in the client UI."))};
    case PhoneNumberInfo::Problem::None:
        break;
    }
    switch (info.type) {
    case PhoneNumberInfo::Type::Mobile:
        return {check.finding(Finding::Outcome::Ok,
                              QCoreApplication::translate("Diagnosis", "%1 is a valid mobile number (%2).")
                                  .arg(info.e164, info.regionCode))};
    case PhoneNumberInfo::Type::FixedLineOrMobile:
    case PhoneNumberInfo::Type::Unknown:
        return {check.finding(Finding::Outcome::Ok,
                              QCoreApplication::translate("Diagnosis",
                                                          "%1 is valid (%2); its range does not tell mobile "
                                                          "from landline.")
                                  .arg(info.e164, info.regionCode))};
    case PhoneNumberInfo::Type::FixedLine:
        return {check.finding(
            Finding::Outcome::Problem,
            QCoreApplication::translate("Diagnosis", "%1 is a landline number: it cannot receive SMS.").arg(info.e164),
            fix)};
    case PhoneNumberInfo::Type::Voip:
    case PhoneNumberInfo::Type::TollFree:
    case PhoneNumberInfo::Type::Other:
        return {check.finding(Finding::Outcome::Warning,
                              QCoreApplication::translate("Diagnosis",
                                                          "%1 is not a mobile number (VoIP, toll-free or "
                                                          "special range); many of these do not receive SMS.")
                                  .arg(info.e164),
                              fix)};
    }
    return {};
}
} // namespace

const LocalCheck phoneNumberCheck {
    QStringLiteral("sms.phone_number"),
    [] { return QCoreApplication::translate("Diagnosis", "Phone number can receive SMS"); }, &evaluate};

} // namespace backoffice
