// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/sms/ProviderDialog.h"

#include "core/operators/Actor.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace backoffice {
struct ChangeSet;
class ProviderCheckAllJob;
class ProviderService;
} // namespace backoffice

namespace backoffice::ui {

class ProgressWithCancel;
class ProviderTableModel;

/// System > SMS providers: the providers with their balance and last status; Add, Edit (button,
/// double-click, Enter), Remove (confirmed, twice when it is the only enabled provider) and Check
/// all (progress, Cancel). Remove waits for the keychain to delete the secret. Emits providersChanged() after every
/// change or check so the main window can refresh its ProviderHealthMonitor.
class SmsProvidersPage : public QWidget
{
    Q_OBJECT

public:
    /// Asks the operator a yes/no question; replaced in tests.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;

    /// `providers` must outlive the page (the session that owns the page keeps it).
    SmsProvidersPage(const ProviderService& providers, Actor actor, QWidget* parent = nullptr);
    ~SmsProvidersPage() override;

    void setConfirmation(Confirm confirm) { m_confirm = std::move(confirm); }
    ProviderTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// The dialog open for Add or Edit, if any.
    ProviderDialog* openDialog() const { return m_dialog; }
    const ProviderService& service() const { return m_service; }

    /// Live refresh: shows what other desks changed, and tells an open form whose provider changed.
    void applyChanges(const backoffice::ChangeSet& changes);

public slots:
    void reload();
    void addProvider();
    void editSelected();
    void removeSelected();
    void checkAll();
    void cancelChecks();

signals:
    void providersChanged();
    /// A removal started by removeSelected() answered (the keychain entry and the provider are gone,
    /// or the status line says why not).
    void removeFinished();

private:
    qint64 selectedId() const;
    void openDialogFor(std::optional<qint64> providerId);
    void updateButtons();

    const ProviderService& m_service;
    Actor m_actor;
    Confirm m_confirm;
    ProviderTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_checkAll = nullptr;
    ProgressWithCancel* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPointer<ProviderDialog> m_dialog;
    QPointer<ProviderCheckAllJob> m_checks;
    bool m_removing = false;
};

} // namespace backoffice::ui
