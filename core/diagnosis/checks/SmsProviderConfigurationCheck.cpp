// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/checks/SmsProviderConfigurationCheck.h"

#include "core/diagnosis/DiagnosisContext.h"
#include "core/sms/CheckResultText.h"
#include "core/sms/ProviderRepository.h"

#include <QCoreApplication>

namespace backoffice {

namespace {
/// The check's evaluation, in the class whose name is the translation context of its texts.
class SmsProviderConfigurationCheck
{
    Q_DECLARE_TR_FUNCTIONS(backoffice::SmsProviderConfigurationCheck)

public:
    static QList<Finding> evaluate(const LocalDiagnosisCheck& check);
};
} // namespace

QList<Finding> SmsProviderConfigurationCheck::evaluate(const LocalDiagnosisCheck& check)
{
    auto providers = ProviderRepository(check.context().database).list();
    if (!providers)
        return {check.finding(
            Finding::Outcome::Unknown,
            tr("The provider settings could not be read: %1").arg(CheckResultText::describe(providers.error())))};
    QList<ProviderConfig> enabled;
    for (const ProviderConfig& provider : providers.value()) {
        if (provider.enabled)
            enabled.append(provider);
    }
    if (enabled.isEmpty()) {
        const QString detail = providers->isEmpty()
            ? tr("No SMS provider is set up, so no SMS code can be sent.")
            : tr("%n SMS provider(s) set up, but none is enabled, so no SMS code can be sent.", nullptr,
                 int(providers->size()));
        return {
            check.finding(Finding::Outcome::Problem, detail,
                          tr("In System > SMS providers, edit the provider (such as Twilio), check its settings and "
                             "turn on Enabled."))};
    }

    QList<Finding> findings;
    for (const ProviderConfig& provider : enabled) {
        QStringList problems;
        for (const Error& error : provider.validate())
            problems << (error.detail.isEmpty() ? error.field : error.field + QStringLiteral(": ") + error.detail);
        if (!provider.hasSecret)
            problems << tr("no auth token / API secret stored");
        Finding result
            = check.finding(Finding::Outcome::Ok,
                            tr("%1 (%2) is enabled and its settings are complete.").arg(provider.name, provider.kind));
        result.check = check.id();
        if (!problems.isEmpty()) {
            result.outcome = Finding::Outcome::Problem;
            result.detail = tr("%1 (%2) is enabled but its configuration is incomplete: %3.")
                                .arg(provider.name, provider.kind, problems.join(QStringLiteral("; ")));
            result.action
                = tr("In System > SMS providers, edit %1 and complete the highlighted fields.").arg(provider.name);
        }
        findings.append(result);
    }
    return findings;
}

const LocalCheck smsProviderConfigurationCheck {
    QStringLiteral("sms.provider.configuration"),
    [] { return SmsProviderConfigurationCheck::tr("SMS provider enabled and configured"); },
    &SmsProviderConfigurationCheck::evaluate};

} // namespace backoffice
