// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli: the Back Office core for scripts, bulk work and benchmarks. Global options come
// before the command: `backoffice-cli [--db URL] [--json] [--operator NAME] COMMAND ...`.
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"

#include <QCoreApplication>

#include "core/storage/Database.h"
#include "translations/Translators.h"

#include <array>

using namespace Qt::Literals::StringLiterals;
using namespace backoffice::cli;

namespace {
// One line per command group; each group lives in its own *Commands.cpp.
const std::array commands {
    Command {"clients", "search, show, import clients; disable a client's 2FA", &runClientsCommand},
    Command {"demo", "create realistic demo clients", &runDemoCommand},
    Command {"audit", "list the audit log", &runAuditCommand},
    Command {"totp", "print a TOTP code; check a code a client reads out", &runTotpCommand},
    Command {"keys", "export or import the data key (stdin/stdout)", &runKeysCommand},
    Command {"providers", "manage SMS providers; check credentials, balance, status; send a test SMS",
             &runProvidersCommand},
    Command {"operators", "add, list, disable operators; set roles, reset passwords", &runOperatorsCommand},
    Command {"sms", "SMS history of a client; clients whose last SMS failed, by cause", &runSmsCommand},
    Command {"diagnose", "why a client gets no 2FA codes: every possible reason checked", &runDiagnoseCommand},
};

void printUsage(QTextStream& stream)
{
    stream << "Usage: backoffice-cli [--db PATH|postgresql://user@host:port/db] [--json] [--operator NAME] "
              "[--wait SECONDS] COMMAND [ARGS...]\n\nCommands:\n";
    for (const Command& command : commands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(16) << command.summary << '\n';
    stream << "\nRun 'backoffice-cli COMMAND --help' for a command's options.\n"
              "Exit status: 0 ok, 1 not found or the check found a problem, 2 usage or input error.\n";
    stream.flush();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BackOffice"_s);
    QCoreApplication::setApplicationName(u"backoffice"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKOFFICE_VERSION));
    backoffice::translations::install(QLocale::system());

    CliContext context;
    QStringList arguments = app.arguments().mid(1);
    // Global options, before the command name.
    while (!arguments.isEmpty() && arguments.first().startsWith(u"--")) {
        const QString option = arguments.takeFirst();
        if (option == u"--json") {
            context.json = true;
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
                return context.fail(ExitUsage, u"--wait needs a number of seconds"_s);
            backoffice::Database::setLockWait(std::chrono::seconds(seconds));
        } else if (option == u"--db" || option == u"--operator") {
            if (arguments.isEmpty())
                return context.fail(ExitUsage, u"%1 needs a value"_s.arg(option));
            (option == u"--db" ? context.databaseArgument : context.operatorName) = arguments.takeFirst();
        } else if (option.startsWith(u"--db=")) {
            context.databaseArgument = option.mid(5);
        } else if (option.startsWith(u"--operator=")) {
            context.operatorName = option.mid(11);
        } else {
            return context.fail(ExitUsage, u"unknown option %1 (see --help)"_s.arg(option));
        }
    }
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
    backoffice::Database::setBusyObserver([&context](bool waiting) {
        if (waiting)
            context.err << "backoffice-cli: waiting for the database: another program is writing to it (waiting up "
                           "to "
                        << backoffice::Database::lockWait().count() / 1000 << " s, see --wait)" << Qt::endl;
    });
    // Sign-in happens when a command first touches data (CliContext::database), after it has parsed
    // its options: --help is answered by the parser alone, and nothing runs unsigned.
    for (const Command& command : commands) {
        if (arguments.first() == QLatin1String(command.name))
            return command.run(context, arguments);
    }
    return context.fail(ExitUsage, u"unknown command '%1' (see --help)"_s.arg(arguments.first()));
}
