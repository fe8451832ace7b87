// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/MessageLog.h"

#include "ui/common/FlatTableModel.h"

namespace backoffice::ui {

/// The SMS tab's table: one row per message sent to a client, newest first, with the error code
/// in plain words. A client gets a handful of messages, so the list is loaded whole.
class SmsHistoryModel : public FlatTableModel
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

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    /// The header's titles, in Column order.
    static QList<const char*> columnTitles();
    int loadedRowCount() const override { return int(m_messages.size()); }

    QList<SmsMessageRecord> m_messages;
};

} // namespace backoffice::ui
