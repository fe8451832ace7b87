// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace backoffice::ui {

/// Locks an unattended session: watches every keyboard and mouse event of the application (an
/// event filter on qApp) and emits idleTimeout() once no input came for the configured time
/// (SessionSettings::idleLockMinutes). The main window decides what locking means (sign-in again).
/// The time is the team's: with a timeout source (the database's setting) it is read again on every
/// start and, while counting, every recheck interval, so an administrator's change on another desk
/// applies here within a minute, not after the next restart.
class IdleLockWatcher : public QObject
{
    Q_OBJECT

public:
    using TimeoutSource = std::function<std::chrono::milliseconds()>;
    static constexpr std::chrono::milliseconds defaultRecheckInterval = std::chrono::minutes(1);

    explicit IdleLockWatcher(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleLockWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// Where the timeout comes from from now on (read at once, then as the class comment says).
    void setTimeoutSource(TimeoutSource source);
    /// How often a running countdown reads the source again.
    void setRecheckInterval(std::chrono::milliseconds interval);
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
    void onTick();
    /// Waits for the rest of the timeout, or until the next recheck if that comes first.
    void scheduleNextTick();

    QTimer m_timer;
    QElapsedTimer m_idleFor; ///< since the countdown started or the last input
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_recheck = defaultRecheckInterval;
    TimeoutSource m_source;
};

} // namespace backoffice::ui
