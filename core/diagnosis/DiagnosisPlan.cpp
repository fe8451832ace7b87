// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/DiagnosisPlan.h"

#include "core/diagnosis/DiagnosisContext.h"
#include "core/diagnosis/checks/AuthenticatorCodeCheck.h"
#include "core/diagnosis/checks/AuthenticatorSecretCheck.h"
#include "core/diagnosis/checks/CarrierLookupCheck.h"
#include "core/diagnosis/checks/PhoneNumberCheck.h"
#include "core/diagnosis/checks/SmsProviderCheck.h"
#include "core/diagnosis/checks/SmsProviderConfigurationCheck.h"
#include "core/diagnosis/checks/SmsRecentMessagesCheck.h"
#include "core/diagnosis/checks/SmsTestMessageCheck.h"
#include "core/diagnosis/checks/TwoFactorEnabledCheck.h"
#include "core/sms/ProviderRepository.h"

namespace backoffice {

namespace {
void planSms(const DiagnosisContext& context, std::vector<DiagnosisCheck*>& checks)
{
    checks.push_back(new LocalDiagnosisCheck(context, phoneNumberCheck));
    checks.push_back(new LocalDiagnosisCheck(context, smsProviderConfigurationCheck));
    // The network checks ask every enabled provider (the platform may fail over between them); a
    // provider whose settings cannot even be read is reported by the configuration check.
    QList<ProviderConfig> enabled;
    if (auto providers = ProviderRepository(context.database).list()) {
        for (const ProviderConfig& provider : providers.value()) {
            if (provider.enabled)
                enabled.append(provider);
        }
    }
    for (const ProviderConfig& provider : enabled) {
        for (CheckKind kind : {CheckKind::Credentials, CheckKind::Balance, CheckKind::ServiceStatus})
            checks.push_back(new SmsProviderCheck(context, provider, kind));
    }
    if (context.options.phoneLookup && !context.client.phone.isEmpty())
        checks.push_back(new CarrierLookupCheck(context));
    checks.push_back(new LocalDiagnosisCheck(context, smsRecentMessagesCheck));
    if (!context.options.testSmsTo.isEmpty() && !enabled.isEmpty())
        checks.push_back(new SmsTestMessageCheck(context, enabled.first()));
}
} // namespace

std::vector<DiagnosisCheck*> planDiagnosis(const DiagnosisContext& context)
{
    std::vector<DiagnosisCheck*> checks {new LocalDiagnosisCheck(context, twoFactorEnabledCheck)};
    switch (context.client.method) {
    case TwoFactorMethod::None:
        break;
    case TwoFactorMethod::Authenticator:
        checks.push_back(new LocalDiagnosisCheck(context, authenticatorSecretCheck));
        if (!context.options.codeFromClient.isEmpty())
            checks.push_back(new LocalDiagnosisCheck(context, authenticatorCodeCheck));
        break;
    case TwoFactorMethod::Sms:
        planSms(context, checks);
        return checks;
    }
    // Not for delivery here, but a recent SIM swap matters before any factor is removed.
    if (context.options.phoneLookup && !context.client.phone.isEmpty())
        checks.push_back(new CarrierLookupCheck(context));
    return checks;
}

} // namespace backoffice
