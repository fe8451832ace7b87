// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operators/FirstAdministratorDialog.h"
#include "ui/common/ErrorText.h"
#include "ui/common/MessageLabel.h"

#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace backoffice::ui {

FirstAdministratorDialog::FirstAdministratorDialog(const OperatorService& operators, QWidget* parent)
    : QDialog(parent)
    , m_operators(operators)
    , m_userName(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_error(newMessageLabel(QStringLiteral("errorLabel"), tr("Error"), this))
{
    setWindowTitle(tr("Create the first administrator"));
    setMinimumWidth(460); // room for the password hint and the title, as in the sign-in dialog
    setAccessibleName(tr("Create the first administrator"));
    auto* intro = new QLabel(tr("This database has no operator accounts yet. Create the administrator account "
                                "that will manage the other operators."),
                             this);
    intro->setWordWrap(true);
    const struct
    {
        QLineEdit* edit;
        const char* objectName;
        QString accessibleName;
    } edits[] = {
        {m_userName, "userNameEdit", tr("User name")},
        {m_displayName, "displayNameEdit", tr("Display name")},
        {m_password, "passwordEdit", tr("Password")},
        {m_confirmation, "confirmationEdit", tr("Repeat password")},
    };
    for (const auto& edit : edits) {
        edit.edit->setObjectName(QString::fromLatin1(edit.objectName));
        edit.edit->setAccessibleName(edit.accessibleName);
    }
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, PasswordHasher::minimumLength));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create administrator"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirmation);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString FirstAdministratorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstAdministratorDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void FirstAdministratorDialog::accept()
{
    if (m_password->text() != m_confirmation->text()) {
        showError(tr("The two passwords differ."));
        m_confirmation->clear();
        m_confirmation->setFocus();
        return;
    }
    const NewOperator request {m_userName->text().trimmed(), m_displayName->text().trimmed(), Role::Admin,
                               m_password->text()};
    auto created = m_operators.createFirstAdministrator(request);
    if (!created) {
        showError(ErrorText::describe(created.error()));
        return;
    }
    m_password->clear();
    m_confirmation->clear();
    m_actor = {created.value().userName, created.value().role};
    QDialog::accept();
}

} // namespace backoffice::ui
