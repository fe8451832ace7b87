// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/DiagnosisRunner.h"

#include "core/common/Logging.h"
#include "core/diagnosis/DiagnosisCheck.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

DiagnosisRunner::DiagnosisRunner(std::vector<DiagnosisCheck*> checks, int timeoutMsPerCheck, QObject* parent)
    : Task(parent)
{
    m_slots.resize(checks.size());
    for (std::size_t i = 0; i < checks.size(); ++i) {
        Slot& slot = m_slots[i];
        slot.check = checks[i];
        slot.check->setParent(this);
        slot.timer = new QTimer(this);
        slot.timer->setSingleShot(true);
        const int index = int(i);
        connect(slot.check, &DiagnosisCheck::finished, this,
                [this, index](const QList<Finding>& findings) { answered(index, findings); });
        const int timeoutMs = slot.check->timeoutMs(timeoutMsPerCheck);
        slot.timer->setInterval(timeoutMs);
        connect(slot.timer, &QTimer::timeout, this, [this, index, timeoutMs] {
            DiagnosisCheck* check = m_slots[std::size_t(index)].check;
            check->cancel();
            answered(index,
                     {Finding {check->id(), check->title(), Finding::Outcome::Unknown,
                               QCoreApplication::translate("Diagnosis", "No answer within %1 s.")
                                   .arg(timeoutMs / 1000.0, 0, 'f', 1),
                               QCoreApplication::translate("Diagnosis",
                                                           "Run the diagnosis again; if it keeps "
                                                           "timing out, check the provider's service "
                                                           "status and this computer's network.")}});
        });
    }
    QTimer::singleShot(0, this, &DiagnosisRunner::start);
}

DiagnosisRunner::~DiagnosisRunner()
{
    for (Slot& slot : m_slots) {
        if (!slot.done && slot.check)
            slot.check->cancel();
    }
}

void DiagnosisRunner::start()
{
    if (isFinished() || isStopped())
        return;
    for (Slot& slot : m_slots) {
        slot.timer->start();
        slot.check->start();
    }
    finishIfDone(); // no checks at all
}

void DiagnosisRunner::answered(int index, const QList<Finding>& findings)
{
    Slot& slot = m_slots[std::size_t(index)];
    if (slot.done || isFinished())
        return;
    slot.done = true;
    slot.timer->stop();
    slot.findings = findings;
    ++m_done;
    emit progress(m_done, qint64(m_slots.size()), slot.check->title());
    finishIfDone();
}

void DiagnosisRunner::onStop()
{
    const QString why = stopReason() == Stop::TimedOut
        ? QCoreApplication::translate("Diagnosis", "The diagnosis ran out of time.")
        : QCoreApplication::translate("Diagnosis", "Cancelled by the operator.");
    for (Slot& slot : m_slots) {
        if (slot.done)
            continue;
        slot.done = true;
        slot.timer->stop();
        slot.check->cancel();
        slot.findings = {Finding {slot.check->id(), slot.check->title(), Finding::Outcome::Unknown, why, {}}};
        ++m_done;
    }
    finishIfDone();
}

CheckRun DiagnosisRunner::stoppedResult(Stop reason) const
{
    CheckRun run;
    for (const Slot& slot : m_slots)
        run.findings += slot.findings;
    run.cancelled = reason != Stop::None;
    return run;
}

void DiagnosisRunner::finishIfDone()
{
    if (m_done < int(m_slots.size()))
        return;
    complete(stoppedResult(stopReason()), true); // the findings say which checks were cut short
}

} // namespace backoffice
