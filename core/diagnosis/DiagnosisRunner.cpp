// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/DiagnosisRunner.h"

#include "core/common/Logging.h"
#include "core/diagnosis/DiagnosisCheck.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

DiagnosisRunner::DiagnosisRunner(QObject* parent) : QObject(parent) { }

DiagnosisRunner::~DiagnosisRunner()
{
    for (Slot& slot : m_slots) {
        if (!slot.done && slot.check)
            slot.check->cancel();
    }
}

void DiagnosisRunner::start(std::vector<DiagnosisCheck*> checks, int timeoutMsPerCheck)
{
    Q_ASSERT(!m_running && m_slots.empty());
    m_running = true;
    m_slots.resize(checks.size());
    for (std::size_t i = 0; i < checks.size(); ++i) {
        Slot& slot = m_slots[i];
        slot.check = checks[i];
        slot.check->setParent(this);
        slot.timer = new QTimer(this);
        slot.timer->setSingleShot(true);
        const int index = int(i);
        connect(slot.check, &DiagnosisCheck::finished, this,
                [this, index](const QList<Finding>& findings) { complete(index, findings); });
        const int timeoutMs = slot.check->timeoutMs(timeoutMsPerCheck);
        slot.timer->setInterval(timeoutMs);
        connect(slot.timer, &QTimer::timeout, this, [this, index, timeoutMs] {
            DiagnosisCheck* check = m_slots[std::size_t(index)].check;
            check->cancel();
            complete(index,
                     {Finding {check->id(), check->title(), Finding::Outcome::Unknown,
                               QCoreApplication::translate("Diagnosis", "No answer within %1 s.")
                                   .arg(timeoutMs / 1000.0, 0, 'f', 1),
                               QCoreApplication::translate("Diagnosis",
                                                           "Run the diagnosis again; if it keeps "
                                                           "timing out, check the provider's service "
                                                           "status and this computer's network.")}});
        });
    }
    if (m_slots.empty()) {
        QTimer::singleShot(0, this, &DiagnosisRunner::finishIfDone);
        return;
    }
    for (Slot& slot : m_slots) {
        slot.timer->start();
        slot.check->start();
    }
}

void DiagnosisRunner::complete(int index, const QList<Finding>& findings)
{
    Slot& slot = m_slots[std::size_t(index)];
    if (slot.done || !m_running)
        return;
    slot.done = true;
    slot.timer->stop();
    slot.findings = findings;
    ++m_done;
    emit progress(m_done, int(m_slots.size()), slot.check->title());
    finishIfDone();
}

void DiagnosisRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (Slot& slot : m_slots) {
        if (slot.done)
            continue;
        slot.done = true;
        slot.timer->stop();
        slot.check->cancel();
        slot.findings = {Finding {slot.check->id(),
                                  slot.check->title(),
                                  Finding::Outcome::Unknown,
                                  QCoreApplication::translate("Diagnosis", "Cancelled by the operator."),
                                  {}}};
        ++m_done;
    }
    finishIfDone();
}

void DiagnosisRunner::finishIfDone()
{
    if (!m_running || m_done < int(m_slots.size()))
        return;
    m_running = false;
    QList<Finding> all;
    for (const Slot& slot : m_slots)
        all += slot.findings;
    emit finished(all, m_cancelled);
}

} // namespace backoffice
