// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/Finding.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class QTimer;

namespace backoffice {

class DiagnosisCheck;

/// Runs checks concurrently, each with its own timeout: a check that does not answer in time becomes
/// an "unknown" finding saying so, and the diagnosis still finishes. Findings keep the checks' order.
class DiagnosisRunner : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosisRunner(QObject* parent = nullptr);
    ~DiagnosisRunner() override;

    /// Takes ownership of the checks. Call once.
    void start(std::vector<DiagnosisCheck*> checks, int timeoutMsPerCheck);
    /// (A check may ask for another limit, see DiagnosisCheck::timeoutMs.)
    /// Stops waiting: checks still running are cancelled and reported as not checked.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total, const QString& lastCheckTitle);
    void finished(const QList<backoffice::Finding>& findings, bool cancelled);

private:
    void complete(int index, const QList<Finding>& findings);
    void finishIfDone();

    struct Slot
    {
        DiagnosisCheck* check = nullptr;
        QTimer* timer = nullptr;
        bool done = false;
        QList<Finding> findings;
    };
    std::vector<Slot> m_slots;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace backoffice
