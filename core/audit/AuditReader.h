// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/operators/Actor.h"

#include <functional>

class QIODevice;

namespace backoffice {

/// The audit log as an operator reads it: list, count, the actions to filter on, the chain check
/// and the CSV export. Each call first requires Permission::ReadAudit of the actor it was made for
/// (a refusal is PermissionDenied and a permission.refused event, as everywhere); AuditLog itself
/// is the table's owner and checks nothing. What the audit page and `backoffice-cli audit` read through.
class AuditReader
{
public:
    AuditReader(const AuditLog& log, Actor actor);

    const Actor& actor() const { return m_actor; }

    /// Newest first (AuditLog::list).
    Result<QList<AuditEvent>> list(const AuditFilter& filter, int offset = 0, int limit = 500) const;
    Result<qint64> count(const AuditFilter& filter) const;
    Result<QStringList> actions() const;
    /// AuditLog::verify: the whole chain and its MACed head.
    Result<AuditVerification> verify(const std::function<bool(qint64 checked)>& progress = {}) const;
    /// AuditCsvExporter::write: the events `filter` selects, as CSV.
    Result<qint64> exportCsv(const AuditFilter& filter, QIODevice& device,
                             const std::function<bool(qint64 written, qint64 total)>& progress = {}) const;

private:
    Status allowed() const;

    const AuditLog& m_log;
    Actor m_actor;
};

} // namespace backoffice
