// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operators/IdleLockWatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace backoffice::ui {

IdleLockWatcher::IdleLockWatcher(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_timeout(timeout)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockWatcher::onTick);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLockWatcher::~IdleLockWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLockWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_timer.isActive())
        scheduleNextTick();
}

void IdleLockWatcher::setTimeoutSource(TimeoutSource source)
{
    m_source = std::move(source);
    if (m_source)
        setTimeout(m_source());
}

void IdleLockWatcher::setRecheckInterval(std::chrono::milliseconds interval)
{
    m_recheck = std::max(interval, std::chrono::milliseconds(1));
    if (m_timer.isActive())
        scheduleNextTick();
}

void IdleLockWatcher::start()
{
    if (m_source)
        m_timeout = m_source();
    m_idleFor.start();
    scheduleNextTick();
}

void IdleLockWatcher::scheduleNextTick()
{
    const std::chrono::milliseconds idle(m_idleFor.elapsed());
    const std::chrono::milliseconds remaining = std::max(m_timeout - idle, std::chrono::milliseconds(0));
    m_timer.start(m_source ? std::min(remaining, m_recheck) : remaining);
}

void IdleLockWatcher::onTick()
{
    if (m_source)
        m_timeout = m_source();
    if (std::chrono::milliseconds(m_idleFor.elapsed()) < m_timeout) {
        scheduleNextTick();
        return;
    }
    emit idleTimeout();
}

void IdleLockWatcher::stop()
{
    m_timer.stop();
}

bool IdleLockWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::ShortcutOverride:
        if (m_timer.isActive()) { // any input restarts the countdown
            m_idleFor.start();
            scheduleNextTick();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace backoffice::ui
