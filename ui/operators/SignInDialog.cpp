// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operators/SignInDialog.h"
#include "core/common/DateTimeText.h"
#include "ui/common/ErrorText.h"
#include "ui/common/MessageLabel.h"

#include "core/operators/SignInService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace backoffice::ui {

SignInDialog::SignInDialog(const SignInService& signIn, QWidget* parent)
    : QDialog(parent)
    , m_signIn(signIn)
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(newMessageLabel(QStringLiteral("errorLabel"), tr("Sign-in error"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign in")); // Qt adds " — Back Office"
    setMinimumWidth(420); // wide enough for the whole title and a long user name
    setAccessibleName(tr("Sign in"));
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_userName, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    updateButtons();
}

void SignInDialog::setUserName(const QString& userName)
{
    m_userName->setText(userName);
    m_password->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

QString SignInDialog::describe(const Error& error)
{
    if (const QDateTime until = SignInService::lockedUntil(error); until.isValid())
        return tr("Too many failed attempts: this account is locked until %1.").arg(dateTimeText(until));
    if (error.code == Error::Code::Locked && error.field == QLatin1String("attempts-in-progress"))
        return tr("Other sign-ins to this account are being checked right now. Try again in a minute.");
    if (error.code == Error::Code::Locked)
        return tr("This account is disabled. Ask an administrator.");
    if (error.code == Error::Code::InvalidInput)
        return tr("Wrong user name or password.");
    return tr("Signing in failed: %1").arg(ErrorText::describe(error));
}

void SignInDialog::accept()
{
    if (m_userName->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return;
    auto signedIn = m_signIn.signIn(m_userName->text(), m_password->text());
    m_password->clear();
    if (!signedIn) {
        m_error->setText(describe(signedIn.error()));
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_actor = signedIn.value();
    m_error->hide();
    QDialog::accept();
}

void SignInDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_userName->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

} // namespace backoffice::ui
