// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditTableModel.h"
#include "core/common/DateTimeText.h"
#include "ui/audit/AuditText.h"

#include <QJsonDocument>
#include <QScopedValueRollback>

namespace backoffice::ui {

AuditTableModel::AuditTableModel(const AuditReader& log, QObject* parent)
    : FlatTableModel(ColumnCount, columnTitles(), parent), m_log(log)
{
}

QList<const char*> AuditTableModel::columnTitles()
{
    return {QT_TR_NOOP("Time"),   QT_TR_NOOP("Operator"), QT_TR_NOOP("Action"), QT_TR_NOOP("Client"),
            QT_TR_NOOP("Target"), QT_TR_NOOP("Change"),   QT_TR_NOOP("Reason")};
}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    m_filter.beforeId.reset(); // paging is the model's business
    reload();
}

void AuditTableModel::reload()
{
    // Views (and QAbstractItemModelTester) call fetchMore from their modelReset handlers, while
    // the reset is still being announced; rows inserted then would nest in the reset.
    m_resetting = true;
    beginResetModel();
    m_events.clear();
    m_exhausted = false;
    m_lastError.reset();
    endResetModel();
    m_resetting = false;
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || m_resetting || m_fetching)
        return;
    // A view may call fetchMore again from the rowsAboutToBeInserted it is about to get.
    const QScopedValueRollback fetching(m_fetching, true);
    AuditFilter page = m_filter;
    if (!m_events.isEmpty())
        page.beforeId = m_events.last().id;
    auto events = m_log.list(page, 0, m_batchSize);
    if (!events) {
        m_exhausted = true; // do not retry in a loop; reload() tries again
        m_lastError = events.error();
        emit loadFailed(events.error());
        return;
    }
    if (events.value().size() < m_batchSize)
        m_exhausted = true;
    if (events.value().isEmpty())
        return;
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(events.value().size()) - 1);
    m_events.append(events.value());
    endInsertRows();
}

int AuditTableModel::fetchNewer()
{
    if (m_resetting || m_fetching)
        return 0;
    if (m_events.isEmpty()) {
        // Nothing shown yet: whatever the log holds now comes in as the first batch.
        if (m_exhausted) {
            m_exhausted = false;
            fetchMore({});
        }
        return int(m_events.size());
    }
    const QScopedValueRollback fetching(m_fetching, true);
    const qint64 newestShown = m_events.first().id;
    AuditFilter page = m_filter;
    auto events = m_log.list(page, 0, m_batchSize);
    if (!events) {
        m_lastError = events.error();
        emit loadFailed(events.error());
        return 0;
    }
    QList<AuditEvent> newer;
    for (const AuditEvent& event : events.value()) {
        if (event.id <= newestShown)
            break;
        newer << event;
    }
    if (newer.isEmpty())
        return 0;
    if (newer.size() == events.value().size()) {
        // More new events than one batch: start again from the newest.
        m_fetching = false;
        reload();
        return m_batchSize;
    }
    beginInsertRows({}, 0, int(newer.size()) - 1);
    m_events = newer + m_events;
    endInsertRows();
    return int(newer.size());
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
        return {};
    const AuditEvent& event = m_events.at(index.row());
    if (role == IdRole)
        return event.id;
    if (role == ActionRole)
        return event.action;
    if (role == Qt::ToolTipRole) {
        // The identifier filters and the CLI use, and what the columns only summarise.
        QStringList lines {tr("Event #%1 · %2").arg(QString::number(event.id), event.action)};
        if (const QString change = AuditText::changeInFull(event); !change.isEmpty())
            lines << change;
        if (!event.details.isEmpty())
            lines << QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Indented)).trimmed();
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return preciseDateTimeText(event.at);
    case OperatorColumn:
        return event.operatorName;
    case ActionColumn:
        return AuditText::action(event.action);
    case ClientColumn:
        return event.clientId ? QVariant(*event.clientId) : QVariant();
    case TargetColumn:
        return event.target;
    case ChangeColumn:
        return AuditText::changeSummary(event);
    case ReasonColumn:
        return event.reason;
    default:
        return {};
    }
}

} // namespace backoffice::ui
