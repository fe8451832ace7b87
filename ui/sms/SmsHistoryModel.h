// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/MessageLog.h"

#include <QAbstractTableModel>

namespace backoffice::ui {

/// The SMS tab's table: one row per message sent to a client, newest first, with the error code
/// in plain words. A client gets a handful of messages, so the list is loaded whole.
class SmsHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SentAt,
        Provider,
        Status,
        ErrorCode,
        Meaning,
        UpdatedAt,
        ColumnCount
    };
    static constexpr int MessageIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2; ///< smsStatusToString, untranslated

    explicit SmsHistoryModel(QObject* parent = nullptr);

    void setMessages(QList<SmsMessageRecord> messages);
    const QList<SmsMessageRecord>& messages() const { return m_messages; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SmsMessageRecord> m_messages;
};

} // namespace backoffice::ui
