// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/SmsFailureReportJob.h"

#include "core/storage/Database.h"

#include <QPromise>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

SmsFailureReportJob::SmsFailureReportJob(DatabaseLocation location, Actor actor, std::optional<QDateTime> since,
                                         QObject* parent)
    : QObject(parent), m_location(std::move(location)), m_actor(std::move(actor)), m_since(std::move(since))
{
    connect(&m_watcher, &QFutureWatcher<SmsFailureReportOutcome>::progressValueChanged, this,
            &SmsFailureReportJob::progress);
    connect(&m_watcher, &QFutureWatcher<SmsFailureReportOutcome>::finished, this, [this] {
        const QFuture<SmsFailureReportOutcome> future = m_watcher.future();
        if (future.resultCount() > 0 && !future.isCanceled())
            m_outcome = future.result();
        else
            m_outcome.error = Error {Error::Code::Cancelled, {}, u"failure report"_s};
        emit finished();
    });
}

SmsFailureReportJob::~SmsFailureReportJob()
{
    // The worker owns its connection and copies of its inputs; it only needs to be told to stop.
    m_watcher.disconnect(this);
    m_watcher.cancel();
}

void SmsFailureReportJob::start()
{
    if (m_watcher.isRunning())
        return;
    m_outcome = {};
    auto work = [location = m_location, actor = m_actor, since = m_since,
                 batchSize = m_batchSize](QPromise<SmsFailureReportOutcome>& promise) {
        promise.setProgressRange(0, 100);
        SmsFailureReportOutcome outcome;
        auto opened = Database::open(location);
        if (!opened) {
            outcome.error = opened.error();
            promise.addResult(outcome);
            return;
        }
        const std::shared_ptr<Database> database = opened.value();
        auto computed = SmsFailureReport(*database).compute(
            actor, since, [&promise] { return promise.isCanceled(); },
            [&promise](qint64 done, qint64 total) {
                promise.setProgressValue(total > 0 ? int(done * 100 / total) : 100);
            },
            batchSize);
        if (computed)
            outcome.summary = computed.value();
        else
            outcome.error = computed.error();
        promise.addResult(outcome);
    };
    m_watcher.setFuture(QtConcurrent::run(work));
}

void SmsFailureReportJob::cancel()
{
    m_watcher.cancel();
}

} // namespace backoffice
