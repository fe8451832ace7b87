// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/sms/ProviderCheckJob.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace backoffice {

/// "Check all": credentials, balance and service status of several providers, one check at a time,
/// with progress and cancel. Emits `checked` per result, `progress` after each, then `finished`
/// (also after cancel()) and deletes itself.
class ProviderCheckAllJob : public QObject
{
    Q_OBJECT

public:
    using StartCheck = std::function<Result<ProviderCheckJob*>(CheckRequest)>;

    ProviderCheckAllJob(QList<qint64> providerIds, StartCheck startCheck, QObject* parent = nullptr);

    void cancel();
    int total() const { return int(m_steps.size()); }
    bool anyProblem() const { return m_anyProblem; }

signals:
    void checked(qint64 providerId, const backoffice::CheckResult& result);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    void next();

    QList<QPair<qint64, CheckKind>> m_steps;
    StartCheck m_startCheck;
    QPointer<ProviderCheckJob> m_current;
    int m_done = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_anyProblem = false;
};

} // namespace backoffice
