// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

#include <QCommandLineParser>

#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace backoffice::cli {

/// One command, `backoffice-cli GROUP ACTION ...` (or a group's only one, `demo`). The base runs
/// the steps in the same order for all: parse (and answer --help), read and check the arguments,
/// open the database and sign in as access() asks, run. A subclass says what it takes and calls one
/// service; the service decides, and its typed error is put into words by CliContext::fail.
class Command
{
public:
    virtual ~Command() = default;

    /// Parses `arguments` (the first names the command: it is the parser's program name) and runs.
    int execute(CliContext& context, const QStringList& arguments);
    /// For a group whose actions share one parser (the action is a positional word that options may
    /// precede): parses with `prototype`'s definition, lets `pick` choose the command from the
    /// positional words (null after saying why not), and runs it on the same parse.
    using Picker = std::function<std::unique_ptr<Command>(CliContext& context, const QStringList& positional)>;
    static int executeShared(CliContext& context, const QStringList& arguments, const Command& prototype,
                             const Picker& pick);

protected:
    /// Runs after the arguments were parsed with this command's define().
    int executeParsed(CliContext& context, const QCommandLineParser& parser);
    /// Adds the description, options and positional arguments.
    virtual void define(QCommandLineParser& parser) const = 0;
    /// Reads and checks the parsed arguments before anything is opened, so bad input never waits
    /// for a password: ExitOk, or the exit status after saying what is wrong.
    virtual int read(CliContext& context, const QCommandLineParser& parser) = 0;
    virtual Access access() const { return Access::Read; }
    /// Does the work: the database is open (context.database()) and the operator signed in
    /// (context.actor), unless access() is None.
    virtual int run(CliContext& context) = 0;
};

/// One entry of a group's table: the action's name and how to make its command.
struct Action
{
    const char* name;
    std::unique_ptr<Command> (*make)();
};

template<typename T> std::unique_ptr<Command> make()
{
    return std::make_unique<T>();
}

/// The action named `name` in `actions`, or null.
std::unique_ptr<Command> findAction(std::span<const Action> actions, const QString& name);

/// Runs a group whose actions each parse their own arguments (`arguments` starts with the group's
/// name): the action of `actions` that the next word names runs as the command `GROUP ACTION` on the
/// rest; any other word (none, --help, an unknown one) is answered by `otherwise`.
int runActionGroup(CliContext& context, const QStringList& arguments, std::span<const Action> actions,
                   const std::function<int(const QString& word)>& otherwise);

/// --help or -h.
bool isHelpWord(const QString& word);

/// Writes a group's `usage` to stdout when it was `asked` for, else to stderr; the exit status that
/// goes with it (ExitOk, ExitUsage).
int showUsage(CliContext& context, const QString& usage, bool asked);

/// How a group answers a word that names none of its actions: `usage` on stdout for --help or -h, on
/// stderr when there is no word (a usage error), else the usage error `unknown`.
int usageOrUnknown(CliContext& context, const QString& word, const QString& usage, const QString& unknown);

/// A positive whole number (an id), or nullopt.
std::optional<qint64> positiveId(const QString& text);

/// A command group: `backoffice-cli <name> ...`. `arguments` starts with the group's name.
struct CommandGroup
{
    const char* name;
    const char* summary;
    int (*run)(CliContext& context, const QStringList& arguments);
};

} // namespace backoffice::cli
