// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/DiagnosisPlan.h"

#include "diagnosis/DiagnosisContext.h"
#include "diagnosis/checks/AuthenticatorSecretCheck.h"
#include "diagnosis/checks/PhoneNumberCheck.h"
#include "diagnosis/checks/TwoFactorEnabledCheck.h"

namespace backoffice {

std::vector<DiagnosisCheck*> planDiagnosis(const DiagnosisContext& context)
{
    std::vector<DiagnosisCheck*> checks {new TwoFactorEnabledCheck(context)};
    switch (context.client.method) {
    case TwoFactorMethod::None:
        break;
    case TwoFactorMethod::Authenticator:
        checks.push_back(new AuthenticatorSecretCheck(context));
        break;
    case TwoFactorMethod::Sms:
        checks.push_back(new PhoneNumberCheck(context));
        break;
    }
    return checks;
}

} // namespace backoffice
