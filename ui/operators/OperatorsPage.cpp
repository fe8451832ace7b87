// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operators/OperatorsPage.h"
#include "ui/common/AccessibleControls.h"
#include "ui/common/ErrorText.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/RecordViews.h"
#include "ui/common/RememberedLayout.h"

#include "core/operators/OperatorService.h"
#include "ui/operators/OperatorFormDialog.h"
#include "ui/operators/OperatorsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace backoffice::ui {

OperatorsPage::OperatorsPage(const OperatorService& operators, const Actor& actor, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_operators(operators)
    , m_clock(clock)
    , m_actor(actor)
    , m_model(new OperatorsModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add operator…"), this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
    , m_role(new QComboBox(this))
    , m_setRole(new QPushButton(tr("Set &role"), this))
    , m_reset(new QPushButton(tr("Reset &password…"), this))
    , m_status(newMessageLabel(QStringLiteral("statusLabel"), tr("Status"), this))
{
    setAccessibleName(tr("Operators"));
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setAccessibleName(tr("Operator accounts"));
    showRecords(m_table, m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    rememberHeaderState(m_table->horizontalHeader(), QStringLiteral("operators/table"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setAccessibleName(tr("Add operator"));
    m_toggle->setObjectName(QStringLiteral("toggleButton"));
    m_toggle->setAccessibleName(tr("Disable or enable the selected operator"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("New role for the selected operator"));
    nameDropDownList(m_role, tr("Roles"));
    for (Role role : {Role::Viewer, Role::Support, Role::Admin})
        m_role->addItem(OperatorsModel::roleText(role), int(role));
    m_setRole->setObjectName(QStringLiteral("setRoleButton"));
    m_setRole->setAccessibleName(tr("Set role"));
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setAccessibleName(tr("Reset password"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_role);
    buttons->addWidget(m_setRole);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &OperatorsPage::addOperator);
    connect(m_toggle, &QPushButton::clicked, this, &OperatorsPage::toggleDisabled);
    connect(m_setRole, &QPushButton::clicked, this, &OperatorsPage::applyRole);
    connect(m_reset, &QPushButton::clicked, this, &OperatorsPage::resetPassword);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OperatorsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OperatorsPage::updateButtons);
    refresh();
}

void OperatorsPage::setActor(const Actor& actor)
{
    m_actor = actor;
    refresh();
}

void OperatorsPage::refresh()
{
    if (!m_actor.can(Permission::ManageOperators)) {
        m_model->setOperators({}, m_clock.nowUtc());
        showStatus(tr("Only administrators manage operators."));
        updateButtons();
        return;
    }
    const QString selected = selectedRow() >= 0 ? m_model->operatorAt(selectedRow()).userName : QString();
    auto listed = m_operators.list(m_actor);
    if (!listed) {
        showStatus(ErrorText::describe(listed.error()));
        return;
    }
    m_model->setOperators(listed.value(), m_clock.nowUtc());
    if (!selected.isEmpty())
        selectOperator(selected);
    updateButtons();
}

bool OperatorsPage::selectOperator(const QString& userName)
{
    const int row = m_model->rowOf(userName);
    if (row < 0)
        return false;
    m_table->selectionModel()->select(m_model->index(row, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString OperatorsPage::statusText() const
{
    return m_status->text();
}

int OperatorsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void OperatorsPage::updateButtons()
{
    const bool admin = m_actor.can(Permission::ManageOperators);
    const int row = selectedRow();
    m_add->setEnabled(admin);
    m_toggle->setEnabled(admin && row >= 0);
    m_role->setEnabled(admin && row >= 0);
    m_setRole->setEnabled(admin && row >= 0);
    m_reset->setEnabled(admin && row >= 0);
    if (row >= 0) {
        const Operator& op = m_model->operatorAt(row);
        m_toggle->setText(op.disabled ? tr("&Enable") : tr("&Disable"));
        m_role->setCurrentIndex(m_role->findData(int(op.role)));
    }
}

void OperatorsPage::showStatus(const QString& text)
{
    m_status->setText(text);
}

void OperatorsPage::addOperator()
{
    QString added;
    OperatorFormDialog dialog(
        OperatorFormDialog::Mode::AddOperator,
        [&](const NewOperator& request) -> std::optional<QString> {
            auto created = m_operators.add(m_actor, request);
            if (!created)
                return ErrorText::describe(created.error());
            added = created.value().userName;
            return std::nullopt;
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectOperator(added);
    showStatus(tr("Operator %1 added.").arg(added));
}

void OperatorsPage::toggleDisabled()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Operator op = m_model->operatorAt(row);
    auto changed = m_operators.setDisabled(m_actor, op.userName, !op.disabled);
    if (!changed) {
        showStatus(ErrorText::describe(changed.error()));
        return;
    }
    refresh();
    showStatus(changed.value().disabled ? tr("Operator %1 disabled.").arg(op.userName)
                                        : tr("Operator %1 enabled.").arg(op.userName));
}

void OperatorsPage::applyRole()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString userName = m_model->operatorAt(row).userName;
    const Role role = Role(m_role->currentData().toInt());
    auto changed = m_operators.setRole(m_actor, userName, role);
    if (!changed) {
        showStatus(ErrorText::describe(changed.error()));
        refresh();
        return;
    }
    refresh();
    showStatus(tr("%1 is now %2.").arg(userName, OperatorsModel::roleText(role)));
}

void OperatorsPage::resetPassword()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString userName = m_model->operatorAt(row).userName;
    OperatorFormDialog dialog(
        OperatorFormDialog::Mode::ResetPassword,
        [&](const NewOperator& request) -> std::optional<QString> {
            auto changed = m_operators.resetPassword(m_actor, userName, request.password);
            if (!changed)
                return ErrorText::describe(changed.error());
            return std::nullopt;
        },
        this);
    dialog.setUserName(userName);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showStatus(tr("Password of %1 reset.").arg(userName));
}

} // namespace backoffice::ui
