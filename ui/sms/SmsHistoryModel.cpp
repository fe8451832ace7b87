// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sms/SmsHistoryModel.h"
#include "core/common/DateTimeText.h"

#include "core/sms/DeliveryErrorCodes.h"
#include "ui/sms/SmsStatusText.h"

#include <QLocale>

namespace backoffice::ui {

SmsHistoryModel::SmsHistoryModel(QObject* parent) : QAbstractTableModel(parent) { }

void SmsHistoryModel::setMessages(QList<SmsMessageRecord> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

int SmsHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int SmsHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SmsHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
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

QVariant SmsHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SentAt:
        return tr("Sent at");
    case Provider:
        return tr("Provider");
    case Status:
        return tr("Status");
    case ErrorCode:
        return tr("Error code");
    case Meaning:
        return tr("Meaning");
    case UpdatedAt:
        return tr("Updated at");
    default:
        return {};
    }
}

} // namespace backoffice::ui
