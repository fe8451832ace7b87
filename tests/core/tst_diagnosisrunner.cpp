// SPDX-License-Identifier: GPL-3.0-or-later
// The runner: concurrent checks, each with its own timeout, cancel, order of findings.
#include "core/diagnosis/DiagnosisCheck.h"
#include "core/diagnosis/DiagnosisContext.h"
#include "core/diagnosis/DiagnosisRunner.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/AwaitJob.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
/// A check that answers after `delayMs`, or never when negative.
class ScriptedCheck final : public DiagnosisCheck
{
public:
    ScriptedCheck(const DiagnosisContext& context, QString id, int delayMs, Finding::Outcome outcome)
        : DiagnosisCheck(context), m_id(std::move(id)), m_delayMs(delayMs), m_outcome(outcome)
    {
    }
    QString id() const override { return m_id; }
    QString title() const override { return m_id; }
    void start() override
    {
        if (m_delayMs >= 0)
            QTimer::singleShot(m_delayMs, this, [this] { emit finished({finding(m_outcome, u"answered"_s)}); });
    }
    void cancel() override { *cancelled = true; }
    /// Shared: the runner deletes its checks once it has finished.
    std::shared_ptr<bool> cancelled = std::make_shared<bool>(false);

private:
    QString m_id;
    int m_delayMs;
    Finding::Outcome m_outcome;
};

class NullStore final : public SecretStore
{
public:
    void read(const QString&, QObject*, ReadDone) override { }
    void write(const QString&, const QByteArray&, QObject*, WriteDone) override { }
    void remove(const QString&, QObject*, WriteDone) override { }
};
} // namespace

class TestDiagnosisRunner : public QObject
{
    Q_OBJECT

private:
    NullStore m_store;
    test::TestDatabase m_database;
    DiagnosisContext m_context {m_database.db(),         {}, {}, std::nullopt, {}, m_store, nullptr,
                                SystemClock::instance(), {}};

    const DiagnosisContext& context() const { return m_context; }

private slots:
    void findingsKeepTheChecksOrderWhateverTheyFinish()
    {
        auto* runner = new DiagnosisRunner({new ScriptedCheck(context(), u"slow"_s, 40, Finding::Outcome::Ok),
                                            new ScriptedCheck(context(), u"fast"_s, 0, Finding::Outcome::Problem)},
                                           5000);
        const std::optional<CheckRun> done = test::awaitResult(runner, 5000);
        QVERIFY(done);
        const auto& findings = done->findings;
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).check, u"slow"_s);
        QCOMPARE(findings.at(1).outcome, Finding::Outcome::Problem);
        QCOMPARE(done->cancelled, false);
    }

    void checkThatNeverAnswersBecomesUnknownAtItsTimeout()
    {
        auto* silent = new ScriptedCheck(context(), u"silent"_s, -1, Finding::Outcome::Ok);
        const std::shared_ptr<bool> silentCancelled = silent->cancelled;
        QElapsedTimer clock;
        clock.start();
        auto* runner
            = new DiagnosisRunner({silent, new ScriptedCheck(context(), u"quick"_s, 0, Finding::Outcome::Ok)}, 300);
        const std::optional<CheckRun> done = test::awaitResult(runner, 5000);
        QVERIFY(done);
        QVERIFY(clock.elapsed() >= 250); // coarse timers may fire up to 5 % early
        QVERIFY(clock.elapsed() < 1300);
        const auto& findings = done->findings;
        QCOMPARE(findings.at(0).outcome, Finding::Outcome::Unknown);
        QVERIFY(findings.at(0).detail.contains(u"0.3"_s));
        QVERIFY(*silentCancelled);
        QCOMPARE(findings.at(1).outcome, Finding::Outcome::Ok);
    }

    void cancelReportsUnfinishedChecksAsNotChecked()
    {
        auto* runner = new DiagnosisRunner({new ScriptedCheck(context(), u"quick"_s, 0, Finding::Outcome::Ok),
                                            new ScriptedCheck(context(), u"silent"_s, -1, Finding::Outcome::Ok)},
                                           60000);
        std::optional<CheckRun> done;
        runner->then(this, [&](const CheckRun& run) { done = run; });
        QSignalSpy progress(runner, &Job::progress);
        QVERIFY(progress.wait(5000));
        QCOMPARE(progress.first().at(2).toString(), u"quick"_s); // the title of the check that answered
        runner->cancel();
        QVERIFY(done); // at once
        QCOMPARE(done->cancelled, true);
        const auto& findings = done->findings;
        QCOMPARE(findings.at(0).outcome, Finding::Outcome::Ok);
        QCOMPARE(findings.at(1).outcome, Finding::Outcome::Unknown);
    }

    void noChecksStillFinishes()
    {
        auto* runner = new DiagnosisRunner({}, 1000);
        const std::optional<CheckRun> done = test::awaitResult(runner, 1000);
        QVERIFY(done);
        QVERIFY(done->findings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisRunner)
#include "tst_diagnosisrunner.moc"
