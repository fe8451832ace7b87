// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/common/BackgroundTask.h"
#include "core/operators/Actor.h"
#include "core/storage/DatabaseLocation.h"

namespace backoffice {

/// The audit log's long reads, as BackgroundTasks: off the UI thread, on a connection of their own,
/// with progress and cancel. Each reads as `actor` through AuditReader (Permission::ReadAudit).
using AuditVerificationJob = BackgroundTask<AuditVerification>;
using AuditExportJob = BackgroundTask<qint64>;

/// Checks the hash chain; progress is (events checked, events in the log).
AuditVerificationJob* startAuditVerification(DatabaseLocation location, Actor actor, QObject* parent = nullptr);

/// Writes the events `filter` selects to `path` as CSV (AuditCsvExporter) and gives their number.
/// Through a QSaveFile: after a failure or a cancel nothing, not even half a file, is left at `path`.
/// Progress is (events written, events selected). A file that cannot be written is InvalidInput
/// "file" with the system's reason as the detail.
AuditExportJob* startAuditExport(DatabaseLocation location, Actor actor, AuditFilter filter, QString path,
                                 QObject* parent = nullptr);

} // namespace backoffice
