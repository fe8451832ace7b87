// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Job.h"

#include <QTimer>

namespace backoffice {

Job::Job(QObject* parent) : QObject(parent) { }

void Job::cancel()
{
    stop(Stop::Cancelled);
}

void Job::setTimeout(std::chrono::milliseconds limit)
{
    if (m_finished)
        return;
    if (!m_timeout) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, [this] { stop(Stop::TimedOut); });
    }
    m_timeout->start(limit);
}

void Job::stop(Stop reason)
{
    if (m_finished || m_stop != Stop::None)
        return;
    m_stop = reason;
    if (m_timeout)
        m_timeout->stop();
    onStop();
}

bool Job::beginFinish()
{
    if (m_finished)
        return false;
    m_finished = true;
    if (m_timeout)
        m_timeout->stop();
    return true;
}

void Job::endFinish()
{
    emit finished();
    deleteLater();
}

} // namespace backoffice
