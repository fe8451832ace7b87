// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/BackgroundTask.h"

#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutex>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {
namespace detail {

namespace {
/// A progress bar needs no more; a worker reporting every row must not flood the caller's queue.
constexpr qint64 ProgressIntervalMs = 50;
} // namespace

struct TaskState
{
    TaskState(Job* job, std::optional<DatabaseLocation> location, TaskThread::Body body,
              TaskThread::ProgressHandler progress, TaskThread::DoneHandler done)
        : job(job)
        , location(std::move(location))
        , body(std::move(body))
        , onProgress(std::move(progress))
        , onDone(std::move(done))
    {
    }

    /// Queues `function` to run on the job's thread; dropped once the job is going away. Posted
    /// calls run in order, and Qt discards those still queued when the job is deleted. Call with
    /// `mutex` held.
    void post(std::function<void()> function)
    {
        if (job)
            QMetaObject::invokeMethod(job, std::move(function), Qt::QueuedConnection);
    }

    void postProgress()
    {
        progressPosted = true;
        sincePost.start();
        post([this] {
            qint64 done = 0;
            qint64 total = 0;
            QString step;
            {
                QMutexLocker locker(&mutex);
                done = latestDone;
                total = latestTotal;
                step = latestStep;
                progressPosted = false;
                progressDirty = false;
            }
            onProgress(done, total, step);
        });
    }

    /// Worker thread: opens the connection, runs the body, closes the connection, reports.
    void run()
    {
        std::optional<Error> notRun;
        if (cancelled.load()) {
            notRun = stoppedError(Job::Stop::Cancelled);
        } else if (!location) {
            TaskContext context(nullptr, *this);
            body(context);
        } else {
            auto opened = Database::open(*location);
            if (!opened) {
                notRun = opened.error();
            } else {
                TaskContext context(opened.value().get(), *this);
                body(context);
            }
        } // the connection closes here, on its thread, before the caller hears of the result
        body = nullptr; // what the work captured goes on this thread too
        QMutexLocker locker(&mutex);
        if (progressDirty && !progressPosted)
            postProgress();
        post([this, notRun = std::move(notRun)] { onDone(notRun, sawCancel.load()); });
    }

    /// Worker thread, in exec()'s event loop.
    void handleCancel()
    {
        if (cancelHandled)
            return;
        cancelHandled = true;
        sawCancel = true;
        if (onCancel)
            onCancel();
    }

    QMutex mutex;
    Job* job; ///< under `mutex`: null once the job is being destroyed
    const std::optional<DatabaseLocation> location;
    TaskThread::Body body;
    const TaskThread::ProgressHandler onProgress;
    const TaskThread::DoneHandler onDone;
    QThread* thread = nullptr;
    std::atomic<bool> cancelled {false};
    std::atomic<bool> sawCancel {false};

    // Progress, under `mutex`: the latest report, and whether one is queued to the job already.
    qint64 latestDone = 0;
    qint64 latestTotal = 0;
    QString latestStep;
    bool progressDirty = false;
    bool progressPosted = false;
    QElapsedTimer sincePost;

    QObject* loopReceiver = nullptr; ///< under `mutex`: lives in exec()'s loop, receives the cancel
    // Worker thread only.
    QEventLoop* loop = nullptr;
    std::function<void()> onCancel;
    bool quitRequested = false;
    bool cancelHandled = false;
};

TaskThread::TaskThread(Job* job, std::optional<DatabaseLocation> location, Body body, ProgressHandler progress,
                       DoneHandler done)
    : d(std::make_unique<TaskState>(job, std::move(location), std::move(body), std::move(progress), std::move(done)))
{
}

TaskThread::~TaskThread()
{
    {
        QMutexLocker locker(&d->mutex);
        d->job = nullptr;
    }
    cancel();
    if (d->thread) {
        Q_ASSERT(QThread::currentThread() != d->thread);
        d->thread->wait();
        delete d->thread;
    }
}

void TaskThread::start()
{
    // From the event loop: a cancel in the same call as the start then means the work never runs.
    QMutexLocker locker(&d->mutex);
    d->post([state = d.get()] {
        if (state->cancelled.load()) {
            state->onDone(stoppedError(Job::Stop::Cancelled), false);
            return;
        }
        state->thread = QThread::create([state] { state->run(); });
        state->thread->setObjectName(u"background-task"_s);
        state->thread->start();
    });
}

void TaskThread::cancel()
{
    d->cancelled = true;
    QMutexLocker locker(&d->mutex);
    if (d->loopReceiver)
        QMetaObject::invokeMethod(
            d->loopReceiver, [state = d.get()] { state->handleCancel(); }, Qt::QueuedConnection);
}

Error stoppedError(Job::Stop reason)
{
    if (reason == Job::Stop::TimedOut)
        return Error {Error::Code::Cancelled, u"timeout"_s, u"no result within the time limit"_s};
    return Error {Error::Code::Cancelled, {}, {}};
}

} // namespace detail

bool TaskContext::isCancelled() const
{
    if (!m_state.cancelled.load())
        return false;
    m_state.sawCancel = true;
    return true;
}

void TaskContext::keepResult() const
{
    m_state.sawCancel = true;
}

void TaskContext::progress(qint64 done, qint64 total, const QString& step) const
{
    QMutexLocker locker(&m_state.mutex);
    m_state.latestDone = done;
    m_state.latestTotal = total;
    m_state.latestStep = step;
    m_state.progressDirty = true;
    if (!m_state.progressPosted
        && (!m_state.sincePost.isValid() || m_state.sincePost.elapsed() >= detail::ProgressIntervalMs))
        m_state.postProgress();
}

void TaskContext::exec(const std::function<void()>& onCancel)
{
    QEventLoop loop;
    QObject receiver;
    m_state.loop = &loop;
    m_state.onCancel = onCancel;
    {
        QMutexLocker locker(&m_state.mutex);
        m_state.loopReceiver = &receiver;
        if (m_state.cancelled.load())
            QMetaObject::invokeMethod(
                &receiver, [state = &m_state] { state->handleCancel(); }, Qt::QueuedConnection);
    }
    if (!m_state.quitRequested)
        loop.exec();
    {
        QMutexLocker locker(&m_state.mutex);
        m_state.loopReceiver = nullptr;
    }
    m_state.loop = nullptr;
    m_state.onCancel = {};
    m_state.quitRequested = false;
}

void TaskContext::quit()
{
    m_state.quitRequested = true;
    if (m_state.loop)
        m_state.loop->quit();
}

} // namespace backoffice
