// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditReader.h"

#include "core/audit/AuditCsvExporter.h"
#include "core/operators/Authorizer.h"

namespace backoffice {

AuditReader::AuditReader(const AuditLog& log, Actor actor) : m_log(log), m_actor(std::move(actor)) { }

Status AuditReader::allowed() const
{
    return Authorizer(m_log).require(m_actor, Permission::ReadAudit);
}

Result<QList<AuditEvent>> AuditReader::list(const AuditFilter& filter, int offset, int limit) const
{
    if (const Status permitted = allowed(); !permitted)
        return permitted.error();
    return m_log.list(filter, offset, limit);
}

Result<qint64> AuditReader::count(const AuditFilter& filter) const
{
    if (const Status permitted = allowed(); !permitted)
        return permitted.error();
    return m_log.count(filter);
}

Result<QStringList> AuditReader::actions() const
{
    if (const Status permitted = allowed(); !permitted)
        return permitted.error();
    return m_log.actions();
}

Result<AuditVerification> AuditReader::verify(const std::function<bool(qint64)>& progress) const
{
    if (const Status permitted = allowed(); !permitted)
        return permitted.error();
    return m_log.verify(progress);
}

Result<qint64> AuditReader::exportCsv(const AuditFilter& filter, QIODevice& device,
                                      const std::function<bool(qint64, qint64)>& progress) const
{
    if (const Status permitted = allowed(); !permitted)
        return permitted.error();
    return AuditCsvExporter(m_log).write(filter, device, progress);
}

} // namespace backoffice
