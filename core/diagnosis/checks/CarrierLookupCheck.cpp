// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/checks/CarrierLookupCheck.h"

#include "core/diagnosis/DiagnosisContext.h"
#include "core/lookup/PhoneLookupService.h"

namespace backoffice {

CarrierLookupCheck::~CarrierLookupCheck()
{
    delete m_job;
}

QString CarrierLookupCheck::title() const
{
    return tr("Phone line with the carrier");
}

void CarrierLookupCheck::start()
{
    const DiagnosisContext& ctx = context();
    const PhoneLookupService service(ctx.database, ctx.secrets, ctx.network, ctx.clock);
    PhoneLookupRequest request;
    request.e164 = ctx.client.phone;
    request.clientId = ctx.client.id;
    auto job = service.lookUp(ctx.actor, request);
    if (!job) {
        const QString why = job.error().code == Error::Code::NotFound
            ? tr("No enabled SMS provider offers a carrier lookup (Twilio does).")
            : tr("The carrier could not be asked (%1).").arg(job.error().field);
        finishSoon({finding(Finding::Outcome::Unknown, why)});
        return;
    }
    m_job = job.value();
    m_job->then(this, [this](const PhoneLookupOutcome& outcome) { emit finished(toFindings(outcome)); });
}

void CarrierLookupCheck::cancel()
{
    if (m_job)
        m_job->cancel();
}

QList<Finding> CarrierLookupCheck::toFindings(const PhoneLookupOutcome& outcome) const
{
    if (!outcome.result)
        return {finding(
            Finding::Outcome::Unknown,
            tr("The carrier lookup failed: %1").arg(outcome.error ? outcome.error->describe() : tr("no answer")))};
    const PhoneLookupResult& result = *outcome.result;
    const QString carrier
        = result.lineType.carrierName.isEmpty() ? tr("an unnamed carrier") : result.lineType.carrierName;
    QList<Finding> findings;
    if (!result.lineType.field.available) {
        findings.append(finding(Finding::Outcome::Unknown,
                                tr("The line type is not available on this provider account (error %1).")
                                    .arg(result.lineType.field.errorCode)));
    } else {
        switch (result.lineType.type) {
        case LineType::Landline:
        case LineType::FixedVoip:
        case LineType::TollFree:
            findings.append(finding(Finding::Outcome::Problem,
                                    tr("SMS cannot reach a landline: %1 is a %2 line of %3.")
                                        .arg(result.phoneNumber, result.lineType.typeName, carrier),
                                    tr("Ask the client for a mobile number, or switch them to Google Authenticator.")));
            break;
        case LineType::NonFixedVoip:
            findings.append(finding(Finding::Outcome::Warning,
                                    tr("%1 is a VoIP number of %2: carriers often filter SMS to such numbers.")
                                        .arg(result.phoneNumber, carrier),
                                    tr("Ask the SMS provider about delivery to %1, or suggest a mobile number or "
                                       "Google Authenticator.")
                                        .arg(carrier)));
            break;
        case LineType::Mobile:
            findings.append(
                finding(Finding::Outcome::Ok, tr("%1 is a mobile number of %2.").arg(result.phoneNumber, carrier),
                        tr("If codes still do not arrive, ask the SMS provider about delivery to %1.").arg(carrier)));
            break;
        default:
            findings.append(finding(Finding::Outcome::Warning,
                                    tr("%1 is a %2 line of %3, which may not receive SMS.")
                                        .arg(result.phoneNumber, result.lineType.typeName, carrier)));
            break;
        }
    }
    const auto swapped = result.simSwappedWithin(context().clock.nowUtc());
    if (swapped && *swapped)
        findings.append(Finding {
            QStringLiteral("sms.carrier.sim-swap"), tr("Recent SIM swap"), Finding::Outcome::Warning,
            tr("The carrier reports that the SIM of %1 was changed within the last 7 days.").arg(result.phoneNumber),
            tr("The caller may not be the client: do not verify them by SMS, and disable 2FA "
               "only with a colleague's approval.")});
    return findings;
}

} // namespace backoffice
