// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Actor.h"
#include "core/sms/SmsFailureReport.h"
#include "core/storage/DatabaseLocation.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace backoffice {

/// What the worker hands back: a summary or the error (QFuture wants a default-constructible value).
struct SmsFailureReportOutcome
{
    std::optional<SmsFailureSummary> summary;
    std::optional<Error> error;
};

/// Runs SmsFailureReport on a pool thread with its own Database connection (opened from the
/// location; a connection belongs to one thread), so the UI stays responsive over a long message
/// log. Reports progress, can be cancelled, emits `finished` exactly once and never blocks the
/// caller. Deleting the job cancels the computation; the worker then ends on its own.
class SmsFailureReportJob : public QObject
{
    Q_OBJECT

public:
    SmsFailureReportJob(DatabaseLocation location, Actor actor, std::optional<QDateTime> since,
                        QObject* parent = nullptr);
    ~SmsFailureReportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Set once `finished` was emitted.
    const SmsFailureReportOutcome& outcome() const { return m_outcome; }

    /// For tests and benchmarks: the size of an id batch between progress reports and cancel checks.
    void setBatchSize(qint64 size) { m_batchSize = size; }

signals:
    /// `percent` 0..100.
    void progress(int percent);
    void finished();

private:
    DatabaseLocation m_location;
    Actor m_actor;
    std::optional<QDateTime> m_since;
    qint64 m_batchSize = 20000;
    QFutureWatcher<SmsFailureReportOutcome> m_watcher;
    SmsFailureReportOutcome m_outcome;
};

} // namespace backoffice
