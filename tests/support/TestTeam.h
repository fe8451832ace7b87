// SPDX-License-Identifier: GPL-3.0-or-later
// A support team on one test database, for the tests where several desks (backoffice-cli processes)
// work on it at once: the administrator ada and support operators, all with one password.
#pragma once

#include "core/audit/AuditLog.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestDatabase.h"

namespace backoffice::test {

struct TestTeam
{
    /// The password of every operator of the team.
    static QString password() { return QStringLiteral("correct horse battery"); }

    TestDatabase database;

    /// ada (administrator) and one support operator per name, on the run's backend or on `backend`.
    explicit TestTeam(const QStringList& supportOperators,
                      TestDatabase::Backend backend = TestDatabase::Backend::OfTheRun)
        : database(TestDatabase::Use::WithCli, backend)
    {
        const AuditLog audit(database.db());
        const PasswordHasher hasher;
        const OperatorService operators(database.db(), audit, hasher);
        if (!operators.createFirstAdministrator(
                {QStringLiteral("ada"), QStringLiteral("Ada"), Role::Admin, password()}))
            qFatal("cannot create the administrator");
        for (const QString& name : supportOperators)
            if (!operators.add({QStringLiteral("ada"), Role::Admin}, {name, name, Role::Support, password()}))
                qFatal("cannot add the operator %s", qPrintable(name));
    }

    /// `backoffice-cli` as `operatorName` at a desk of its own: a process, run to its end.
    CliRun atDesk(const QString& operatorName, const QStringList& arguments, const QByteArray& stdinBytes = {}) const
    {
        return runCliProcess(
            QStringList {QStringLiteral("--db"), database.path(), QStringLiteral("--operator"), operatorName}
                + arguments,
            CliInput {stdinBytes, password(), false});
    }
};

} // namespace backoffice::test
