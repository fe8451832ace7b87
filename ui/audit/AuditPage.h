// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditJobs.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditReader.h"
#include "core/storage/DatabaseLocation.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace backoffice::ui {

class AuditTableModel;

/// System > Audit log: the events newest first, filtered by client, operator, action and date
/// range; a banner with the hash chain's integrity (checked off the UI thread, on a connection of
/// its own opened from the database's location); export to CSV with progress and cancel. Every role
/// may read the log; core checks it.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    /// How long typing in a text filter pauses before it applies.
    static constexpr int FilterDelayMs = 250;
    /// How often a shown page looks for events appended since (by this or another program).
    static constexpr int LiveRefreshMs = 2000;

    /// Reads the table through `log` as `actor` (who needs Permission::ReadAudit); checks and exports
    /// through connections of their own, opened from `location` on worker threads.
    AuditPage(const AuditLog& log, DatabaseLocation location, const Actor& actor, QWidget* parent = nullptr);
    ~AuditPage() override;

    AuditTableModel* model() const { return m_model; }
    QString bannerText() const;
    bool isVerifying() const { return !m_verify.isNull(); }

    /// Shows only this client's events (from the client page's "Audit log" link).
    void setClientFilter(qint64 clientId);

public slots:
    /// Puts the events appended since on top, keeping the filters, selection and scroll position.
    /// Called when the page is shown and every LiveRefreshMs while it is; the hook for anything that
    /// knows of new events sooner.
    void showNewEvents();
    /// Re-reads the events and the action list, and checks the chain again.
    void refresh();
    void verifyIntegrity();
    /// Asks for a file (QFileDialog) and exports the filtered events to it.
    void exportCsv();
    /// Exports the filtered events to `path` in the background, with a progress dialog.
    void exportTo(const QString& path);
    void cancelExport();

signals:
    void verificationFinished(bool intact);
    void exportFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    /// A date bound of the filter: the date can be changed, and applies, only while its box is ticked.
    void setUpDateBound(QCheckBox* enabled, QDateEdit* date);
    AuditFilter currentFilter() const;
    void applyFilters();
    void reloadActions();
    void showVerification(const Result<AuditVerification>& verified);
    void showExported(const Result<qint64>& exported);

    AuditReader m_log;
    DatabaseLocation m_location;
    AuditTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_client;
    QLineEdit* m_operator;
    QComboBox* m_action;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QLabel* m_banner;
    QPushButton* m_verifyButton;
    QPushButton* m_exportButton;
    QTimer* m_filterTimer;
    QTimer* m_liveTimer;
    QProgressDialog* m_progress = nullptr;
    QPointer<AuditVerificationJob> m_verify;
    QPointer<AuditExportJob> m_export;
    QString m_exportPath;
};

} // namespace backoffice::ui
