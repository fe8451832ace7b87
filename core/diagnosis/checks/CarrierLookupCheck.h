// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"

#include <QPointer>

namespace backoffice {

class PhoneLookupJob;
struct PhoneLookupOutcome;

/// Asks the carrier about the phone on file (Twilio Lookup, opt-in: each lookup is billed, an
/// answer is reused for a day): a landline, fixed VoIP or toll-free number cannot receive SMS (a
/// Problem), non-fixed VoIP numbers are often filtered (a Warning), a SIM swap in the last 7 days
/// means the caller may not be the client (a Warning). The carrier's name is in the evidence, so
/// "ask the provider about delivery to carrier X" is concrete. Fields the account is not enabled
/// for say so, and are no failure.
class CarrierLookupCheck final : public DiagnosisCheck
{
    Q_OBJECT

public:
    using DiagnosisCheck::DiagnosisCheck;
    ~CarrierLookupCheck() override;

    QString id() const override { return QStringLiteral("sms.carrier"); }
    QString title() const override;
    void start() override;
    void cancel() override;

private:
    QList<Finding> toFindings(const PhoneLookupOutcome& outcome) const;

    QPointer<PhoneLookupJob> m_job;
};

} // namespace backoffice
