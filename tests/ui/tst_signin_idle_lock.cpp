// SPDX-License-Identifier: GPL-3.0-or-later
// The idle lock: a session left without input locks; any input postpones it; the time is the team's,
// read again while counting, so an administrator's change on another desk applies here.
#include "core/session/Workspace.h"
#include "tests/support/TestDatabase.h"
#include "ui/operators/IdleLockWatcher.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace backoffice;
using namespace backoffice::ui;
using namespace std::chrono_literals;

class TestIdleLockWatcher : public QObject
{
    Q_OBJECT

private slots:
    void firesOnceAfterTheTimeoutWithoutInput()
    {
        IdleLockWatcher watcher(50ms);
        QSignalSpy idle(&watcher, &IdleLockWatcher::idleTimeout);
        watcher.start();
        QVERIFY(idle.wait(2000));
        QCOMPARE(idle.size(), 1);
        QVERIFY(!watcher.isActive()); // locked sessions do not lock again until restarted
    }

    void inputRestartsTheCountdown()
    {
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        IdleLockWatcher watcher(400ms);
        QSignalSpy idle(&watcher, &IdleLockWatcher::idleTimeout);
        watcher.start();
        QElapsedTimer elapsed;
        elapsed.start();
        // Keep typing for longer than the timeout: no lock meanwhile.
        while (elapsed.elapsed() < 800) {
            QTest::keyClick(&edit, Qt::Key_A);
            QVERIFY(!idle.wait(100));
        }
        QCOMPARE(idle.size(), 0);
        QVERIFY(idle.wait(2000));
        QVERIFY(elapsed.elapsed() >= 800);
    }

    void stoppedWatcherNeverFires()
    {
        IdleLockWatcher watcher(30ms);
        QSignalSpy idle(&watcher, &IdleLockWatcher::idleTimeout);
        watcher.start();
        watcher.stop();
        QVERIFY(!idle.wait(200));
    }

    void timeoutCanChange()
    {
        IdleLockWatcher watcher(std::chrono::minutes(15));
        QCOMPARE(watcher.timeout(), std::chrono::milliseconds(std::chrono::minutes(15)));
        QSignalSpy idle(&watcher, &IdleLockWatcher::idleTimeout);
        watcher.start();
        watcher.setTimeout(30ms);
        QVERIFY(idle.wait(2000));
    }

    void aShorterTimeFromTheSourceAppliesWhileCounting()
    {
        std::chrono::milliseconds teamTimeout = std::chrono::minutes(15);
        IdleLockWatcher watcher(std::chrono::minutes(15));
        watcher.setRecheckInterval(20ms);
        watcher.setTimeoutSource([&] { return teamTimeout; });
        QSignalSpy idle(&watcher, &IdleLockWatcher::idleTimeout);
        watcher.start();
        QVERIFY(!idle.wait(100));
        teamTimeout = 50ms; // an administrator tightened it meanwhile
        QVERIFY(idle.wait(2000));
        QCOMPARE(watcher.timeout(), 50ms);
    }

    void aLongerTimeFromTheSourcePostponesTheLock()
    {
        std::chrono::milliseconds teamTimeout = 50ms;
        IdleLockWatcher watcher(50ms);
        watcher.setRecheckInterval(1h);
        watcher.setTimeoutSource([&] { return teamTimeout; });
        QSignalSpy idle(&watcher, &IdleLockWatcher::idleTimeout);
        watcher.start();
        teamTimeout = std::chrono::minutes(15); // loosened before the countdown ran out
        QVERIFY(!idle.wait(300));
        QVERIFY(watcher.isActive());
        QCOMPARE(watcher.timeout(), std::chrono::minutes(15));
    }

    void anAdministratorsChangeOnAnotherDeskReachesARunningCountdown()
    {
        test::TestDatabase database;
        auto otherConnection = Database::open(database.location());
        QVERIFY(otherConnection.ok());
        const Workspace thisDesk(database.shared());
        const Workspace otherDesk(otherConnection.value());
        IdleLockWatcher watcher(std::chrono::minutes(15));
        watcher.setRecheckInterval(20ms);
        watcher.setTimeoutSource([&] { return std::chrono::minutes(thisDesk.sessionSettings().idleLockMinutes()); });
        watcher.start();
        QCOMPARE(watcher.timeout(), std::chrono::minutes(SessionSettings::defaultIdleLockMinutes));
        QVERIFY(otherDesk.sessionSettings().setIdleLockMinutes(Actor {QStringLiteral("ada"), Role::Admin}, 2).ok());
        QTRY_COMPARE_WITH_TIMEOUT(watcher.timeout(), std::chrono::milliseconds(std::chrono::minutes(2)), 2000);
        QVERIFY(watcher.isActive());
    }
};

QTEST_MAIN(TestIdleLockWatcher)
#include "tst_signin_idle_lock.moc"
