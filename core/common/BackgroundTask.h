// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Job.h"
#include "core/common/Result.h"
#include "core/storage/DatabaseLocation.h"

#include <memory>
#include <optional>

namespace backoffice {

class Database;
namespace detail {
struct TaskState;
}

/// What background work sees on its worker thread: a database connection of its own, the cancel
/// token it polls, and a way to report progress. Lives on the worker thread while the work runs.
class TaskContext
{
public:
    /// Opened on this thread from the job's location (a Qt Sql connection belongs to the thread that
    /// opened it); closed on this thread when the work returns, before the caller gets the result.
    /// Only for tasks started with a location.
    const Database& database() const
    {
        Q_ASSERT(m_database);
        return *m_database;
    }

    /// Whether the caller cancelled, or the job timed out. Poll it between steps and stop soon after
    /// it turns true, returning Error::Code::Cancelled (the caller then gets the stop's own result,
    /// which says whether it timed out) or what was done by then (the caller gets that).
    bool isCancelled() const;

    /// For work whose result is a fact that a cancel arriving too late cannot undo (rows committed):
    /// delivers it even when the caller cancelled after the work last looked.
    void keepResult() const;

    /// Delivered as Job::progress on the caller's thread, in order and before the result; while the
    /// caller is busy only the latest report is kept.
    void progress(qint64 done, qint64 total, const QString& step = {}) const;

    /// For work that waits on asynchronous calls made on this thread (network replies, timers): runs
    /// this thread's event loop until quit(). `onCancel` runs in that loop when the caller cancels,
    /// or at once if it already has; it should make the work end soon (and call quit()).
    void exec(const std::function<void()>& onCancel);
    void quit();

private:
    friend struct detail::TaskState;
    TaskContext(const Database* database, detail::TaskState& state) : m_database(database), m_state(state) { }

    const Database* m_database;
    detail::TaskState& m_state;
};

namespace detail {
/// The untyped half of BackgroundTask: the worker thread, the cancel token, and the hand-over of
/// progress and completion to the job's thread. Used only by BackgroundTask.
class TaskThread
{
public:
    using Body = std::function<void(TaskContext&)>;
    using ProgressHandler = std::function<void(qint64 done, qint64 total, const QString& step)>;
    /// `notRun`: why the body did not run (cancelled before it started, no connection); `sawCancel`:
    /// the body saw the cancel. Called on the job's thread, never after the job is gone.
    using DoneHandler = std::function<void(std::optional<Error> notRun, bool sawCancel)>;

    /// Without a location the body runs without a connection.
    TaskThread(Job* job, std::optional<DatabaseLocation> location, Body body, ProgressHandler progress,
               DoneHandler done);
    /// Stops handing anything to the job, cancels, and waits for the body to return.
    ~TaskThread();
    TaskThread(const TaskThread&) = delete;
    TaskThread& operator=(const TaskThread&) = delete;

    void start();
    void cancel();

private:
    std::unique_ptr<TaskState> d;
};

/// The error a background task reports when it was stopped before its work could answer.
Error stoppedError(Job::Stop reason);
} // namespace detail

/// The one way to run work off the calling thread: `work` runs on a thread of its own, with a
/// database connection of its own when it is given a location (see TaskContext), and its Result<T>
/// comes back through then() on the thread that started it. Deleting the task (or its parent) cancels the work and
/// waits for it to return, so the work may use what the owner lends it; it must poll isCancelled() often enough for
/// that wait to be short. The shape of KeePassXC's AsyncTask::runThenCallback, with cancel, progress and the connection
/// added.
template<typename T> class BackgroundTask final : public Task<Result<T>>
{
public:
    using Work = std::function<Result<T>(TaskContext&)>;

    static BackgroundTask* start(DatabaseLocation location, Work work, QObject* parent = nullptr)
    {
        return launch(std::move(location), std::move(work), parent);
    }
    /// For work that needs no database (a transfer with a library that blocks, such as libcurl).
    static BackgroundTask* start(Work work, QObject* parent = nullptr)
    {
        return launch(std::nullopt, std::move(work), parent);
    }

    ~BackgroundTask() override { m_thread.reset(); } // before m_result, which the work writes

private:
    explicit BackgroundTask(QObject* parent) : Task<Result<T>>(parent) { }

    static BackgroundTask* launch(std::optional<DatabaseLocation> location, Work work, QObject* parent)
    {
        auto* task = new BackgroundTask(parent);
        task->m_thread = std::make_unique<detail::TaskThread>(
            task, std::move(location),
            [task, work = std::move(work)](TaskContext& context) { task->m_result.emplace(work(context)); },
            [task](qint64 done, qint64 total, const QString& step) { emit task->progress(done, total, step); },
            [task](std::optional<Error> notRun, bool sawCancel) {
                if (notRun)
                    return task->complete(std::move(*notRun));
                // The work's Cancelled is the stop's own result (Cancelled, or timed out).
                const Result<T>& result = *task->m_result;
                const bool cutShort = !result.ok() && result.error().code == Error::Code::Cancelled;
                task->complete(std::move(*task->m_result), sawCancel && !cutShort);
            });
        task->m_thread->start();
        return task;
    }

    void onStop() override { m_thread->cancel(); }
    Result<T> stoppedResult(Job::Stop reason) const override { return detail::stoppedError(reason); }

    std::optional<Result<T>> m_result;
    std::unique_ptr<detail::TaskThread> m_thread;
};

} // namespace backoffice
