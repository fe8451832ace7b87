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

class LocalDiagnosisCheck;

/// A check whose answer comes from local data (database, keychain-derived cipher, libphonenumber),
/// known at once: nothing to wait for, so it is no more than its id, its title and a function of the
/// diagnosis context. Each one is a constant of this type (checks/TwoFactorEnabledCheck.h...),
/// run by a LocalDiagnosisCheck.
struct LocalCheck
{
    QString id;
    /// Called whenever the title is asked for, so it is in the language in use then.
    QString (*title)();
    QList<Finding> (*evaluate)(const LocalDiagnosisCheck& check);
};

/// Runs one LocalCheck: finishes on the next event-loop turn with what it found.
class LocalDiagnosisCheck final : public DiagnosisCheck
{
    Q_OBJECT

public:
    LocalDiagnosisCheck(const DiagnosisContext& context, const LocalCheck& check, QObject* parent = nullptr)
        : DiagnosisCheck(context, parent), m_check(check)
    {
    }

    QString id() const override { return m_check.id; }
    QString title() const override { return m_check.title(); }
    void start() override { finishSoon(m_check.evaluate(*this)); }

    // What a LocalCheck's evaluate function reads and words its findings with.
    using DiagnosisCheck::context;
    using DiagnosisCheck::finding;

private:
    const LocalCheck& m_check;
};

} // namespace backoffice
