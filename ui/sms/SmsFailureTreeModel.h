// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/SmsFailureReport.h"

#include <QStandardItemModel>

namespace backoffice::ui {

/// The SMS delivery page's tree: one top row per cause (provider, code, meaning and recommended
/// action, number of clients), its clients below. Rebuilt whole from each report.
class SmsFailureTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Cause,
        Count,
        Action,
        Provider,
        Status,
        ErrorCode,
        At,
        ColumnCount
    };
    /// On client rows: the client id (qint64); absent on cause rows.
    static constexpr int ClientIdRole = Qt::UserRole + 1;

    explicit SmsFailureTreeModel(QObject* parent = nullptr);

    void setSummary(const SmsFailureSummary& summary);
    /// The client id of a client row, 0 for a cause row.
    static qint64 clientIdAt(const QModelIndex& index);
    /// "Twilio 30007: The carrier filtered …" for a cause row.
    static QString causeTitle(const SmsFailureGroup& group);
};

} // namespace backoffice::ui
