// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/secrets/SecretStore.h"
#include "core/session/Workspace.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace backoffice::cli {

/// Exit statuses of every command (printed by --help): 0 ok, 1 not found / the check found a problem,
/// 2 usage or input error.
enum ExitCode
{
    ExitOk = 0,
    ExitProblem = 1,
    ExitUsage = 2
};

/// What every command gets: the global options, output streams, and lazily opened core objects.
class CliContext
{
public:
    CliContext();

    QTextStream out;
    QTextStream err;
    bool json = false;
    QString databaseArgument; ///< --db, empty for the default location
    QString operatorName; ///< --operator, empty for the OS user
    /// Who the command acts as: set by database(), which signs in before it hands out the database.
    Actor actor {QString(), Role::Viewer};
    /// For `keys import` on a desk that lacks the audit key: installed (after a check against the
    /// log's head) so the sign-in can be recorded before the keys are stored.
    QByteArray candidateAuditKey;

    /// The gate to all data: on first use opens the database, loads its audit key and signs the
    /// operator in (resolveActor). Prints the error and returns nullptr on any failure. A command
    /// parses its options (and answers --help) before it calls this, so help touches nothing.
    const Database* database();
    /// The database opened by database(), before the sign-in has finished: for resolveActor only.
    const Database* openedDatabase() const { return m_workspace ? &m_workspace->database() : nullptr; }
    /// The workspace of the database opened by database(); nullptr before.
    const Workspace* workspace() const { return m_workspace.get(); }
    SecretStore& secrets() { return *m_secrets; }
    const Clock& clock() const { return SystemClock::instance(); }

    /// Prints "backoffice-cli: <message>" to stderr and returns `code`.
    int fail(int code, const QString& message);
    /// Prints an Error (naming the bad input) and returns the exit code that fits it.
    int fail(const Error& error);
    void printJson(const QJsonDocument& document);

    /// Whether `arguments` ask for help: --help or -h anywhere before `--`.
    static bool asksForHelp(const QStringList& arguments);
    /// Parses a command's own options; on error prints it and the usage, returns false.
    bool parse(QCommandLineParser& parser, const QStringList& arguments);

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
};

/// A command group: `backoffice-cli <name> ...`. `arguments` starts with the group's name.
struct Command
{
    const char* name;
    const char* summary;
    int (*run)(CliContext& context, const QStringList& arguments);
};

} // namespace backoffice::cli
