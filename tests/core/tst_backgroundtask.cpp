// SPDX-License-Identifier: GPL-3.0-or-later
// BackgroundTask, the one way to run work off the calling thread: the result on the caller's thread,
// cancel before and while running, a stale result never delivered, the owner destroyed while the work
// runs, progress in order before the result, a time limit, and the worker's own database connection.
#include "core/common/BackgroundTask.h"
#include "tests/support/TestDatabase.h"

#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
/// What a task delivered, and where.
template<typename T> struct Delivery
{
    std::optional<Result<T>> result;
    QThread* thread = nullptr;
    int calls = 0;
};

/// Waits for the job's finished() (the job deletes itself after it).
bool finishes(Job* job)
{
    QSignalSpy finished(job, &Job::finished);
    return finished.wait(10000) && finished.size() == 1;
}

template<typename T> void deliverTo(BackgroundTask<T>* task, QObject* context, Delivery<T>& delivery)
{
    task->then(context, [&delivery](Result<T> result) {
        delivery.result = std::move(result);
        delivery.thread = QThread::currentThread();
        ++delivery.calls;
    });
}
} // namespace

class TestBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void theResultArrivesOnTheCallersThreadFromAnotherOne()
    {
        test::TestDatabase database;
        QObject context;
        std::atomic<QThread*> workerThread {nullptr};
        auto* task = BackgroundTask<int>::start(database.db().location(), [&](TaskContext&) -> Result<int> {
            workerThread = QThread::currentThread();
            return 42;
        });
        Delivery<int> delivery;
        deliverTo(task, &context, delivery);
        QVERIFY(finishes(task));
        QCOMPARE(delivery.calls, 1);
        QVERIFY(delivery.result && delivery.result->ok());
        QCOMPARE(delivery.result->value(), 42);
        QCOMPARE(delivery.thread, QThread::currentThread());
        QVERIFY(workerThread.load() != nullptr);
        QVERIFY(workerThread.load() != QThread::currentThread());
    }

    void nothingIsDeliveredInsideTheStartingCall()
    {
        test::TestDatabase database;
        QObject context;
        auto* task
            = BackgroundTask<int>::start(database.db().location(), [](TaskContext&) -> Result<int> { return 1; });
        Delivery<int> delivery;
        deliverTo(task, &context, delivery);
        QCOMPARE(delivery.calls, 0);
        QTRY_COMPARE(delivery.calls, 1);
    }

    void theTaskDeletesItselfAfterFinished()
    {
        test::TestDatabase database;
        QObject context;
        QPointer<Job> task
            = BackgroundTask<int>::start(database.db().location(), [](TaskContext&) -> Result<int> { return 1; });
        QSignalSpy finished(task.data(), &Job::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(task.isNull());
    }

    void cancelBeforeItRunsNeverRunsTheWork()
    {
        test::TestDatabase database;
        QObject context;
        std::atomic<bool> ran {false};
        auto* task = BackgroundTask<int>::start(database.db().location(), [&](TaskContext&) -> Result<int> {
            ran = true;
            return 42;
        });
        Delivery<int> delivery;
        deliverTo(task, &context, delivery);
        task->cancel();
        QVERIFY(finishes(task));
        QCOMPARE(delivery.calls, 1);
        QVERIFY(!delivery.result->ok());
        QCOMPARE(delivery.result->error().code, Error::Code::Cancelled);
        QVERIFY(!ran.load());
    }

    void cancelWhileRunningReachesTheWorkThatPollsIt()
    {
        test::TestDatabase database;
        QObject context;
        QSemaphore started;
        auto* task = BackgroundTask<int>::start(database.db().location(), [&](TaskContext& task) -> Result<int> {
            started.release();
            while (!task.isCancelled())
                QThread::yieldCurrentThread();
            return Error {Error::Code::Cancelled, {}, u"stopped by the work"_s};
        });
        Delivery<int> delivery;
        deliverTo(task, &context, delivery);
        QTRY_VERIFY(started.available() > 0);
        task->cancel();
        QCOMPARE(task->stopReason(), Job::Stop::Cancelled);
        QVERIFY(finishes(task));
        QCOMPARE(delivery.calls, 1);
        QCOMPARE(delivery.result->error().code, Error::Code::Cancelled);
        QVERIFY(delivery.result->error().field.isEmpty()); // cancelled, not timed out
    }

    void aResultTheWorkMadeWithoutSeeingTheCancelIsNotDelivered()
    {
        test::TestDatabase database;
        QObject context;
        QSemaphore started;
        QSemaphore mayReturn;
        auto* task = BackgroundTask<int>::start(database.db().location(), [&](TaskContext&) -> Result<int> {
            started.release();
            mayReturn.acquire(); // never polls: returns after the caller cancelled, unaware
            return 42;
        });
        Delivery<int> delivery;
        deliverTo(task, &context, delivery);
        QTRY_VERIFY(started.available() > 0);
        task->cancel();
        mayReturn.release();
        QVERIFY(finishes(task));
        QCOMPARE(delivery.calls, 1);
        QVERIFY(!delivery.result->ok());
        QCOMPARE(delivery.result->error().code, Error::Code::Cancelled);
    }

    void aWorkThatAnswersTheCancelKeepsWhatItDid()
    {
        test::TestDatabase database;
        QObject context;
        QSemaphore started;
        auto* task = BackgroundTask<int>::start(database.db().location(), [&](TaskContext& task) -> Result<int> {
            int done = 0;
            started.release();
            while (!task.isCancelled()) {
                if (done < 5)
                    ++done;
                QThread::yieldCurrentThread();
            }
            return done; // the part done by then, knowing it was cancelled
        });
        Delivery<int> delivery;
        deliverTo(task, &context, delivery);
        QTRY_VERIFY(started.available() > 0);
        task->cancel();
        QVERIFY(finishes(task));
        QVERIFY(delivery.result->ok());
        QVERIFY(delivery.result->value() >= 0 && delivery.result->value() <= 5);
    }

    void destroyingTheOwnerWhileItRunsStopsTheWorkAndDropsTheResult()
    {
        test::TestDatabase database;
        auto* owner = new QObject;
        QSemaphore started;
        std::atomic<bool> returned {false};
        QString workerConnection;
        auto* task = BackgroundTask<int>::start(
            database.db().location(),
            [&](TaskContext& task) -> Result<int> {
                workerConnection = task.database().connection().connectionName();
                started.release();
                while (!task.isCancelled())
                    QThread::yieldCurrentThread();
                returned = true;
                return 42;
            },
            owner);
        Delivery<int> delivery;
        deliverTo(task, owner, delivery);
        QSignalSpy finished(task, &Job::finished);
        QTRY_VERIFY(started.available() > 0);

        delete owner; // deletes the task: cancels and waits for the work

        QVERIFY(returned.load());
        QVERIFY(!workerConnection.isEmpty());
        QVERIFY2(!QSqlDatabase::contains(workerConnection), "the worker's connection outlived the work");
        QCoreApplication::processEvents(); // anything still queued would run now
        QCOMPARE(delivery.calls, 0);
        QCOMPARE(finished.size(), 0);
    }

    void aGoneCallbackContextDropsTheResult()
    {
        test::TestDatabase database;
        auto* context = new QObject;
        QPointer<Job> task
            = BackgroundTask<int>::start(database.db().location(), [](TaskContext&) -> Result<int> { return 1; });
        Delivery<int> delivery;
        deliverTo(static_cast<BackgroundTask<int>*>(task.data()), context, delivery);
        delete context;
        QSignalSpy finished(task.data(), &Job::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(delivery.calls, 0);
        QTRY_VERIFY(task.isNull());
    }

    void progressArrivesInOrderOnTheCallersThreadBeforeTheResult()
    {
        test::TestDatabase database;
        QObject context;
        constexpr qint64 Total = 20000;
        auto* task = BackgroundTask<int>::start(database.db().location(), [](TaskContext& task) -> Result<int> {
            for (qint64 done = 1; done <= Total; ++done)
                task.progress(done, Total, u"step %1"_s.arg(done));
            return 1;
        });
        QList<qint64> reported;
        QString lastStep;
        bool allOnThisThread = true;
        connect(task, &Job::progress, &context, [&](qint64 done, qint64 total, const QString& step) {
            QCOMPARE(total, Total);
            reported.append(done);
            lastStep = step;
            allOnThisThread = allOnThisThread && QThread::currentThread() == qApp->thread();
        });
        qsizetype reportedBeforeResult = -1;
        task->then(&context, [&](Result<int>) { reportedBeforeResult = reported.size(); });
        QVERIFY(finishes(task));

        QVERIFY(!reported.isEmpty());
        QVERIFY(allOnThisThread);
        QCOMPARE(reported.last(), Total); // the last report is never dropped
        QCOMPARE(lastStep, u"step %1"_s.arg(Total));
        QCOMPARE(reportedBeforeResult, reported.size());
        for (qsizetype i = 1; i < reported.size(); ++i)
            QVERIFY2(reported.at(i - 1) < reported.at(i), "progress went backwards");
        // Reports are coalesced while the caller is busy: the queue is not flooded with 20000 events.
        QVERIFY(reported.size() < Total);
    }

    void theWorkersOwnConnectionWritesWhatTheCallerReadsAfterTheResult()
    {
        test::TestDatabase database;
        QObject context;
        const QString callerConnection = database.db().connection().connectionName();
        auto* task = BackgroundTask<QString>::start(database.db().location(), [](TaskContext& task) -> Result<QString> {
            const Database& db = task.database();
            const Status written = db.writeTransaction([&]() -> Status {
                auto inserted = db.exec(
                    u"INSERT INTO database_info (key, value) VALUES ('background-test', 'from the worker')"_s);
                if (!inserted)
                    return inserted.error();
                return Ok {};
            });
            if (!written)
                return written.error();
            return db.connection().connectionName();
        });
        std::optional<QVariant> seen;
        QString workerConnection;
        task->then(&context, [&](Result<QString> result) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
            workerConnection = result.value();
            // Read at once, on the caller's own connection.
            auto value = database.db().scalar(u"SELECT value FROM database_info WHERE key = 'background-test'"_s);
            if (value)
                seen = value.value();
        });
        QVERIFY(finishes(task));
        QVERIFY(!workerConnection.isEmpty());
        QVERIFY(workerConnection != callerConnection);
        QVERIFY2(!QSqlDatabase::contains(workerConnection), "the worker's connection was not closed");
        QVERIFY(seen);
        QCOMPARE(seen->toString(), u"from the worker"_s);
    }

    void aConnectionThatCannotBeOpenedIsTheResult()
    {
        QObject context;
        DatabaseLocation nowhere;
        nowhere.sqlitePath = u"/proc/no-such-dir/backoffice.sqlite"_s;
        std::atomic<bool> ran {false};
        auto* task = BackgroundTask<int>::start(nowhere, [&](TaskContext&) -> Result<int> {
            ran = true;
            return 1;
        });
        Delivery<int> delivery;
        deliverTo(task, &context, delivery);
        QVERIFY(finishes(task));
        QVERIFY(!delivery.result->ok());
        QCOMPARE(delivery.result->error().code, Error::Code::Storage);
        QVERIFY(!ran.load());
    }

    void workWithoutALocationRunsOnItsThreadWithoutAConnection()
    {
        QObject context;
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        std::atomic<QThread*> workerThread {nullptr};
        QStringList connectionsDuring;
        auto* task = BackgroundTask<int>::start([&](TaskContext&) -> Result<int> {
            workerThread = QThread::currentThread();
            connectionsDuring = QSqlDatabase::connectionNames();
            return 5;
        });
        Delivery<int> delivery;
        deliverTo(task, &context, delivery);
        QVERIFY(finishes(task));
        QCOMPARE(delivery.result->value(), 5);
        QVERIFY(workerThread.load() != QThread::currentThread());
        QCOMPARE(connectionsDuring, connectionsBefore); // none opened for it
    }

    void aTimeLimitStopsTheWorkAsTimedOut()
    {
        test::TestDatabase database;
        QObject context;
        auto* task = BackgroundTask<int>::start(database.db().location(), [](TaskContext& task) -> Result<int> {
            while (!task.isCancelled())
                QThread::yieldCurrentThread();
            return Error {Error::Code::Cancelled, {}, {}}; // as any work does: the task says why
        });
        task->setTimeout(50ms);
        Delivery<int> delivery;
        deliverTo(task, &context, delivery);
        Job::Stop reason = Job::Stop::None;
        connect(task, &Job::finished, &context, [&] { reason = task->stopReason(); });
        QVERIFY(finishes(task));
        QCOMPARE(reason, Job::Stop::TimedOut);
        QCOMPARE(delivery.result->error().code, Error::Code::Cancelled);
        QCOMPARE(delivery.result->error().field, u"timeout"_s);
    }

    void aWorkWaitingOnItsEventLoopIsCancelledInThatLoop()
    {
        test::TestDatabase database;
        QObject context;
        QSemaphore started;
        std::atomic<QThread*> cancelledOn {nullptr};
        auto* task = BackgroundTask<int>::start(database.db().location(), [&](TaskContext& task) -> Result<int> {
            int ticks = 0;
            QTimer timer; // asynchronous work on the worker thread, as a network reply would be
            connect(&timer, &QTimer::timeout, [&] {
                if (++ticks == 1)
                    started.release();
            });
            timer.start(1);
            task.exec([&] {
                cancelledOn = QThread::currentThread();
                timer.stop();
                task.quit();
            });
            return ticks;
        });
        Delivery<int> delivery;
        deliverTo(task, &context, delivery);
        QTRY_VERIFY(started.available() > 0);
        task->cancel();
        QVERIFY(finishes(task));
        QVERIFY(delivery.result->ok()); // it answered the cancel itself
        QVERIFY(delivery.result->value() >= 1);
        QVERIFY(cancelledOn.load() != nullptr);
        QVERIFY(cancelledOn.load() != QThread::currentThread());
    }

    void aCancelBeforeTheEventLoopStartsStillReachesIt()
    {
        test::TestDatabase database;
        QObject context;
        QSemaphore started;
        QSemaphore mayLoop;
        std::atomic<bool> onCancelRan {false};
        auto* task = BackgroundTask<int>::start(database.db().location(), [&](TaskContext& task) -> Result<int> {
            started.release();
            mayLoop.acquire();
            task.exec([&] {
                onCancelRan = true;
                task.quit();
            });
            return 7;
        });
        Delivery<int> delivery;
        deliverTo(task, &context, delivery);
        QTRY_VERIFY(started.available() > 0);
        task->cancel();
        mayLoop.release();
        QVERIFY(finishes(task));
        QVERIFY(onCancelRan.load());
        QCOMPARE(delivery.result->value(), 7);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
