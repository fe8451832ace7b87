// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operators/IdleLockWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace backoffice::ui {

IdleLockWatcher::IdleLockWatcher(std::chrono::milliseconds timeout, QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockWatcher::idleTimeout);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLockWatcher::~IdleLockWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLockWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    if (m_timer.isActive())
        m_timer.start();
}

std::chrono::milliseconds IdleLockWatcher::timeout() const
{
    return m_timer.intervalAsDuration();
}

void IdleLockWatcher::start()
{
    m_timer.start();
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
        if (m_timer.isActive())
            m_timer.start(); // any input restarts the countdown
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace backoffice::ui
