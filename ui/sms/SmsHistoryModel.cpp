// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sms/SmsHistoryModel.h"
#include "core/common/DateTimeText.h"

#include "core/sms/DeliveryErrorCodes.h"
#include "ui/sms/SmsStatusText.h"

#include <QLocale>

namespace backoffice::ui {

SmsHistoryModel::SmsHistoryModel(QObject* parent) : FlatTableModel(ColumnCount, columnTitles(), parent) { }

QList<const char*> SmsHistoryModel::columnTitles()
{
    return {QT_TR_NOOP("Sent at"),    QT_TR_NOOP("Provider"), QT_TR_NOOP("Status"),
            QT_TR_NOOP("Error code"), QT_TR_NOOP("Meaning"),  QT_TR_NOOP("Updated at")};
}

void SmsHistoryModel::setMessages(QList<SmsMessageRecord> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

QVariant SmsHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
        return {};
    const SmsMessageRecord& message = m_messages.at(index.row());
    if (role == MessageIdRole)
        return message.id;
    if (role == StatusRole)
        return smsStatusToString(message.status);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SentAt:
            return dateTimeText(message.createdAt);
        case Provider:
            return message.providerName;
        case Status:
            return SmsStatusText::describe(message.status);
        case ErrorCode:
            return message.errorCode;
        case Meaning: {
            if (message.errorCode.isEmpty())
                return QString();
            const DeliveryErrorExplanation explanation
                = DeliveryErrorCodes::explain(message.providerKind, message.errorCode);
            if (role == Qt::ToolTipRole)
                return tr("%1\nWhat to do: %2").arg(explanation.meaning, explanation.action);
            return explanation.meaning;
        }
        case UpdatedAt:
            return dateTimeText(message.updatedAt);
        default:
            return {};
        }
    }
    return {};
}

} // namespace backoffice::ui
