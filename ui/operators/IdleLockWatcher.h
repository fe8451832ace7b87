// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace backoffice::ui {

/// Locks an unattended session: watches every keyboard and mouse event of the application (an
/// event filter on qApp) and emits idleTimeout() once no input came for the configured time
/// (SessionSettings::idleLockMinutes). The main window decides what locking means (sign-in again).
class IdleLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleLockWatcher(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleLockWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;
    bool isActive() const { return m_timer.isActive(); }

public slots:
    /// Starts (or restarts) counting; after idleTimeout() the watcher stops until started again.
    void start();
    void stop();

signals:
    void idleTimeout();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace backoffice::ui
