// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sms/SmsFailureTreeModel.h"
#include "core/common/DateTimeText.h"

#include "core/sms/ProviderFactory.h"
#include "ui/sms/SmsStatusText.h"

#include <QLocale>

namespace backoffice::ui {

namespace {
QStandardItem* cell(const QString& text)
{
    auto* created = new QStandardItem(text);
    created->setEditable(false);
    return created;
}
} // namespace

SmsFailureTreeModel::SmsFailureTreeModel(QObject* parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Cause / client"), tr("Clients"), tr("What to do"), tr("Provider"), tr("Status"),
                               tr("Error code"), tr("Last SMS at")});
}

namespace {
/// "Twilio", as the providers page names it, not the stored kind "twilio".
QString providerName(const QString& kind)
{
    const ProviderKindInfo* info = ProviderFactory::instance().find(kind);
    return info ? info->displayName : kind;
}
} // namespace

QString SmsFailureTreeModel::causeTitle(const SmsFailureGroup& group)
{
    const QString kind = group.providerKind.isEmpty() ? tr("Unknown provider") : providerName(group.providerKind);
    if (group.errorCode.isEmpty())
        return tr("%1, no error code: %2").arg(kind, group.explanation.meaning);
    return tr("%1 error %2: %3").arg(kind, group.errorCode, group.explanation.meaning);
}

void SmsFailureTreeModel::setSummary(const SmsFailureSummary& summary)
{
    removeRows(0, rowCount());
    for (const SmsFailureGroup& group : summary.groups) {
        QStandardItem* cause = cell(causeTitle(group));
        cause->setToolTip(tr("%1\nWhat to do: %2").arg(causeTitle(group), group.explanation.action));
        QStandardItem* count = cell(QLocale().toString(group.count()));
        count->setData(group.count(), Qt::UserRole + 2);
        QStandardItem* action = cell(group.explanation.action);
        action->setToolTip(group.explanation.action);
        QList<QStandardItem*> row {
            cause, count, action, cell(providerName(group.providerKind)), cell({}), cell(group.errorCode), cell({})};
        for (const SmsFailedClient& client : group.clients) {
            QStandardItem* name = cell(tr("%1 (#%2, %3)").arg(client.name).arg(client.clientId).arg(client.phone));
            name->setData(client.clientId, ClientIdRole);
            name->setToolTip(tr("Double-click to open the client"));
            cause->appendRow({name, cell({}), cell({}), cell(client.providerName),
                              cell(SmsStatusText::describe(client.status)), cell(client.errorCode),
                              cell(dateTimeText(client.at))});
        }
        appendRow(row);
    }
}

qint64 SmsFailureTreeModel::clientIdAt(const QModelIndex& index)
{
    if (!index.isValid())
        return 0;
    return index.siblingAtColumn(Cause).data(ClientIdRole).toLongLong();
}

} // namespace backoffice::ui
