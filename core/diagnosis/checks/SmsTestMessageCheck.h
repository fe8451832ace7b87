// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"
#include "core/sms/ProviderConfig.h"

#include <QPointer>

class QTimer;

namespace backoffice {

class ProviderCheckJob;
struct CheckResult;

/// Sends a test SMS through the enabled provider and follows its delivery status until it is final
/// or the follow-up time is over: the live version of "does an SMS reach this phone?".
class SmsTestMessageCheck final : public DiagnosisCheck
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 2000;

    SmsTestMessageCheck(const DiagnosisContext& context, ProviderConfig provider);
    /// A call still under way goes with the check: it uses the diagnosis' connection and network.
    ~SmsTestMessageCheck() override;

    QString id() const override { return QStringLiteral("sms.test_message"); }
    QString title() const override;
    void start() override;
    void cancel() override;
    int timeoutMs(int) const override;

private:
    void sent(const CheckResult& result);
    void poll();
    void polled(const CheckResult& result);
    void finishWith(const Finding& result);

    ProviderConfig m_provider;
    QString m_messageId;
    QPointer<ProviderCheckJob> m_job;
    QTimer* m_pollTimer = nullptr;
    qint64 m_deadlineMs = 0;
    bool m_done = false;
};

} // namespace backoffice
