// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/DisableTwoFactorDialog.h"
#include "ui/common/ErrorText.h"

#include "ui/clients/ClientListModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace backoffice::ui {

DisableTwoFactorDialog::DisableTwoFactorDialog(const TwoFactorService& service, const Actor& actor,
                                               const Client& client, QWidget* parent)
    : QDialog(parent), m_service(service), m_actor(actor), m_client(client)
{
    const QString method = ClientListModel::methodText(client.method);
    setWindowTitle(tr("Disable %1").arg(method));
    setAccessibleName(windowTitle());

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>Disable %1 for %2 (ID %3)?</b>")
                                   .arg(method.toHtmlEscaped(), client.displayName().toHtmlEscaped())
                                   .arg(client.id));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto* warningRow = new QHBoxLayout;
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    warningRow->addWidget(icon);
    QString warning = tr("Disabling two-factor authentication removes a layer of protection from the client's "
                         "account. Do it only at the client's explicit request and under the client's own "
                         "responsibility.");
    if (client.method == TwoFactorMethod::Authenticator)
        warning += u' '
            + tr("The authenticator secret is erased: to use Google Authenticator again the client sets it up "
                 "anew in the Security section of the client UI.");
    else
        warning += u' ' + tr("The client can turn SMS confirmation on again in the Security section of the client UI.");
    auto* warningLabel = new QLabel(warning);
    warningLabel->setWordWrap(true);
    warningLabel->setObjectName(QStringLiteral("warningLabel"));
    warningRow->addWidget(warningLabel, 1);
    layout->addLayout(warningRow);

    m_requested = new QCheckBox(tr("The client explicitly asked for this"));
    m_requested->setAccessibleName(tr("The client explicitly asked for this"));
    layout->addWidget(m_requested);

    auto* form = new QFormLayout;
    m_reason = new QLineEdit;
    m_reason->setPlaceholderText(tr("e.g. ticket SUP-1234: lost phone"));
    m_reason->setAccessibleName(tr("Reason or ticket reference"));
    m_reason->setMaxLength(500);
    form->addRow(tr("&Reason or ticket reference:"), m_reason);
    layout->addLayout(form);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox;
    m_disableButton = buttons->addButton(tr("&Disable"), QDialogButtonBox::DestructiveRole);
    m_disableButton->setAccessibleName(tr("Disable %1").arg(method));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setAccessibleName(tr("Cancel"));
    // Cancel is the default: Enter in the reason field must never disable 2FA by accident.
    m_disableButton->setAutoDefault(false);
    m_cancelButton->setAutoDefault(true);
    m_cancelButton->setDefault(true);
    layout->addWidget(buttons);

    connect(m_requested, &QCheckBox::toggled, this, &DisableTwoFactorDialog::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &DisableTwoFactorDialog::updateButtons);
    connect(m_disableButton, &QPushButton::clicked, this, &DisableTwoFactorDialog::confirm);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    updateButtons();
    m_reason->installEventFilter(this);
    m_requested->setFocus();
}

bool DisableTwoFactorDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the reason field would press the default button (Cancel, rightly) and drop what was
    // typed; there it does nothing. Elsewhere Enter still cancels, and only a click or Alt+D disables.
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            return true;
    }
    return QDialog::eventFilter(watched, event);
}

void DisableTwoFactorDialog::updateButtons()
{
    m_disableButton->setEnabled(m_requested->isChecked() && !m_reason->text().trimmed().isEmpty());
}

void DisableTwoFactorDialog::confirm()
{
    if (!m_disableButton->isEnabled())
        return;
    DisableTwoFactorRequest request;
    request.clientId = m_client.id;
    request.method = m_client.method;
    request.expectedRowVersion = m_client.rowVersion;
    request.reason = m_reason->text().trimmed();
    request.clientRequested = m_requested->isChecked();
    auto result = m_service.disable(m_actor, request);
    if (result) {
        m_updated = result.value();
        accept();
        return;
    }
    switch (result.error().code) {
    case Error::Code::Conflict:
    case Error::Code::NotFound:
        m_stale = true;
        reject();
        return;
    default:
        m_error->setText(tr("Nothing was changed: %1").arg(ErrorText::describe(result.error())));
        break;
    }
    m_error->show();
}

} // namespace backoffice::ui
