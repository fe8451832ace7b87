// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/Finding.h"

#include <QObject>

namespace backoffice {

struct DiagnosisContext;

/// One of the "possible reasons" a client gets no codes, checked. A check starts, later emits
/// finished() exactly once with one or more findings, and can be cancelled (then it emits nothing).
/// The runner gives each check its own timeout; a check need not enforce one itself.
class DiagnosisCheck : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosisCheck(const DiagnosisContext& context, QObject* parent = nullptr)
        : QObject(parent), m_context(context)
    {
    }

    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual void start() = 0;
    virtual void cancel() { }
    /// How long the runner waits for this check; network checks follow their provider's timeout.
    virtual int timeoutMs(int defaultMs) const { return defaultMs; }

signals:
    void finished(const QList<backoffice::Finding>& findings);

protected:
    const DiagnosisContext& context() const { return m_context; }
    Finding finding(Finding::Outcome outcome, const QString& detail, const QString& action = {}) const
    {
        return Finding {id(), title(), outcome, detail, action};
    }
    /// Reports on the next event-loop turn, so a check that knows its answer at once still finishes
    /// after start() returned.
    void finishSoon(const QList<Finding>& findings);

private:
    const DiagnosisContext& m_context;
};

/// A check whose answer comes from local data (database, keychain-derived cipher, libphonenumber).
class LocalDiagnosisCheck : public DiagnosisCheck
{
    Q_OBJECT

public:
    using DiagnosisCheck::DiagnosisCheck;
    void start() override { finishSoon(evaluate()); }

protected:
    virtual QList<Finding> evaluate() const = 0;
};

} // namespace backoffice
