// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"

#include <QString>

#include <optional>

namespace backoffice {

class AuditLog;
class Database;

/// What a disable's reason must be, so that the audit log can answer "why": a ticket reference
/// ("SUP-1234", matching `ticketPattern` as a whole) or a sentence of at least `minimumLength`
/// characters. "ab" or "x" is neither. Kept in the database so the whole team has one rule.
struct DisableReasonRule
{
    static constexpr int defaultMinimumLength = 10;
    static constexpr int maximumLength = 1000;
    static inline const QString defaultTicketPattern = QStringLiteral("[A-Z][A-Z0-9]{1,9}-[0-9]{1,10}");

    int minimumLength = defaultMinimumLength;
    QString ticketPattern = defaultTicketPattern; ///< a regular expression; empty: no ticket shape

    /// InvalidInput (field "reason", detail "min-length:N" or "too-long:N") when `reason`, trimmed,
    /// is neither a ticket reference nor long enough; nullopt when it is fine.
    std::optional<Error> problemWith(const QString& reason) const;

    /// The rule stored for `database`, or the defaults.
    static DisableReasonRule load(const Database& database);
    /// Administrators only (Permission::ManageOperators); audited (settings.disable-reason).
    /// InvalidInput: field "min-length" outside 1..200, "ticket-pattern" not a valid expression.
    static Status save(const Database& database, const AuditLog& audit, const Actor& actor,
                       const DisableReasonRule& rule);
};

} // namespace backoffice
