// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/operators/Actor.h"
#include "core/sms/SmsFailureReportJob.h"
#include "core/storage/DatabaseLocation.h"

#include <QPointer>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTreeView;

namespace backoffice::ui {

class ProgressWithCancel;
class SmsFailureTreeModel;

/// System > SMS delivery: the clients whose last SMS failed since a date, grouped by cause
/// (provider and error code, in plain words with the recommended action), largest first, so an
/// operator sees at once that, say, one carrier is filtering messages. The report runs off the UI
/// thread with progress and Cancel. Double-clicking a client asks the window to open it.
class SmsDeliveryPage : public QWidget
{
    Q_OBJECT

public:
    /// The report reads through a connection of its own, opened from `location` on a worker thread.
    SmsDeliveryPage(DatabaseLocation location, Actor actor, const Clock& clock = SystemClock::instance(),
                    QWidget* parent = nullptr);
    ~SmsDeliveryPage() override;

    SmsFailureTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QDateEdit* sinceEdit() const { return m_since; }
    bool isComputing() const { return !m_job.isNull(); }

public slots:
    /// Computes the report again for the date shown (cancels one under way).
    void refresh();
    void cancel();

signals:
    void openClientRequested(qint64 clientId);
    /// After a report was shown, or the computation ended without one (cancelled, error).
    void reportFinished();

private:
    void onFinished(const Result<SmsFailureSummary>& report);

    DatabaseLocation m_location;
    Actor m_actor;
    SmsFailureTreeModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QDateEdit* m_since = nullptr;
    QPushButton* m_refresh = nullptr;
    ProgressWithCancel* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QPointer<SmsFailureReportJob> m_job;
};

} // namespace backoffice::ui
