// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/twofactor/DisableReasonRule.h"

#include "core/audit/AuditLog.h"
#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString minimumLengthKey = u"disable_reason_min_length"_s;
const QString ticketPatternKey = u"disable_reason_ticket_pattern"_s;
constexpr int largestMinimumLength = 200;

QString describe(const DisableReasonRule& rule)
{
    return u"min-length=%1 ticket-pattern=%2"_s.arg(rule.minimumLength).arg(rule.ticketPattern);
}
} // namespace

std::optional<Error> DisableReasonRule::problemWith(const QString& reason) const
{
    const QString text = reason.trimmed();
    if (text.size() > maximumLength)
        return Error::invalid(u"reason"_s, u"too-long:%1"_s.arg(maximumLength));
    if (!ticketPattern.isEmpty()) {
        const QRegularExpression ticket(QRegularExpression::anchoredPattern(ticketPattern));
        if (ticket.isValid() && ticket.match(text).hasMatch())
            return std::nullopt;
    }
    if (text.size() < minimumLength)
        return Error::invalid(u"reason"_s, u"min-length:%1"_s.arg(minimumLength));
    return std::nullopt;
}

DisableReasonRule DisableReasonRule::load(const Database& database)
{
    DisableReasonRule rule;
    const DatabaseInfo info(database);
    if (auto stored = info.value(minimumLengthKey)) {
        bool numeric = false;
        const int length = stored.value().toInt(&numeric);
        if (numeric && length >= 1 && length <= largestMinimumLength)
            rule.minimumLength = length;
    }
    if (auto stored = info.value(ticketPatternKey)) {
        // A pattern that no longer compiles is ignored rather than letting every reason through.
        if (stored.value().isEmpty() || QRegularExpression(stored.value()).isValid())
            rule.ticketPattern = stored.value();
    }
    return rule;
}

Status DisableReasonRule::save(const Database& database, const AuditLog& audit, const Actor& actor,
                               const DisableReasonRule& rule)
{
    if (const Status allowed = Authorizer(audit).require(actor, Permission::ManageOperators); !allowed)
        return allowed.error();
    if (rule.minimumLength < 1 || rule.minimumLength > largestMinimumLength)
        return Error::invalid(u"min-length"_s, u"between 1 and %1"_s.arg(largestMinimumLength));
    if (!rule.ticketPattern.isEmpty() && !QRegularExpression(rule.ticketPattern).isValid())
        return Error::invalid(u"ticket-pattern"_s, QRegularExpression(rule.ticketPattern).errorString());
    const DisableReasonRule before = load(database);
    return database.writeTransaction([&]() -> Status {
        const DatabaseInfo info(database);
        if (const Status written = info.setInTransaction(minimumLengthKey, QString::number(rule.minimumLength));
            !written)
            return written;
        if (const Status written = info.setInTransaction(ticketPatternKey, rule.ticketPattern); !written)
            return written;
        AuditEvent event;
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::DisableReasonRuleChanged);
        event.before = describe(before);
        event.after = describe(rule);
        auto logged = audit.appendInTransaction(event);
        return logged ? Status(Ok {}) : Status(logged.error());
    });
}

} // namespace backoffice
