// SPDX-License-Identifier: GPL-3.0-or-later
// Global options come before the command: `backoffice-cli [--db URL] [--json] [--operator NAME]
// [--wait SECONDS] [--verbose] COMMAND ...`; the command's group picks its class.
#include "app/cli/CliApplication.h"

#include "app/cli/Command.h"
#include "app/cli/Commands.h"
#include "core/session/Workspace.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
struct CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
};

// One line per command group; each group lives in its own *Commands.cpp.
const std::array groups {
    CommandGroup {
        "clients",
        QT_TRANSLATE_NOOP("CliApplication", "search, show, import clients; verify the caller, disable a client's 2FA"),
        &runClientsCommand},
    CommandGroup {"demo", QT_TRANSLATE_NOOP("CliApplication", "create realistic demo clients"), &runDemoCommand},
    CommandGroup {"audit", QT_TRANSLATE_NOOP("CliApplication", "list the audit log"), &runAuditCommand},
    CommandGroup {"totp", QT_TRANSLATE_NOOP("CliApplication", "print a TOTP code; check a code a client reads out"),
                  &runTotpCommand},
    CommandGroup {"keys", QT_TRANSLATE_NOOP("CliApplication", "export or import the data key (stdin/stdout)"),
                  &runKeysCommand},
    CommandGroup {"providers",
                  QT_TRANSLATE_NOOP("CliApplication",
                                    "manage SMS providers; check credentials, balance, status; send a test SMS"),
                  &runProvidersCommand},
    CommandGroup {"operators",
                  QT_TRANSLATE_NOOP("CliApplication", "add, list, disable operators; set roles, reset passwords"),
                  &runOperatorsCommand},
    CommandGroup {
        "sms", QT_TRANSLATE_NOOP("CliApplication", "SMS history of a client; clients whose last SMS failed, by cause"),
        &runSmsCommand},
    CommandGroup {"diagnose",
                  QT_TRANSLATE_NOOP("CliApplication", "why a client gets no 2FA codes: every possible reason checked"),
                  &runDiagnoseCommand},
    CommandGroup {"email", QT_TRANSLATE_NOOP("CliApplication", "the SMTP server for identity codes and client notices"),
                  &runEmailCommand},
    CommandGroup {
        "db", QT_TRANSLATE_NOOP("CliApplication", "copy a database into a new one (a desk's file to the team server)"),
        &runDbCommand},
};

void printUsage(QTextStream& stream)
{
    stream << CliApplication::tr("Usage: backoffice-cli [--db PATH|postgresql://user@host:port/db] [--json] "
                                 "[--operator NAME] [--wait SECONDS] [--verbose] COMMAND [ARGS...]")
           << "\n\n"
           << CliApplication::tr("Commands:") << '\n';
    for (const CommandGroup& group : groups)
        stream << "  " << QString::fromLatin1(group.name).leftJustified(16) << CliApplication::tr(group.summary)
               << '\n';
    stream << '\n'
           << CliApplication::tr("Run 'backoffice-cli COMMAND --help' for a command's options.") << '\n'
           << CliApplication::tr("Exit status: 0 ok, 1 not found or the check found a problem, 2 usage or input "
                                 "error.")
           << '\n';
    stream.flush();
}

/// What one run changes for the whole process, and undoes when it ends.
class ProcessSettings
{
public:
    ProcessSettings() = default;
    ProcessSettings(const ProcessSettings&) = delete;
    ProcessSettings& operator=(const ProcessSettings&) = delete;
    ~ProcessSettings()
    {
        Workspace::setLockWait(std::chrono::seconds(60));
        Workspace::setBusyObserver({});
        QLoggingCategory::setFilterRules(QString());
    }
};

/// Reads the global options off the front of `arguments`; ExitOk to go on, else the exit status.
std::optional<int> readGlobalOptions(CliContext& context, QStringList& arguments, bool& verbose)
{
    while (!arguments.isEmpty() && arguments.first().startsWith(u"--")) {
        const QString option = arguments.takeFirst();
        if (option == u"--json") {
            context.json = true;
        } else if (option == u"--verbose") {
            verbose = true;
        } else if (option == u"--help" || option == u"-h") {
            printUsage(context.out);
            return ExitOk;
        } else if (option == u"--version") {
            context.out << "backoffice-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else if (option == u"--wait") {
            bool numeric = false;
            const int seconds = arguments.isEmpty() ? -1 : arguments.takeFirst().toInt(&numeric);
            if (!numeric || seconds < 0)
                return context.fail(ExitUsage, CliApplication::tr("--wait needs a number of seconds"));
            Workspace::setLockWait(std::chrono::seconds(seconds));
        } else if (option == u"--db" || option == u"--operator") {
            if (arguments.isEmpty())
                return context.fail(ExitUsage, CliApplication::tr("%1 needs a value").arg(option));
            (option == u"--db" ? context.databaseArgument : context.operatorName) = arguments.takeFirst();
        } else if (option.startsWith(u"--db=")) {
            context.databaseArgument = option.mid(5);
        } else if (option.startsWith(u"--operator=")) {
            context.operatorName = option.mid(11);
        } else {
            return context.fail(ExitUsage, CliApplication::tr("unknown option %1 (see --help)").arg(option));
        }
    }
    return std::nullopt;
}
} // namespace

int runCli(const QStringList& commandLine, const CliStreams& streams)
{
    const ProcessSettings settings;
    CliContext context(streams);
    QStringList arguments = commandLine;
    bool verbose = false;
    if (const auto status = readGlobalOptions(context, arguments, verbose))
        return *status;
    // Quiet on success: the modules' log lines only with --verbose, or when QT_LOGGING_RULES asks
    // (the environment's rules are applied after these).
    if (!verbose)
        QLoggingCategory::setFilterRules(u"backoffice.*=false"_s);
    if (arguments.isEmpty()) {
        printUsage(context.err);
        return ExitUsage;
    }
    // Options after the command are the command's own; --json and --db are accepted there too.
    // After `--` every word is an argument, never an option.
    for (int i = 0; i < arguments.size() && arguments.at(i) != u"--"; ++i) {
        if (arguments.at(i) == u"--json") {
            context.json = true;
            arguments.removeAt(i--);
        } else if (arguments.at(i) == u"--db" && i + 1 < arguments.size()) {
            context.databaseArgument = arguments.at(i + 1);
            arguments.remove(i, 2);
            --i;
        }
    }

    // A command that waits for another program's write lock says so, once, on stderr.
    Workspace::setBusyObserver([&context](bool waiting) {
        if (waiting)
            context.err << "backoffice-cli: "
                        << CliApplication::tr("waiting for the database: another program is writing to it (waiting "
                                              "up to %1 s, see --wait)")
                               .arg(Workspace::lockWait().count() / 1000)
                        << Qt::endl;
    });
    // Sign-in happens when a command first touches data (Command::executeParsed), after it has read
    // its arguments: --help is answered by the parser alone, and nothing runs unsigned.
    for (const CommandGroup& group : groups) {
        if (arguments.first() == QLatin1String(group.name))
            return group.run(context, arguments);
    }
    return context.fail(ExitUsage, CliApplication::tr("unknown command '%1' (see --help)").arg(arguments.first()));
}

} // namespace backoffice::cli
