// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/Authorizer.h"

#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

Authorizer::Authorizer(const AuditLog& audit) : m_audit(audit) { }

Status Authorizer::require(const Actor& actor, Permission permission, std::optional<qint64> clientId,
                           const QString& target) const
{
    if (actor.can(permission))
        return Ok {};
    AuditEvent event;
    event.operatorName = actor.userName;
    event.action = QString::fromLatin1(AuditAction::PermissionRefused);
    event.clientId = clientId;
    event.target = target;
    event.details = {{u"permission"_s, permissionToString(permission)}, {u"role"_s, roleToString(actor.role)}};
    if (auto logged = m_audit.append(event); !logged)
        qCWarning(lcOperators) << "could not record a refused permission:" << logged.error().toString();
    return Error {Error::Code::PermissionDenied, permissionToString(permission), roleToString(actor.role)};
}

} // namespace backoffice
