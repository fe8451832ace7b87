// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli keys: move a database's keys (the data key that seals authenticator secrets and the
// audit key that MACs the audit log) between desks. Administrators only, each move audited. Key
// material only ever goes through standard output and standard input, never a command-line argument
// (visible to every user in the process list), a terminal's scroll-back, or an error message.
#include "app/cli/Commands.h"

#include "core/audit/AuditLog.h"
#include "core/secrets/KeyCustodyService.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
const QString usage = u"Usage: backoffice-cli keys export > keys.txt   (writes the keys, one base64 line, to stdout)\n"
                      u"       backoffice-cli keys import < keys.txt   (reads them from stdin into the keychain)\n"
                      u"Administrators only; every export and import is in the audit log. Keep keys.txt private "
                      u"(mode 0600) and delete it once imported."_s;

int runExport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usage);
    const QCommandLineOption force(u"force"_s, u"Write the keys even when standard output is a terminal."_s);
    parser.addOption(force);
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, u"keys export takes no arguments: the keys go to standard output"_s);
    // Checked before signing in: a refused export must not leave the keys on the screen either.
    if (isatty(STDOUT_FILENO) == 1 && !parser.isSet(force))
        return context.fail(ExitUsage,
                            u"standard output is a terminal: the keys would stay in its scroll-back; "
                            u"redirect to a file (keys export > keys.txt) or pipe, or give --force"_s);
    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    const AuditLog audit(*database, context.clock());
    auto bundle = KeyCustodyService(*database, context.secrets(), audit).exportKeys(context.actor);
    if (!bundle)
        return context.fail(bundle.error());
    context.out << bundle.value().encode() << Qt::endl;
    return ExitOk;
}

int runImport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usage);
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, u"keys import takes no arguments: the keys come from standard input"_s);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return context.fail(ExitUsage, u"cannot read standard input"_s);
    // The keys are the first line; the operator's password, when not in BACKOFFICE_PASSWORD, follows.
    const QByteArray text = input.readLine(4096).trimmed();
    if (text.isEmpty())
        return context.fail(ExitUsage, u"no keys on standard input (use: backoffice-cli keys import < keys.txt)"_s);
    auto bundle = KeyBundle::decode(text);
    if (!bundle)
        return context.fail(ExitUsage, u"invalid keys on standard input: %1"_s.arg(bundle.error().detail));
    context.candidateAuditKey = bundle.value().auditKey;
    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    const AuditLog audit(*database, context.clock());
    const Status imported
        = KeyCustodyService(*database, context.secrets(), audit).importKeys(context.actor, bundle.value());
    if (!imported)
        return context.fail(imported.error());
    context.out << (bundle.value().auditKey.isEmpty() ? "data key imported into the keychain (this export has no "
                                                        "audit key: it was made before audit logs were keyed)"
                                                      : "data key and audit key imported into the keychain")
                << Qt::endl;
    return ExitOk;
}
} // namespace

int runKeysCommand(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest.first() = u"keys "_s + sub;
    if (sub == u"export")
        return runExport(context, rest);
    if (sub == u"import")
        return runImport(context, rest);
    if (sub == u"--help" || sub == u"-h") {
        context.out << usage << Qt::endl;
        return ExitOk;
    }
    context.err << usage << Qt::endl;
    return context.fail(ExitUsage,
                        sub.isEmpty() ? u"keys needs a subcommand: export or import"_s
                                      : u"unknown keys subcommand '%1'"_s.arg(sub));
}

} // namespace backoffice::cli
