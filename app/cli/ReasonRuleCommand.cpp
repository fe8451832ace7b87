// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli clients reason-rule`: what a disable's reason must be, for the whole team.
#include "app/cli/ClientOutput.h"
#include "app/cli/VerificationCommands.h"

#include "core/twofactor/DisableReasonRule.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {

class ReasonRule final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReasonRule)

    std::optional<int> m_minimumLength;
    std::optional<QString> m_ticketPattern;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Show or set what the reason of a disable must be: a ticket reference matching the pattern, or a text "
               "of at least the minimum length. Administrators set it; it holds for every desk on this database."));
        parser.addOption(
            {u"min-length"_s, tr("the fewest characters a reason that is no ticket reference has"), u"N"_s});
        parser.addOption({u"ticket-pattern"_s,
                          tr("a regular expression a ticket reference matches as a whole; empty: none"), u"regex"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (parser.isSet(u"min-length"_s)) {
            bool numeric = false;
            m_minimumLength = parser.value(u"min-length"_s).toInt(&numeric);
            if (!numeric)
                return context.fail(ExitUsage, tr("--min-length takes a number"));
        }
        if (parser.isSet(u"ticket-pattern"_s))
            m_ticketPattern = parser.value(u"ticket-pattern"_s);
        return ExitOk;
    }

    Access access() const override { return m_minimumLength || m_ticketPattern ? Access::Write : Access::Read; }

    int run(CliContext& context) override
    {
        DisableReasonRule rule = DisableReasonRule::load(*context.database());
        if (m_minimumLength || m_ticketPattern) {
            if (m_minimumLength)
                rule.minimumLength = *m_minimumLength;
            if (m_ticketPattern)
                rule.ticketPattern = *m_ticketPattern;
            if (const Status saved
                = DisableReasonRule::save(*context.database(), context.workspace()->audit(), context.actor, rule);
                !saved)
                return context.fail(saved.error());
        }
        if (context.json) {
            ClientOutput::printSafeJson(context,
                                        QJsonDocument(QJsonObject {{u"min_length"_s, rule.minimumLength},
                                                                   {u"ticket_pattern"_s, rule.ticketPattern}}));
            return ExitOk;
        }
        context.out << tr("A reason is a ticket reference matching %1 or at least %n character(s).", nullptr,
                          rule.minimumLength)
                           .arg(rule.ticketPattern.isEmpty() ? tr("(no pattern)")
                                                             : ClientOutput::safe(rule.ticketPattern))
                    << '\n';
        context.out.flush();
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeReasonRuleCommand()
{
    return std::make_unique<ReasonRule>();
}

} // namespace backoffice::cli
