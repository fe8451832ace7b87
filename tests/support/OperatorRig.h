// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestDatabase.h"

namespace backoffice::test {

/// A test database with its audit log, a fast password hasher and the operator service, all on a
/// manual clock: what the tests of operators, signing in and roles build on.
struct OperatorRig
{
    TestDatabase database;
    ManualClock clock;
    AuditLog audit {database.db(), clock};
    PasswordHasher hasher {ScryptParameters::forTests()};
    OperatorService operators {database.db(), audit, hasher, clock};
};

} // namespace backoffice::test
