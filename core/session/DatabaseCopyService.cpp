// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/DatabaseCopyService.h"

#include "core/operators/Authorizer.h"
#include "core/session/WorkspaceConnection.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

Status DatabaseCopyService::authorize(const Workspace& from, const Actor& actor)
{
    return Authorizer(from.audit()).require(actor, Permission::CopyDatabase, std::nullopt, u"database"_s);
}

Result<DatabaseCopy::RowCounts> DatabaseCopyService::copy(const Workspace& from, const Workspace& to,
                                                          const DatabaseCopy::Progress& progress)
{
    return DatabaseCopy::copy(WorkspaceConnection::of(from), WorkspaceConnection::of(to), progress);
}

Result<AuditEvent> DatabaseCopyService::recordCopy(const Workspace& copy, const Actor& actor, const QString& fromName,
                                                   const DatabaseCopy::RowCounts& rows)
{
    QJsonObject counts;
    for (auto row = rows.cbegin(); row != rows.cend(); ++row)
        counts.insert(row.key(), row.value());
    AuditEvent event;
    event.operatorName = actor.userName;
    event.action = QString::fromLatin1(AuditAction::DatabaseCopied);
    event.target = fromName;
    event.details = {{u"from"_s, fromName}, {u"rows"_s, counts}};
    return copy.audit().append(event);
}

} // namespace backoffice
