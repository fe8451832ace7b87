// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/SmsFailureReportJob.h"

namespace backoffice {

SmsFailureReportJob* startSmsFailureReport(DatabaseLocation location, Actor actor, std::optional<QDateTime> since,
                                           QObject* parent, qint64 batchSize)
{
    return SmsFailureReportJob::start(
        std::move(location),
        [actor = std::move(actor), since = std::move(since), batchSize](TaskContext& task) {
            return SmsFailureReport(task.database())
                .compute(
                    actor, since, [&task] { return task.isCancelled(); },
                    [&task](qint64 done, qint64 total) { task.progress(done, total); }, batchSize);
        },
        parent);
}

} // namespace backoffice
