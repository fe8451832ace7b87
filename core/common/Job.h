// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QTimer;

namespace backoffice {

/// Work that finishes later: on a worker thread (BackgroundTask) or on this thread's event loop (a
/// provider call over the network, a sequence of them). Every job has the same shape, so callers
/// consume all of them one way:
/// - the result goes once to the callback given to Task::then(), on the thread that started the job,
///   and is dropped when the callback's context object is gone;
/// - progress() says how far it got, on that thread, in order, always before the result;
/// - cancel() and setTimeout() stop it; the result then says so (Cancelled, timed out), and is never
///   a value the work made without knowing it had been stopped; what the work answered to the stop
///   (the part done by then, a request that may have acted) is delivered as it is;
/// - it finishes exactly once and never inside the call that started it: the result, finished(),
///   then it deletes itself. Deleting it earlier (or its parent) stops it and drops the result.
class Job : public QObject
{
    Q_OBJECT

public:
    enum class Stop
    {
        None,
        Cancelled, ///< cancel() was called
        TimedOut, ///< the limit given to setTimeout() passed
    };

    /// Asks the job to stop. It still finishes, later, with a result that says it was cancelled.
    void cancel();
    /// Stops the job as timed out when it has not finished `limit` from now.
    void setTimeout(std::chrono::milliseconds limit);
    Stop stopReason() const { return m_stop; }
    bool isStopped() const { return m_stop != Stop::None; }
    /// True from the moment the result is being delivered.
    bool isFinished() const { return m_finished; }

signals:
    /// `total` 0: not known (yet). `step` names what was just done when the job has named steps.
    void progress(qint64 done, qint64 total, const QString& step);
    void finished();

protected:
    explicit Job(QObject* parent = nullptr);

    /// Called once, on the first cancel() or timeout, while the job runs: stop what it waits for.
    /// The job completes afterwards as usual (possibly from inside this call).
    virtual void onStop() = 0;

    /// Marks the job finished; false when it already was (the caller then delivers nothing).
    bool beginFinish();
    /// Emits finished() and deletes the job from the event loop.
    void endFinish();

private:
    void stop(Stop reason);

    QTimer* m_timeout = nullptr;
    Stop m_stop = Stop::None;
    bool m_finished = false;
};

/// A Job whose result is an `R`.
template<typename R> class Task : public Job
{
public:
    using Done = std::function<void(R)>;

    /// Where the result goes: `done` runs on this job's thread, unless `context` is gone by then.
    /// Call it right after starting the job (a job never finishes inside the call that started it).
    void then(QObject* context, Done done)
    {
        Q_ASSERT(context);
        m_context = context;
        m_done = std::move(done);
    }

    /// Cancels and drops the result: for an owner going away (or no longer interested) that lets the
    /// job wind down as after cancel() (a check still records that it was cancelled).
    void abandon()
    {
        m_done = nullptr;
        cancel();
    }

protected:
    using Job::Job;

    /// The result of a job stopped before its work could answer the stop.
    virtual R stoppedResult(Stop reason) const = 0;

    /// Delivers `result` and finishes, once. `answersStop`: the work made it knowing the job had been
    /// stopped (it says what was done by then); otherwise a stopped job delivers stoppedResult().
    void complete(R result, bool answersStop = false)
    {
        if (!beginFinish())
            return;
        const QPointer<Job> self(this);
        if (m_done && m_context) {
            const Done done = std::move(m_done);
            done(isStopped() && !answersStop ? stoppedResult(stopReason()) : std::move(result));
        }
        if (self) // the callback may have deleted the job
            endFinish();
    }

private:
    QPointer<QObject> m_context;
    Done m_done;
};

} // namespace backoffice
