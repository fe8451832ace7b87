// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sms/SmsDeliveryPage.h"
#include "ui/common/ErrorText.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/ProgressWithCancel.h"
#include "ui/common/RecordViews.h"

#include "core/sms/CheckResultText.h"
#include "ui/sms/SmsFailureTreeModel.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

SmsDeliveryPage::SmsDeliveryPage(DatabaseLocation location, Actor actor, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_location(std::move(location)), m_actor(std::move(actor))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>SMS delivery</h2>"), this));
    auto* intro = new QLabel(tr("Clients whose last SMS failed, grouped by cause."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* filters = new QHBoxLayout;
    auto* sinceLabel = new QLabel(tr("&Since:"), this);
    m_since = new QDateEdit(this);
    m_since->setObjectName(u"sinceDate"_s);
    m_since->setCalendarPopup(true);
    m_since->setDate(clock.nowUtc().toLocalTime().date().addDays(-30));
    m_since->setAccessibleName(tr("Since date"));
    sinceLabel->setBuddy(m_since);
    filters->addWidget(sinceLabel);
    filters->addWidget(m_since);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"refreshReport"_s);
    m_refresh->setAccessibleName(tr("Refresh"));
    connect(m_refresh, &QPushButton::clicked, this, &SmsDeliveryPage::refresh);
    filters->addWidget(m_refresh);
    m_progress
        = new ProgressWithCancel(tr("Report progress"), tr("Cancel"), tr("Cancel report"), u"cancelReport"_s, this);
    connect(m_progress, &ProgressWithCancel::cancelClicked, this, &SmsDeliveryPage::cancel);
    filters->addWidget(m_progress);
    filters->addStretch();
    layout->addLayout(filters);

    m_summary = newMessageLabel(u"reportSummary"_s, tr("Summary"), this);
    layout->addWidget(m_summary);

    m_model = new SmsFailureTreeModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"failureTree"_s);
    showRecords(m_view, m_model);
    // Every column but the cause is as wide as what it shows (a tree view does not wrap a sentence into a
    // taller row), so nothing is cut to "Escalate to t…"; its tooltip holds the advice too. The cause column stays as
    // wide as the operator makes it.
    m_view->setUniformRowHeights(true);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SmsFailureTreeModel::Cause, QHeaderView::Interactive);
    header->resizeSection(SmsFailureTreeModel::Cause, fontMetrics().averageCharWidth() * 60);
    // The short facts first, the advice sentence last: if anything scrolls sideways, it is the end of the advice.
    header->moveSection(header->visualIndex(SmsFailureTreeModel::Action), SmsFailureTreeModel::ColumnCount - 1);
    m_view->setAccessibleName(tr("Clients whose last SMS failed, by cause"));
    // activated covers double-click and Enter; only client rows open something.
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 clientId = SmsFailureTreeModel::clientIdAt(index); clientId > 0)
            emit openClientRequested(clientId);
    });
    layout->addWidget(m_view, 1);
}

SmsDeliveryPage::~SmsDeliveryPage()
{
    delete m_job; // cancels and waits for the worker
}

void SmsDeliveryPage::refresh()
{
    delete m_job; // a report under way is for the date shown before: it is dropped, not shown
    const QDateTime since = m_since->date().startOfDay().toUTC();
    m_job = startSmsFailureReport(m_location, m_actor, since, this);
    connect(m_job, &Job::progress, m_progress,
            [this](qint64 done, qint64 total) { m_progress->setValue(total > 0 ? int(done * 100 / total) : 100); });
    m_job->then(this, [this](const Result<SmsFailureSummary>& report) { onFinished(report); });
    m_progress->start(100); // percent
    m_summary->setText(tr("Looking for failed SMS…"));
}

void SmsDeliveryPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SmsDeliveryPage::onFinished(const Result<SmsFailureSummary>& report)
{
    m_job = nullptr;
    m_progress->finish();
    if (!report) {
        m_summary->setText(report.error().code == Error::Code::Cancelled
                               ? tr("Cancelled; the list shown is the previous one.")
                               : ErrorText::describe(report.error()));
        emit reportFinished();
        return;
    }
    const SmsFailureSummary& summary = report.value();
    m_model->setSummary(summary);
    if (summary.groups.isEmpty())
        m_summary->setText(
            tr("No client's last SMS failed since %1.").arg(QLocale().toString(m_since->date(), QLocale::ShortFormat)));
    else
        m_summary->setText(tr("%n client(s) whose last SMS failed", nullptr, summary.clientCount()) + u", "_s
                           + tr("%n cause(s)", nullptr, int(summary.groups.size())) + u'.');
    m_view->expandAll();
    emit reportFinished();
}

} // namespace backoffice::ui
