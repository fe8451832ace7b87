// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Command.h"

namespace backoffice::cli {

int Command::execute(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    define(parser);
    if (!context.parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    return executeParsed(context, parser);
}

int Command::executeShared(CliContext& context, const QStringList& arguments, const Command& prototype,
                           const Picker& pick)
{
    QCommandLineParser parser;
    prototype.define(parser);
    if (!context.parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const std::unique_ptr<Command> command = pick(context, parser.positionalArguments());
    return command ? command->executeParsed(context, parser) : ExitUsage;
}

int Command::executeParsed(CliContext& context, const QCommandLineParser& parser)
{
    if (const int status = read(context, parser); status != ExitOk)
        return status;
    if (access() != Access::None && !context.open(access()))
        return ExitUsage;
    return run(context);
}

std::unique_ptr<Command> findAction(std::span<const Action> actions, const QString& name)
{
    for (const Action& action : actions) {
        if (name == QLatin1String(action.name))
            return action.make();
    }
    return nullptr;
}

int runActionGroup(CliContext& context, const QStringList& arguments, std::span<const Action> actions,
                   const std::function<int(const QString& word)>& otherwise)
{
    const QString word = arguments.value(1);
    if (auto command = findAction(actions, word))
        return command->execute(context, QStringList {arguments.value(0) + u' ' + word} + arguments.mid(2));
    return otherwise(word);
}

bool isHelpWord(const QString& word)
{
    return word == u"--help" || word == u"-h";
}

int showUsage(CliContext& context, const QString& usage, bool asked)
{
    QTextStream& stream = asked ? context.out : context.err;
    stream << usage;
    stream.flush();
    return asked ? ExitOk : ExitUsage;
}

int usageOrUnknown(CliContext& context, const QString& word, const QString& usage, const QString& unknown)
{
    if (word.isEmpty() || isHelpWord(word))
        return showUsage(context, usage, !word.isEmpty());
    return context.fail(ExitUsage, unknown);
}

std::optional<qint64> positiveId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace backoffice::cli
