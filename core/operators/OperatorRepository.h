// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "operators/Operator.h"

#include <QList>

namespace backoffice {

class Database;

/// Reads operator rows. Writes belong to OperatorService and SignInService, each together with its
/// audit event; this class only spares them writing the same SELECT twice.
class OperatorRepository
{
public:
    explicit OperatorRepository(const Database& database);

    Result<qint64> count() const;
    /// NotFound (field "operator") when there is no such user name (case-insensitive).
    Result<Operator> find(const QString& userName) const;
    /// The stored hash of an operator, for SignInService only.
    Result<QString> passwordHash(qint64 operatorId) const;
    /// Ordered by user name.
    Result<QList<Operator>> list() const;
    /// Enabled administrators other than `exceptId`: refusing to remove the last one.
    Result<qint64> countOtherEnabledAdmins(qint64 exceptId) const;

    /// A user name is 1 to 64 letters, digits, '.', '_', '-' or '@'.
    static bool isValidUserName(const QString& userName);

private:
    const Database& m_database;
};

} // namespace backoffice
