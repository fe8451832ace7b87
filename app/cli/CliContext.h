// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/secrets/SecretStore.h"
#include "core/session/WorkspaceConnection.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace backoffice {
class SecretCipher;
}

namespace backoffice::cli {

/// Exit statuses of every command (printed by --help): 0 ok, 1 not found / the check found a problem,
/// 2 usage or input error.
enum ExitCode
{
    ExitOk = 0,
    ExitProblem = 1,
    ExitUsage = 2
};

/// Where a run of the CLI reads and writes: the process's standard streams in main(), buffers in
/// the tests' in-process runner.
struct CliStreams
{
    QIODevice* in = nullptr;
    QIODevice* out = nullptr;
    QIODevice* err = nullptr;
    bool inputIsTerminal = false; ///< a password typed there is read with echo off, after a prompt
    bool outputIsTerminal = false; ///< key material is not written there without --force
};

/// What a command needs before it runs; the least is asked for, so a read never touches the keychain.
enum class Access
{
    None, ///< no database (`totp code`)
    /// Opens the database and signs in; a successful sign-in is not recorded. The audit key is only
    /// loaded if something is recorded after all (a refusal, a failed sign-in) or verified.
    Read,
    /// Also loads (or, on a new database, makes) the audit key before signing in, and records the
    /// sign-in: for every command that changes something (and `audit verify`, which checks with the key).
    Write,
};

/// What every command gets: the global options, the streams, and the database once it is open.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    explicit CliContext(const CliStreams& streams);
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    QTextStream out;
    QTextStream err;
    bool json = false;
    QString databaseArgument; ///< --db, empty for the default location
    QString operatorName; ///< --operator, empty for the OS user
    /// Who the command acts as: set by open(), which signs in before it hands out the database.
    Actor actor {QString(), Role::Viewer};
    /// For `keys import` on a desk that lacks the audit key: installed (after a check against the
    /// log's head) so the sign-in can be recorded before the keys are stored.
    QByteArray candidateAuditKey;

    /// The gate to all data: opens the database, makes the audit key available as `access` asks and
    /// signs the operator in (resolveActor). Prints the error and returns nullptr on any failure.
    /// A command reads its arguments (and answers --help) before it calls this, so help touches nothing.
    const Database* open(Access access);
    /// The database opened by open(); null before.
    const Database* database() const { return m_workspace ? &WorkspaceConnection::of(*m_workspace) : nullptr; }
    /// The workspace of the database opened by open(); null before.
    const Workspace* workspace() const { return m_workspace.get(); }
    SecretStore& secrets() { return *m_secrets; }
    /// The cipher that seals this database's authenticator secrets, its key from the keychain (made
    /// on first use): asked for only by the commands that seal secrets.
    Result<SecretCipher> dataKey();
    const Clock& clock() const { return SystemClock::instance(); }

    /// Standard input: a password's line, keys, a provider's secret.
    QIODevice& input() const { return *m_streams.in; }
    /// The raw standard output, for a CSV export; out is flushed first.
    QIODevice& rawOutput();
    bool outputIsTerminal() const { return m_streams.outputIsTerminal; }
    /// The next line of standard input without its line end (echo off on a terminal, after `prompt`
    /// on stderr); passwords are read this way, never taken from arguments.
    QString readSecretLine(const QString& prompt);

    /// Prints "backoffice-cli: <message>" to stderr and returns `code`.
    int fail(int code, const QString& message);
    /// Prints an Error in words (CliErrorText) and returns the exit status that fits it.
    int fail(const Error& error);
    void printJson(const QJsonDocument& document);

    /// Whether `arguments` ask for help: --help or -h anywhere before `--`.
    static bool asksForHelp(const QStringList& arguments);
    /// Parses a command's own options; on error prints it and the usage, returns false. Help is
    /// printed here too: parser.isSet("help") tells the two apart.
    bool parse(QCommandLineParser& parser, const QStringList& arguments);

private:
    /// Where --db points (or the default), opened and migrated; prints why not and returns null.
    std::unique_ptr<Workspace> openLocation();

    CliStreams m_streams;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::optional<Error> m_auditKeyProblem; ///< why the audit key could not be loaded when it was wanted
};

/// Who the command acts as, for CliContext::open(), which calls it once the database is open: fills
/// context.actor and returns ExitOk, or prints why not and returns the exit status. On a database
/// without operator accounts: the OS user as an administrator. Once operators exist every command
/// that touches data needs `--operator NAME`, the password coming from BACKOFFICE_PASSWORD or the
/// first line of standard input.
int resolveActor(CliContext& context, Access access);

} // namespace backoffice::cli
