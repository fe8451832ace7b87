// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli keys: move a database's keys (the data key that seals authenticator secrets and the
// audit key that MACs the audit log) between desks. Administrators only, each move audited. Key
// material only ever goes through standard output and standard input, never a command-line argument
// (visible to every user in the process list), a terminal's scroll-back, or an error message.
#include "app/cli/Command.h"
#include "app/cli/Commands.h"

#include "core/audit/AuditLog.h"
#include "core/secrets/KeyCustodyService.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
struct KeysCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)
};

QString usage()
{
    return KeysCommand::tr(
        "Usage: backoffice-cli keys export > keys.txt   (writes the keys, one base64 line, to stdout)\n"
        "       backoffice-cli keys import < keys.txt   (reads them from stdin into the keychain)\n"
        "Administrators only; every export and import is in the audit log. Keep keys.txt private "
        "(mode 0600) and delete it once imported.");
}

class KeysExport final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeysExport)

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(usage());
        parser.addOption({u"force"_s, tr("Write the keys even when standard output is a terminal.")});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return context.fail(ExitUsage, tr("keys export takes no arguments: the keys go to standard output"));
        // Checked before signing in: a refused export must not leave the keys on the screen either.
        if (context.outputIsTerminal() && !parser.isSet(u"force"_s))
            return context.fail(ExitUsage,
                                tr("standard output is a terminal: the keys would stay in its scroll-back; "
                                   "redirect to a file (keys export > keys.txt) or pipe, or give --force"));
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int run(CliContext& context) override
    {
        const Database& database = *context.database();
        const AuditLog audit(database, context.clock());
        auto bundle = KeyCustodyService(database, context.secrets(), audit).exportKeys(context.actor);
        if (!bundle)
            return context.fail(bundle.error());
        context.out << bundle.value().encode() << Qt::endl;
        return ExitOk;
    }
};

class KeysImport final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeysImport)

    std::optional<KeyBundle> m_bundle;

    void define(QCommandLineParser& parser) const override { parser.setApplicationDescription(usage()); }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return context.fail(ExitUsage, tr("keys import takes no arguments: the keys come from standard input"));
        // The keys are the first line; the operator's password, when not in BACKOFFICE_PASSWORD, follows.
        const QByteArray text = context.input().readLine(4096).trimmed();
        if (text.isEmpty())
            return context.fail(ExitUsage,
                                tr("no keys on standard input (use: backoffice-cli keys import < keys.txt)"));
        auto bundle = KeyBundle::decode(text);
        if (!bundle)
            return context.fail(ExitUsage, tr("invalid keys on standard input: %1").arg(bundle.error().detail));
        m_bundle = bundle.value();
        context.candidateAuditKey = m_bundle->auditKey;
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int run(CliContext& context) override
    {
        const Database& database = *context.database();
        const AuditLog audit(database, context.clock());
        const Status imported
            = KeyCustodyService(database, context.secrets(), audit).importKeys(context.actor, *m_bundle);
        if (!imported)
            return context.fail(imported.error());
        context.out << (m_bundle->auditKey.isEmpty() ? tr("data key imported into the keychain (this export has no "
                                                          "audit key: it was made before audit logs were keyed)")
                                                     : tr("data key and audit key imported into the keychain"))
                    << Qt::endl;
        return ExitOk;
    }
};

const std::array actions {
    Action {"export", &make<KeysExport>},
    Action {"import", &make<KeysImport>},
};
} // namespace

int runKeysCommand(CliContext& context, const QStringList& arguments)
{
    return runActionGroup(context, arguments, actions, [&context](const QString& word) -> int {
        if (showUsage(context, usage() + u'\n', isHelpWord(word)) == ExitOk)
            return ExitOk;
        return context.fail(ExitUsage,
                            word.isEmpty() ? KeysCommand::tr("keys needs a subcommand: export or import")
                                           : KeysCommand::tr("unknown keys subcommand '%1'").arg(word));
    });
}

} // namespace backoffice::cli
