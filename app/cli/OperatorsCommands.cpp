// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli operators add|list|disable|enable|set-role|reset-password: operator accounts, for
// administrators. Passwords come from standard input (one line each), never from arguments. The
// actions share one parser, so the group parses first and then picks the class.
#include "app/cli/Command.h"
#include "app/cli/Commands.h"

#include "core/audit/AuditLog.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
QJsonObject toJson(const Operator& op, const QDateTime& now)
{
    return {{u"user_name"_s, op.userName},
            {u"display_name"_s, op.displayName},
            {u"role"_s, roleToString(op.role)},
            {u"disabled"_s, op.disabled},
            {u"locked_until"_s,
             op.isLockedAt(now) ? QJsonValue(op.lockedUntil.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {u"created_at"_s, op.createdAt.toString(Qt::ISODate)}};
}

/// What the actions share: the parser, the service, and the words for the service's refusals.
class OperatorsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OperatorsCommand)

protected:
    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Operator accounts (administrators only). Passwords are read from standard input, one line each,\n"
               "after the signed-in operator's own password when that also comes from standard input.\n\n"
               "  operators add NAME [--role viewer|support|admin] [--display-name TEXT]\n"
               "      On a database with no operators this creates the first administrator (--role admin).\n"
               "  operators list\n"
               "  operators disable NAME | operators enable NAME\n"
               "  operators set-role NAME viewer|support|admin\n"
               "  operators reset-password NAME   (also clears a lockout)"));
        parser.addPositionalArgument(u"action"_s, tr("add, list, disable, enable, set-role or reset-password"));
        parser.addOption(m_roleOption);
        parser.addOption(m_displayNameOption);
    }

protected:
    /// How many positional words the action takes, its own name included.
    virtual int wordCount() const { return 2; }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        m_words = parser.positionalArguments();
        if (m_words.size() != wordCount())
            return context.fail(
                ExitUsage,
                tr("operators %1 takes %2 (see operators --help)")
                    .arg(m_words.first(), wordCount() == 2 ? tr("one user name") : tr("a user name and a role")));
        return readMore(context, parser);
    }
    virtual int readMore(CliContext&, const QCommandLineParser&) { return ExitOk; }

    Access access() const override { return Access::Write; }

    int run(CliContext& context) override
    {
        const AuditLog audit(*context.database(), context.clock());
        const PasswordHasher hasher;
        return runWith(context, OperatorService(*context.database(), audit, hasher, context.clock()));
    }
    virtual int runWith(CliContext& context, const OperatorService& operators) = 0;

    QString userName() const { return m_words.value(1); }

    static int failed(CliContext& context, const Error& error)
    {
        // The service's detail names the operator concerned in a whole phrase (untranslated).
        if (error.code == Error::Code::Conflict && error.field == u"last-admin")
            return context.fail(ExitUsage,
                                tr("refused: %1 (nobody could manage operators any more)").arg(error.detail));
        if (error.code == Error::Code::Conflict)
            return context.fail(ExitUsage, error.detail);
        return context.fail(error);
    }
    static int failedPassword(CliContext& context, const Error& error)
    {
        if (error.code == Error::Code::InvalidInput && error.field == u"password")
            return context.fail(
                ExitUsage,
                tr("invalid password (standard input): at least %1 characters").arg(PasswordHasher::minimumLength));
        return failed(context, error);
    }

    void print(CliContext& context, const QString& done, const Operator& op) const
    {
        if (context.json) {
            context.printJson(QJsonDocument(toJson(op, context.clock().nowUtc())));
            return;
        }
        context.out << done << ' '
                    << (op.disabled ? tr("%1 (%2, disabled)") : tr("%1 (%2)")).arg(op.userName, roleToString(op.role))
                    << Qt::endl;
    }

    QString readNewPassword(CliContext& context) const
    {
        return context.readSecretLine(
            tr("New password for %1 (at least %2 characters): ").arg(userName()).arg(PasswordHasher::minimumLength));
    }

    QCommandLineOption m_roleOption {u"role"_s, tr("Role of the new operator (default viewer)."), u"ROLE"_s};
    QCommandLineOption m_displayNameOption {u"display-name"_s, tr("Display name of the new operator."), u"TEXT"_s};

private:
    QStringList m_words;
};

class OperatorsList final : public OperatorsCommand
{
    int read(CliContext&, const QCommandLineParser&) override { return ExitOk; }
    Access access() const override { return Access::Read; }

    int runWith(CliContext& context, const OperatorService& operators) override
    {
        auto listed = operators.list(context.actor);
        if (!listed)
            return failed(context, listed.error());
        const QDateTime now = context.clock().nowUtc();
        if (context.json) {
            QJsonArray array;
            for (const Operator& op : listed.value())
                array.append(toJson(op, now));
            context.printJson(QJsonDocument(array));
            return ExitOk;
        }
        for (const Operator& op : listed.value()) {
            QString state = op.disabled ? tr("disabled") : tr("enabled");
            if (op.isLockedAt(now))
                state = tr("%1, locked until %2").arg(state, op.lockedUntil.toLocalTime().toString(u"HH:mm"_s));
            context.out << op.userName.leftJustified(20) << ' ' << roleToString(op.role).leftJustified(8) << ' '
                        << state.leftJustified(24) << ' ' << op.displayName << '\n';
        }
        context.out.flush();
        return ExitOk;
    }
};

class OperatorsAdd final : public OperatorsCommand
{
    std::optional<QString> m_roleText;
    QString m_displayName;

    int readMore(CliContext&, const QCommandLineParser& parser) override
    {
        if (parser.isSet(m_roleOption))
            m_roleText = parser.value(m_roleOption);
        m_displayName = parser.value(m_displayNameOption);
        return ExitOk;
    }

    int runWith(CliContext& context, const OperatorService& operators) override
    {
        auto existing = operators.hasOperators();
        if (!existing)
            return context.fail(existing.error());
        const bool first = !existing.value();
        const QString roleText = m_roleText.value_or(first ? u"admin"_s : u"viewer"_s);
        const auto role = roleFromString(roleText);
        if (!role)
            return context.fail(ExitUsage, tr("invalid --role %1: use viewer, support or admin").arg(roleText));
        NewOperator request {userName(), m_displayName, *role, {}};
        request.password = readNewPassword(context);
        auto created = first ? operators.createFirstAdministrator(request) : operators.add(context.actor, request);
        if (!created) {
            const Error& error = created.error();
            if (error.code == Error::Code::InvalidInput && error.field == u"role")
                return context.fail(ExitUsage,
                                    tr("invalid --role %1: the first operator must be an admin").arg(roleText));
            if (error.code == Error::Code::InvalidInput && error.field == u"user-name")
                return context.fail(ExitUsage, tr("invalid user name %1: %2").arg(request.userName, error.detail));
            return failedPassword(context, error);
        }
        print(context, first ? tr("Created the first administrator") : tr("Created operator"), created.value());
        return ExitOk;
    }
};

class OperatorsSetDisabled final : public OperatorsCommand
{
public:
    explicit OperatorsSetDisabled(bool disabled) : m_disabled(disabled) { }

private:
    int runWith(CliContext& context, const OperatorService& operators) override
    {
        auto changed = operators.setDisabled(context.actor, userName(), m_disabled);
        if (!changed)
            return failed(context, changed.error());
        print(context, m_disabled ? tr("Disabled") : tr("Enabled"), changed.value());
        return ExitOk;
    }

    bool m_disabled;
};

class OperatorsSetRole final : public OperatorsCommand
{
    Role m_role = Role::Viewer;

    int wordCount() const override { return 3; }

    int readMore(CliContext& context, const QCommandLineParser& parser) override
    {
        const QString text = parser.positionalArguments().at(2);
        const auto role = roleFromString(text);
        if (!role)
            return context.fail(ExitUsage, tr("invalid role %1: use viewer, support or admin").arg(text));
        m_role = *role;
        return ExitOk;
    }

    int runWith(CliContext& context, const OperatorService& operators) override
    {
        auto changed = operators.setRole(context.actor, userName(), m_role);
        if (!changed)
            return failed(context, changed.error());
        print(context, tr("Role set:"), changed.value());
        return ExitOk;
    }
};

class OperatorsResetPassword final : public OperatorsCommand
{
    int runWith(CliContext& context, const OperatorService& operators) override
    {
        // The service refuses (and records) a caller who may not set passwords before one is asked for.
        if (!context.actor.can(Permission::ManageOperators))
            return failed(context, operators.resetPassword(context.actor, userName(), {}).error());
        auto changed = operators.resetPassword(context.actor, userName(), readNewPassword(context));
        if (!changed)
            return failedPassword(context, changed.error());
        print(context, tr("Password reset for"), changed.value());
        return ExitOk;
    }
};

const std::array actions {
    Action {"list", &make<OperatorsList>},
    Action {"add", &make<OperatorsAdd>},
    Action {"disable",
            []() -> std::unique_ptr<Command> {
                return std::make_unique<OperatorsSetDisabled>(true);
            }},
    Action {"enable",
            []() -> std::unique_ptr<Command> {
                return std::make_unique<OperatorsSetDisabled>(false);
            }},
    Action {"set-role", &make<OperatorsSetRole>},
    Action {"reset-password", &make<OperatorsResetPassword>},
};
} // namespace

int runOperatorsCommand(CliContext& context, const QStringList& arguments)
{
    return Command::executeShared(
        context, arguments, OperatorsList(),
        [](CliContext& context, const QStringList& positional) -> std::unique_ptr<Command> {
            if (positional.isEmpty()) {
                context.fail(ExitUsage,
                             OperatorsCommand::tr("operators needs an action: add, list, disable, enable, "
                                                  "set-role, reset-password"));
                return nullptr;
            }
            auto command = findAction(actions, positional.first());
            if (!command)
                context.fail(ExitUsage,
                             OperatorsCommand::tr("unknown operators action '%1' (see operators --help)")
                                 .arg(positional.first()));
            return command;
        });
}

} // namespace backoffice::cli
