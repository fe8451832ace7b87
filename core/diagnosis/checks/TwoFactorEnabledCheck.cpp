// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/checks/TwoFactorEnabledCheck.h"
#include "core/common/DateTimeText.h"

#include "core/diagnosis/DiagnosisContext.h"

#include <QCoreApplication>

namespace backoffice {

namespace {
QList<Finding> evaluate(const LocalDiagnosisCheck& check)
{
    const Client& client = check.context().client;
    const QString since = dateTimeText(client.enabledAt);
    switch (client.method) {
    case TwoFactorMethod::None:
        return {check.finding(Finding::Outcome::Problem,
                              QCoreApplication::translate("Diagnosis",
                                                          "Neither Google Authenticator nor SMS confirmation "
                                                          "is on for this client, so no codes are sent."),
                              QCoreApplication::translate("Diagnosis",
                                                          "Ask the client to turn on 2FA in the Security "
                                                          "section of the client UI. The Back Office cannot "
                                                          "turn it on."))};
    case TwoFactorMethod::Authenticator:
        return {
            check.finding(Finding::Outcome::Ok,
                          QCoreApplication::translate("Diagnosis", "Google Authenticator is on since %1.").arg(since))};
    case TwoFactorMethod::Sms:
        return {check.finding(Finding::Outcome::Ok,
                              QCoreApplication::translate("Diagnosis", "SMS confirmation is on since %1.").arg(since))};
    }
    return {};
}
} // namespace

const LocalCheck twoFactorEnabledCheck {QStringLiteral("twofa.enabled"),
                                        [] { return QCoreApplication::translate("Diagnosis", "A 2FA option is on"); },
                                        &evaluate};

} // namespace backoffice
