// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "operators/Actor.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace backoffice::cli {

/// Exit statuses of every command (DESIGN.md): 0 ok, 1 not found / the check found a problem,
/// 2 usage or input error.
enum ExitCode { ExitOk = 0, ExitProblem = 1, ExitUsage = 2 };

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
    Actor actor;

    /// Opens the database on first use; prints the error and returns nullptr on failure.
    Database* database();
    SecretStore& secrets() { return *m_secrets; }
    const Clock& clock() const { return SystemClock::instance(); }

    /// Prints "backoffice-cli: <message>" to stderr and returns `code`.
    int fail(int code, const QString& message);
    /// Prints an Error (naming the bad input) and returns the exit code that fits it.
    int fail(const Error& error);
    void printJson(const QJsonDocument& document);

    /// Parses a command's own options; on error prints it and the usage, returns false.
    bool parse(QCommandLineParser& parser, const QStringList& arguments);

private:
    std::shared_ptr<Database> m_database;
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
