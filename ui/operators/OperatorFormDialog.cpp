// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operators/OperatorFormDialog.h"
#include "ui/common/AccessibleControls.h"
#include "ui/common/MessageLabel.h"

#include "core/operators/PasswordHasher.h"
#include "ui/operators/OperatorsModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace backoffice::ui {

OperatorFormDialog::OperatorFormDialog(Mode mode, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_submit(std::move(submit))
    , m_userName(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_error(newMessageLabel(QStringLiteral("errorLabel"), tr("Error"), this))
{
    const bool adding = mode == Mode::AddOperator;
    setWindowTitle(adding ? tr("Add operator") : tr("Reset password"));
    setAccessibleName(windowTitle());
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setReadOnly(!adding);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role"));
    nameDropDownList(m_role, tr("Roles"));
    for (Role role : {Role::Viewer, Role::Support, Role::Admin})
        m_role->addItem(OperatorsModel::roleText(role), int(role));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, PasswordHasher::minimumLength));
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    m_confirmation->setAccessibleName(tr("Repeat password"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    if (adding) {
        form->addRow(tr("&Display name:"), m_displayName);
        form->addRow(tr("&Role:"), m_role);
    } else {
        m_displayName->hide();
        m_role->hide();
    }
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("R&epeat password:"), m_confirmation);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add operator") : tr("Set password"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(buttons->button(QDialogButtonBox::Ok)->text());
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OperatorFormDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void OperatorFormDialog::setUserName(const QString& userName)
{
    m_userName->setText(userName);
}

QString OperatorFormDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OperatorFormDialog::accept()
{
    if (m_password->text() != m_confirmation->text()) {
        m_error->setText(tr("The two passwords differ."));
        m_error->show();
        m_confirmation->clear();
        return;
    }
    const NewOperator request {m_userName->text().trimmed(), m_displayName->text().trimmed(),
                               Role(m_role->currentData().toInt()), m_password->text()};
    if (const auto error = m_submit(request)) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    m_password->clear();
    m_confirmation->clear();
    QDialog::accept();
}

} // namespace backoffice::ui
