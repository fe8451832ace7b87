// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/BackgroundTask.h"
#include "core/operators/Actor.h"
#include "core/sms/SmsFailureReport.h"
#include "core/storage/DatabaseLocation.h"

#include <optional>

namespace backoffice {

using SmsFailureReportJob = BackgroundTask<SmsFailureSummary>;

/// Runs SmsFailureReport as a BackgroundTask, so the UI stays responsive over a long message log:
/// progress after every batch of `batchSize` message ids (the batch is also how often it looks for a
/// cancel), the summary or the error (Cancelled after cancel()) through then().
SmsFailureReportJob* startSmsFailureReport(DatabaseLocation location, Actor actor, std::optional<QDateTime> since,
                                           QObject* parent = nullptr, qint64 batchSize = 20000);

} // namespace backoffice
