// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/storage/DatabaseCopy.h"

namespace backoffice {

class Workspace;

/// `db copy` as an operator does it: only an administrator copies a whole database (every client,
/// operator and event goes with it), and the copy says on its own record who made it, from where,
/// and how many rows of each table came along. The steps are apart so a front end can verify the
/// audit chain between them (DatabaseCopy does the copying itself).
class DatabaseCopyService
{
public:
    /// Permission::CopyDatabase on the source; a refusal is on the source's record.
    static Status authorize(const Workspace& from, const Actor& actor);
    /// Copies `from` into the empty `to` in one transaction. Errors as DatabaseCopy::copy.
    static Result<DatabaseCopy::RowCounts> copy(const Workspace& from, const Workspace& to,
                                                const DatabaseCopy::Progress& progress = {});
    /// Appends the `database.copy` event to the copy's audit log: `copy` must be opened again after
    /// the copy (it then has the source's id, and with it the source's audit key). `fromName` is the
    /// source's DatabaseLocation::displayName(), never a password.
    static Result<AuditEvent> recordCopy(const Workspace& copy, const Actor& actor, const QString& fromName,
                                         const DatabaseCopy::RowCounts& rows);
};

} // namespace backoffice
