// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/ChangeFeed.h"

#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"
#include "core/storage/CommitWatcher.h"
#include "core/storage/Database.h"
#include "core/verification/VerificationAudit.h"

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {

/// The actions after which a client's stored row differs (a refused approval is among the approvals
/// and changes nothing; reading the row again then finds it unchanged).
bool changesClientRow(const QString& action)
{
    return action == QLatin1String(AuditAction::TwoFactorDisabled)
        || action == QLatin1String(AuditAction::DisableApproved)
        || action == QLatin1String(AuditAction::ClientsImported)
        || action == QLatin1String(AuditAction::DemoDataCreated);
}

bool isDisableRequestAction(const QString& action)
{
    return action == QLatin1String(AuditAction::DisableRequested)
        || action == QLatin1String(AuditAction::DisableApproved)
        || action == QLatin1String(AuditAction::DisableRejected);
}

std::optional<RecordChange> lastMatching(const QList<RecordChange>& changes,
                                         const std::function<bool(const RecordChange&)>& matches)
{
    const auto found = std::find_if(changes.crbegin(), changes.crend(), matches);
    if (found == changes.crend())
        return std::nullopt;
    return *found;
}

} // namespace

bool ChangeSet::changesClients() const
{
    return incomplete || std::any_of(changes.cbegin(), changes.cend(), [](const RecordChange& c) {
               return changesClientRow(c.action);
           });
}

bool ChangeSet::addsClients() const
{
    return incomplete || std::any_of(changes.cbegin(), changes.cend(), [](const RecordChange& c) {
               return c.action == QLatin1String(AuditAction::ClientsImported)
                   || c.action == QLatin1String(AuditAction::DemoDataCreated);
           });
}

QSet<qint64> ChangeSet::changedClients() const
{
    QSet<qint64> ids;
    for (const RecordChange& change : changes)
        if (change.clientId && changesClientRow(change.action))
            ids.insert(*change.clientId);
    return ids;
}

std::optional<RecordChange> ChangeSet::lastChangeOfClient(qint64 clientId) const
{
    return lastMatching(
        changes, [clientId](const RecordChange& c) { return c.clientId == clientId && changesClientRow(c.action); });
}

bool ChangeSet::changesDisableRequests() const
{
    return incomplete || std::any_of(changes.cbegin(), changes.cend(), [](const RecordChange& c) {
               return isDisableRequestAction(c.action);
           });
}

bool ChangeSet::changesProviders() const
{
    return incomplete || std::any_of(changes.cbegin(), changes.cend(), [](const RecordChange& c) {
               return c.action.startsWith(u"sms.provider."_s);
           });
}

bool ChangeSet::changesOperators() const
{
    return incomplete || std::any_of(changes.cbegin(), changes.cend(), [](const RecordChange& c) {
               return c.action.startsWith(u"operator."_s);
           });
}

std::optional<RecordChange> ChangeSet::lastOfActions(std::initializer_list<const char*> actions) const
{
    return lastMatching(changes, [actions](const RecordChange& c) {
        return std::any_of(actions.begin(), actions.end(),
                           [&c](const char* action) { return c.action == QLatin1String(action); });
    });
}

std::optional<RecordChange> ChangeSet::lastChangeOfTarget(const QString& target) const
{
    return lastMatching(changes, [&target](const RecordChange& c) { return c.target == target; });
}

ChangeFeed::ChangeFeed(const Database& database, const AuditLog& audit, QObject* parent)
    : QObject(parent), m_audit(audit), m_watcher(database.dialect().watchCommits(database))
{
    if (auto newest = m_audit.list({}, 0, 1); newest && !newest.value().isEmpty())
        m_lastSeen = newest.value().first().id;
    connect(m_watcher.get(), &CommitWatcher::committed, this, &ChangeFeed::poll);
}

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::poll()
{
    AuditFilter since;
    since.afterId = m_lastSeen;
    auto events = m_audit.list(since, 0, BatchLimit + 1); // newest first
    if (!events) {
        qCWarning(lcStorage) << "cannot read what other desks changed:" << events.error().toString();
        return;
    }
    if (events.value().isEmpty())
        return;
    ChangeSet set;
    set.incomplete = events.value().size() > BatchLimit;
    m_lastSeen = events.value().first().id;
    for (auto event = events.value().crbegin(); event != events.value().crend(); ++event)
        set.changes.append({event->id, event->at, event->operatorName, event->action, event->clientId, event->target});
    emit changed(set);
}

} // namespace backoffice
