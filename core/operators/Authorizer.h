// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/operators/Actor.h"

#include <optional>

namespace backoffice {

class AuditLog;

/// The one place core services ask "may this operator do that?". A refusal is an audit event and
/// an Error::Code::PermissionDenied naming the permission; the UI hiding a button is never the only guard.
class Authorizer
{
public:
    explicit Authorizer(const AuditLog& audit);

    Status require(const Actor& actor, Permission permission, std::optional<qint64> clientId = std::nullopt,
                   const QString& target = {}) const;

private:
    const AuditLog& m_audit;
};

} // namespace backoffice
