// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"
#include "core/sms/ProviderCheck.h"
#include "core/sms/ProviderConfig.h"

#include <QPointer>

namespace backoffice {

class ProviderCheckJob;

/// Asks one enabled provider one question over the network — credentials accepted, balance above
/// the threshold, service up — through ProviderService, so the result is stored like a check run
/// from System > SMS providers.
class SmsProviderCheck final : public DiagnosisCheck
{
    Q_OBJECT

public:
    SmsProviderCheck(const DiagnosisContext& context, ProviderConfig provider, CheckKind kind);
    /// A call still under way goes with the check: it uses the diagnosis' connection and network.
    ~SmsProviderCheck() override;

    QString id() const override;
    QString title() const override;
    void start() override;
    void cancel() override;
    /// The provider's own request timeout, plus a little for the answer to travel back.
    int timeoutMs(int) const override { return m_provider.timeoutMs + 500; }

private:
    Finding toFinding(const struct CheckResult& result) const;

    ProviderConfig m_provider;
    CheckKind m_kind;
    QPointer<ProviderCheckJob> m_job;
};

} // namespace backoffice
