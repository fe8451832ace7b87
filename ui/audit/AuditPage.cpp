// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditPage.h"
#include "ui/common/AccessibleControls.h"
#include "ui/common/ErrorText.h"
#include "ui/common/JobProgressDialog.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/RecordViews.h"
#include "ui/common/RememberedLayout.h"

#include "core/audit/AuditVerificationText.h"
#include "core/common/DateTimeText.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/audit/AuditText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace backoffice::ui {

AuditPage::AuditPage(const AuditLog& log, DatabaseLocation location, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_log(log, actor)
    , m_location(std::move(location))
    , m_model(new AuditTableModel(m_log, this))
    , m_table(new QTableView(this))
    , m_client(new QLineEdit(this))
    , m_operator(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_toEnabled(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_banner(newMessageLabel(QStringLiteral("integrityBanner"), tr("Audit log integrity"), this))
    , m_verifyButton(new QPushButton(tr("Check &integrity"), this))
    , m_exportButton(new QPushButton(tr("&Export CSV…"), this))
    , m_filterTimer(new QTimer(this))
    , m_liveTimer(new QTimer(this))
{
    setAccessibleName(tr("Audit log"));
    m_client->setObjectName(QStringLiteral("clientFilter"));
    m_client->setAccessibleName(tr("Client ID filter"));
    m_client->setPlaceholderText(tr("Client ID"));
    m_client->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_client));
    enableNamedClearButton(m_client, tr("Clear the client ID filter"));
    m_operator->setObjectName(QStringLiteral("operatorFilter"));
    m_operator->setAccessibleName(tr("Operator filter"));
    m_operator->setPlaceholderText(tr("Operator"));
    enableNamedClearButton(m_operator, tr("Clear the operator filter"));
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setAccessibleName(tr("Action filter"));
    m_fromEnabled->setObjectName(QStringLiteral("fromEnabled"));
    m_fromEnabled->setAccessibleName(tr("Filter from a date"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("From date"));
    m_toEnabled->setObjectName(QStringLiteral("toEnabled"));
    m_toEnabled->setAccessibleName(tr("Filter up to a date"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("To date"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setAccessibleName(tr("Check the audit log's integrity"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export the shown events to CSV"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit events"));
    showRecords(m_table, m_model);
    nameDropDownList(m_action, tr("Actions"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(
        AuditTableModel::TimeColumn,
        metrics.horizontalAdvance(preciseDateTimeText(QDateTime::currentDateTimeUtc()) + QStringLiteral("MM")));
    m_table->setColumnWidth(
        AuditTableModel::ActionColumn,
        metrics.horizontalAdvance(AuditText::action(QString::fromLatin1(AuditAction::TwoFactorDisabled))
                                  + QStringLiteral("MM")));

    m_table->setColumnWidth(AuditTableModel::ClientColumn, metrics.horizontalAdvance(QStringLiteral("0000000000MM")));
    // The summary of a change is worth more room than a reason, which the last column stretches for.
    m_table->setColumnWidth(AuditTableModel::ChangeColumn, metrics.averageCharWidth() * 48);
    rememberHeaderState(m_table->horizontalHeader(), QStringLiteral("audit/table"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_client);
    filters->addWidget(m_operator);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_verifyButton);
    bannerRow->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bannerRow);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    // The text filters apply as they are typed, once typing pauses (as the client search does).
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &AuditPage::applyFilters);
    connect(m_client, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_operator, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_client, &QLineEdit::editingFinished, this, &AuditPage::applyFilters);
    connect(m_operator, &QLineEdit::editingFinished, this, &AuditPage::applyFilters);
    // New events appear while the page is shown; hidden, it catches up when shown again.
    m_liveTimer->setInterval(LiveRefreshMs);
    connect(m_liveTimer, &QTimer::timeout, this, &AuditPage::showNewEvents);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    setUpDateBound(m_fromEnabled, m_from);
    setUpDateBound(m_toEnabled, m_to);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verifyIntegrity);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(m_model, &AuditTableModel::loadFailed, this, [this](const Error& error) {
        m_banner->setText(tr("The audit log could not be read: %1").arg(ErrorText::describe(error)));
    });
    reloadActions();
    applyFilters();
    verifyIntegrity();
}

AuditPage::~AuditPage()
{
    // A filter with focus finishes editing as the window closes in ~QWidget, after this part is gone.
    m_client->disconnect(this);
    m_operator->disconnect(this);
    // Cancel and wait: no worker outlives the page.
    delete m_verify;
    delete m_export;
}

void AuditPage::setUpDateBound(QCheckBox* enabled, QDateEdit* date)
{
    date->setCalendarPopup(true);
    date->setEnabled(false);
    connect(enabled, &QCheckBox::toggled, date, &QDateEdit::setEnabled);
    connect(enabled, &QCheckBox::toggled, this, &AuditPage::applyFilters);
    connect(date, &QDateEdit::dateChanged, this, &AuditPage::applyFilters);
}

QString AuditPage::bannerText() const
{
    return m_banner->text();
}

void AuditPage::setClientFilter(qint64 clientId)
{
    m_client->setText(QString::number(clientId));
    applyFilters();
}

void AuditPage::showNewEvents()
{
    const qint64 before = m_model->rowCount() > 0 ? m_model->eventAt(0).id : 0;
    m_model->fetchNewer();
    const qint64 after = m_model->rowCount() > 0 ? m_model->eventAt(0).id : 0;
    if (after != before)
        reloadActions(); // a new event may bring an action not offered yet
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        showNewEvents();
        m_liveTimer->start();
    }
}

void AuditPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous())
        m_liveTimer->stop();
}

void AuditPage::refresh()
{
    reloadActions();
    m_model->reload();
    verifyIntegrity();
}

AuditFilter AuditPage::currentFilter() const
{
    AuditFilter filter;
    bool numeric = false;
    const qint64 clientId = m_client->text().toLongLong(&numeric);
    if (numeric)
        filter.clientId = clientId;
    filter.operatorName = m_operator->text().trimmed();
    filter.action = m_action->currentData().toString();
    // The dates are the operator's local days.
    if (m_fromEnabled->isChecked())
        filter.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_toEnabled->isChecked())
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    return filter;
}

void AuditPage::applyFilters()
{
    m_filterTimer->stop();
    const AuditFilter filter = currentFilter();
    const AuditFilter& shown = m_model->filter();
    if (filter.clientId == shown.clientId && filter.operatorName == shown.operatorName && filter.action == shown.action
        && filter.from == shown.from && filter.to == shown.to && m_model->rowCount() > 0)
        return;
    m_model->setFilter(filter);
}

void AuditPage::reloadActions()
{
    const QString selected = m_action->currentData().toString();
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    if (auto actions = m_log.actions()) {
        for (const QString& action : actions.value()) {
            m_action->addItem(AuditText::action(action), action);
            m_action->setItemData(m_action->count() - 1, action, Qt::ToolTipRole);
        }
    }
    m_action->setCurrentIndex(std::max(0, m_action->findData(selected)));
}

void AuditPage::verifyIntegrity()
{
    if (m_verify)
        return;
    m_banner->setText(tr("Checking the audit log's integrity…"));
    m_verifyButton->setEnabled(false);
    m_verify = startAuditVerification(m_location, m_log.actor(), this);
    connect(m_verify, &Job::progress, this, [this](qint64 checked, qint64 total) {
        m_banner->setText(
            tr("Checking the audit log's integrity… %1 of %n event(s)", nullptr, int(total)).arg(checked));
    });
    m_verify->then(this, [this](const Result<AuditVerification>& verified) {
        m_verify = nullptr;
        m_verifyButton->setEnabled(true);
        showVerification(verified);
    });
}

void AuditPage::showVerification(const Result<AuditVerification>& verified)
{
    if (!verified) {
        m_banner->setText(verified.error().code == Error::Code::Cancelled
                              ? tr("Integrity check cancelled.")
                              : tr("The integrity check failed: %1").arg(ErrorText::describe(verified.error())));
        m_banner->setStyleSheet(QString());
        emit verificationFinished(false);
        return;
    }
    const AuditVerification& verification = verified.value();
    // The same sentence as `backoffice-cli audit verify`.
    m_banner->setText(describeVerification(verification));
    m_banner->setStyleSheet(verification.intact()
                                ? QString()
                                : QStringLiteral("QLabel { color: white; background: #b00020; padding: 4px; }"));
    emit verificationFinished(verification.intact());
}

void AuditPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), QStringLiteral("audit-log.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditPage::exportTo(const QString& path)
{
    if (m_export)
        return;
    m_exportPath = path;
    m_exportButton->setEnabled(false);
    m_progress = newJobProgressDialog(tr("Exporting the audit log…"), tr("Cancel"), 0, 500, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    connect(m_progress, &QProgressDialog::canceled, this, &AuditPage::cancelExport);
    m_export = startAuditExport(m_location, m_log.actor(), currentFilter(), path, this);
    connect(m_export, &Job::progress, m_progress, [progress = m_progress](qint64 done, qint64 total) {
        const auto clamp = [](qint64 value) {
            return int(std::min<qint64>(value, std::numeric_limits<int>::max()));
        };
        progress->setRange(0, clamp(total));
        progress->setValue(clamp(done));
    });
    m_export->then(this, [this](const Result<qint64>& exported) {
        m_export = nullptr;
        showExported(exported);
    });
}

void AuditPage::showExported(const Result<qint64>& exported)
{
    m_exportButton->setEnabled(true);
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (exported)
        emit exportFinished(true, tr("%n events exported to %1.", nullptr, int(exported.value())).arg(m_exportPath));
    else if (exported.error().code == Error::Code::Cancelled)
        emit exportFinished(false, tr("Export cancelled; no file was written."));
    else // a file that cannot be written says why in the system's words
        emit exportFinished(false,
                            tr("Export failed: %1")
                                .arg(exported.error().field == u"file" ? exported.error().detail
                                                                       : ErrorText::describe(exported.error())));
}

void AuditPage::cancelExport()
{
    if (m_export)
        m_export->cancel();
}

} // namespace backoffice::ui
