// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli db copy --from PATH|URL --to PATH|URL`: a desk's SQLite file onto the team's
// PostgreSQL server, or the server's database into a file for a backup.
#include "app/cli/CliErrorText.h"
#include "app/cli/Command.h"
#include "app/cli/Commands.h"

#include "core/audit/AuditLog.h"
#include "core/audit/AuditVerificationText.h"
#include "core/session/DatabaseCopyService.h"
#include "core/session/Workspace.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
class DbCopy final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DbCopy)

    DatabaseLocation m_from;
    DatabaseLocation m_to;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Copy a whole Back Office database into a new, empty one: clients, providers (their secrets stay in "
               "the keychain), the message log, operators and the audit log, in one transaction. The audit chain is "
               "verified before and after; the copy keeps the database's id, so this desk's keys fit it. Only an "
               "administrator of the source (--operator NAME) copies; the copy records who made it, from where."));
        parser.addPositionalArgument(u"copy"_s, tr("the action"));
        parser.addOption({u"from"_s, tr("the database to copy (a SQLite file or postgresql://...)"), u"db"_s});
        parser.addOption({u"to"_s, tr("the empty database to copy into (a new file or postgresql://...)"), u"db"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (parser.positionalArguments() != QStringList {u"copy"_s})
            return context.fail(ExitUsage, tr("usage: backoffice-cli db copy --from PATH|URL --to PATH|URL"));
        for (const auto& [option, location] : {std::pair {u"from"_s, &m_from}, std::pair {u"to"_s, &m_to}}) {
            if (!parser.isSet(option))
                return context.fail(ExitUsage, tr("--%1 is required").arg(option));
            auto parsed = DatabaseLocation::parse(parser.value(option));
            if (!parsed)
                return context.fail(ExitUsage, tr("--%1: %2").arg(option, CliErrorText::describe(parsed.error())));
            *location = parsed.value();
        }
        if (m_from.displayName() == m_to.displayName())
            return context.fail(ExitUsage, tr("--from and --to are the same database"));
        if (!context.databaseArgument.isEmpty())
            return context.fail(ExitUsage, tr("db copy takes --from and --to, not --db"));
        // The operator signs in on the source: its accounts decide who may copy it.
        context.databaseArgument = parser.value(u"from"_s);
        return ExitOk;
    }

    // Reading the source changes nothing there: the sign-in is not recorded, a refusal is.
    Access access() const override { return Access::Read; }

    /// Verifies the chain of `workspace`'s audit log and says so on stderr; false when it is not intact.
    bool verified(CliContext& context, const Workspace& workspace, const QString& when)
    {
        auto result = workspace.audit().verify();
        if (!result) {
            context.fail(result.error());
            return false;
        }
        context.err << when << ": " << describeVerification(result.value()) << Qt::endl;
        return result.value().intact();
    }

    std::unique_ptr<Workspace> open(CliContext& context, const DatabaseLocation& location)
    {
        auto opened = Workspace::open(location, context.clock());
        if (!opened) {
            context.fail(ExitUsage,
                         tr("cannot use the database %1: %2")
                             .arg(location.displayName(), CliErrorText::describe(opened.error())));
            return nullptr;
        }
        return std::move(opened.value());
    }

    int run(CliContext& context) override
    {
        const Workspace* from = context.workspace();
        if (const Status allowed = DatabaseCopyService::authorize(*from, context.actor); !allowed)
            return context.fail(allowed.error());
        // The chain is checked with the source's key, which the copy shares.
        if (const Status keyed = from->loadStoredAuditKey(context.secrets()); !keyed)
            return context.fail(keyed.error());
        if (!verified(context, *from, tr("before the copy, %1").arg(from->displayName())))
            return context.fail(ExitProblem, tr("the source's audit log is not intact; nothing was copied"));
        std::unique_ptr<Workspace> to = open(context, m_to);
        if (!to)
            return ExitUsage;
        const auto copied = DatabaseCopyService::copy(*from, *to, [&](const QString& table, qint64 done, qint64 total) {
            context.err << tr("%1: %2 of %3 rows").arg(table).arg(done).arg(total) << Qt::endl;
        });
        if (!copied) {
            if (copied.error().code == Error::Code::Conflict && copied.error().field == u"target-not-empty")
                return context.fail(ExitProblem,
                                    tr("%1 is not empty (table %2 has rows); nothing was copied")
                                        .arg(m_to.displayName(), copied.error().detail));
            return context.fail(copied.error());
        }
        // Opened again: the copy now has the source's id, and with it the source's keys.
        to.reset();
        to = open(context, m_to);
        if (!to)
            return ExitUsage;
        // On the copy's own record, in its keyed chain, before the chain is verified again.
        if (auto recorded = DatabaseCopyService::recordCopy(*to, context.actor, m_from.displayName(), copied.value());
            !recorded) {
            context.fail(recorded.error());
            return context.fail(
                ExitProblem,
                tr("%1 was copied, but the copy could not be recorded in its audit log").arg(m_to.displayName()));
        }
        if (!verified(context, *to, tr("after the copy, %1").arg(to->displayName())))
            return context.fail(ExitProblem, tr("the copy's audit log is not intact"));
        context.out << tr("Copied %1 to %2.").arg(m_from.displayName(), m_to.displayName()) << Qt::endl;
        return ExitOk;
    }
};
} // namespace

int runDbCommand(CliContext& context, const QStringList& arguments)
{
    return DbCopy().execute(context, arguments);
}

} // namespace backoffice::cli
