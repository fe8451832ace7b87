// SPDX-License-Identifier: GPL-3.0-or-later
// The idle lock: a session left without input locks; any input postpones it.
#include "ui/operators/IdleLockWatcher.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

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
};

QTEST_MAIN(TestIdleLockWatcher)
#include "tst_signin_idle_lock.moc"
