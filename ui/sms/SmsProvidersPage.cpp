// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sms/SmsProvidersPage.h"
#include "ui/audit/AuditText.h"

#include "core/session/ChangeFeed.h"
#include "ui/common/ErrorText.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/ProgressWithCancel.h"
#include "ui/common/RecordViews.h"
#include "ui/common/RememberedLayout.h"

#include "core/sms/CheckResultText.h"
#include "core/sms/ProviderCheckAllJob.h"
#include "core/sms/ProviderService.h"
#include "ui/sms/ProviderDialog.h"
#include "ui/sms/ProviderTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

SmsProvidersPage::SmsProvidersPage(const ProviderService& providers, Actor actor, QWidget* parent)
    : QWidget(parent), m_service(providers), m_actor(std::move(actor))
{
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>SMS providers</h2>"), this);
    layout->addWidget(title);

    m_model = new ProviderTableModel(this);
    m_view = new QTableView(this);
    showRecords(m_view, m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("SMS providers"));
    m_view->setObjectName(u"providersTable"_s);
    rememberHeaderState(m_view->horizontalHeader(), u"providers/table"_s);
    // activated covers double-click and Enter.
    connect(m_view, &QTableView::activated, this, [this] { editSelected(); });
    layout->addWidget(m_view);

    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name, auto slot) {
        auto* created = new QPushButton(text, this);
        created->setObjectName(name);
        created->setAccessibleName(QString(text).remove(u'&'));
        connect(created, &QPushButton::clicked, this, slot);
        buttons->addWidget(created);
        return created;
    };
    m_add = button(tr("&Add…"), u"addProvider"_s, &SmsProvidersPage::addProvider);
    m_edit = button(tr("&Edit…"), u"editProvider"_s, &SmsProvidersPage::editSelected);
    m_remove = button(tr("&Remove"), u"removeProvider"_s, &SmsProvidersPage::removeSelected);
    buttons->addStretch();
    m_checkAll = button(tr("Check &all"), u"checkAll"_s, &SmsProvidersPage::checkAll);
    m_progress = new ProgressWithCancel(tr("Check all progress"), tr("Cancel"), tr("Cancel"), u"cancelChecks"_s, this);
    connect(m_progress, &ProgressWithCancel::cancelClicked, this, &SmsProvidersPage::cancelChecks);
    buttons->addWidget(m_progress);
    layout->addLayout(buttons);
    m_status = newMessageLabel(u"pageStatus"_s, tr("Status"), this);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    const bool canManage = m_actor.can(Permission::ManageProviders);
    m_add->setEnabled(canManage);
    reload();
}

SmsProvidersPage::~SmsProvidersPage()
{
    if (m_checks) {
        m_checks->disconnect(this);
        m_checks->abandon();
    }
    delete m_dialog; // it refers to m_service
}

void SmsProvidersPage::applyChanges(const ChangeSet& changes)
{
    if (!changes.changesProviders())
        return;
    reload();
    emit providersChanged();
    if (!m_dialog || m_dialog->providerId() == 0 || m_dialog->isSaving() || m_dialog->changedElsewhere())
        return;
    const qint64 id = m_dialog->providerId();
    const std::optional<RecordChange> change = changes.lastChangeOfTarget(ProviderService::auditTarget(id));
    if (!change && !changes.incomplete)
        return;
    auto stored = m_service.find(m_actor, id);
    if (stored && stored.value().rowVersion == m_dialog->shownRowVersion())
        return; // this form's own change, or one it was opened with
    m_dialog->recordChangedElsewhere(AuditText::changedElsewhere(change));
}

void SmsProvidersPage::reload()
{
    const qint64 selected = selectedId();
    auto providers = m_service.list(m_actor);
    if (!providers) {
        m_status->setText(ErrorText::describe(providers.error()));
        return;
    }
    m_model->setProviders(providers.value());
    // Columns grow to fit what they show, but a width the operator chose (remembered) is never narrowed.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int needed = static_cast<QAbstractItemView*>(m_view)->sizeHintForColumn(column);
        if (needed > m_view->columnWidth(column))
            m_view->setColumnWidth(column, needed);
    }
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_view->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

qint64 SmsProvidersPage::selectedId() const
{
    const QModelIndexList rows
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    return m_model->data(rows.first(), ProviderTableModel::ProviderIdRole).toLongLong();
}

void SmsProvidersPage::updateButtons()
{
    const bool selected = selectedId() > 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected && !m_removing && m_actor.can(Permission::ManageProviders));
    m_checkAll->setEnabled(!m_checks && m_model->rowCount() > 0);
}

void SmsProvidersPage::addProvider()
{
    openDialogFor(std::nullopt);
}

void SmsProvidersPage::editSelected()
{
    const qint64 id = selectedId();
    if (id > 0)
        openDialogFor(id);
}

void SmsProvidersPage::openDialogFor(std::optional<qint64> providerId)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    std::optional<ProviderConfig> existing;
    if (providerId) {
        auto found = m_service.find(m_actor, *providerId);
        if (!found) {
            m_status->setText(ErrorText::describe(found.error()));
            return;
        }
        existing = found.value();
    }
    m_dialog = new ProviderDialog(m_service, m_actor, existing, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ProviderDialog::saved, this, [this] {
        reload();
        emit providersChanged();
    });
    connect(m_dialog, &ProviderDialog::checkFinished, this, [this] {
        reload();
        emit providersChanged();
    });
    m_dialog->open(); // window-modal, never blocks the event loop
}

void SmsProvidersPage::removeSelected()
{
    if (m_removing)
        return;
    const qint64 id = selectedId();
    const ProviderSummary* provider = m_model->providerAt(m_model->rowOf(id));
    if (!provider)
        return;
    if (!m_confirm(tr("Remove SMS provider"),
                   tr("Remove the SMS provider \"%1\"? Its settings, check history and keychain entry are deleted; "
                      "the message log keeps its messages.")
                       .arg(provider->config.name)))
        return;
    if (provider->config.enabled && m_service.enabledCount() == 1
        && !m_confirm(tr("Remove the only enabled provider"),
                      tr("\"%1\" is the only enabled SMS provider. Without it no SMS code can be sent to any client. "
                         "Remove it anyway?")
                          .arg(provider->config.name)))
        return;
    const QString name = provider->config.name;
    // The keychain answers later; the button stays off until then so the removal is not started twice.
    m_removing = true;
    m_remove->setEnabled(false);
    m_status->setText(tr("Removing %1…").arg(name));
    m_service.remove(m_actor, id, this, [this, name](Status removed) {
        m_removing = false;
        if (!removed)
            m_status->setText(ErrorText::describe(removed.error()));
        else
            m_status->setText(tr("Removed %1.").arg(name));
        reload();
        emit providersChanged();
        emit removeFinished();
    });
}

void SmsProvidersPage::checkAll()
{
    if (m_checks)
        return;
    auto started = m_service.startCheckAll(m_actor);
    if (!started) {
        m_status->setText(ErrorText::describe(started.error()));
        return;
    }
    m_checks = started.value();

    m_progress->start(std::max(1, m_checks->total()));
    m_checkAll->setEnabled(false);
    m_status->setText(m_checks->total() == 0 ? tr("No enabled provider to check.") : tr("Checking…"));
    connect(m_checks, &Job::progress, this, [this](qint64 done) {
        m_progress->setValue(int(done));
        reload();
    });
    const int total = m_checks->total();
    m_checks->then(this, [this, total](const CheckAllSummary& summary) {
        const bool cancelled = summary.stop != Job::Stop::None;
        const bool problem = summary.anyProblem;
        m_checks = nullptr;
        m_progress->finish();
        if (total > 0) // with nothing to check, "No enabled provider to check." stays
            m_status->setText(cancelled     ? tr("Checks cancelled.")
                                  : problem ? tr("Checks done: at least one provider has a problem (see Last status).")
                                            : tr("Checks done: no problem found."));
        reload();
        emit providersChanged();
    });
}

void SmsProvidersPage::cancelChecks()
{
    if (m_checks)
        m_checks->cancel();
}

} // namespace backoffice::ui
