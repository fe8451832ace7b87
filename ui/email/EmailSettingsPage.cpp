// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/email/EmailSettingsPage.h"
#include "ui/audit/AuditText.h"

#include "core/session/ChangeFeed.h"
#include "core/verification/VerificationAudit.h"

#include "core/email/EmailMessage.h"
#include "core/email/EmailSender.h"
#include "core/email/EmailSettings.h"
#include "core/email/MailJob.h"
#include "core/session/Workspace.h"
#include "core/verification/ClientNoticeSettings.h"
#include "ui/common/AccessibleControls.h"
#include "ui/common/ErrorText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

EmailSettingsPage::EmailSettingsPage(const Workspace& workspace, SecretStore& secrets, const Actor& actor,
                                     QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_secrets(secrets), m_actor(actor)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The server that sends identity codes to clients and tells them when a 2FA option "
                                "was turned off. Certificates are always verified; no encryption is only allowed "
                                "to a server on this computer."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const auto addTextRow = [form](const QString& label, const QString& accessibleName) {
        auto* edit = new QLineEdit;
        edit->setAccessibleName(accessibleName);
        form->addRow(label, edit);
        return edit;
    };
    m_host = addTextRow(tr("SMTP &server:"), tr("SMTP server"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_port->setAccessibleName(tr("Port"));
    form->addRow(tr("&Port:"), m_port);
    m_security = new QComboBox;
    m_security->addItem(tr("STARTTLS (usually port 587)"), u"starttls"_s);
    m_security->addItem(tr("TLS from the start (usually port 465)"), u"tls"_s);
    m_security->addItem(tr("None (only to this computer)"), u"none"_s);
    m_security->setAccessibleName(tr("Encryption"));
    nameDropDownList(m_security, tr("Encryption choices"));
    form->addRow(tr("&Encryption:"), m_security);
    m_user = addTextRow(tr("&User name:"), tr("SMTP user name"));
    m_user->setPlaceholderText(tr("empty when the server needs no sign-in"));
    m_password = addTextRow(tr("Pass&word:"), tr("SMTP password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_from = addTextRow(tr("Sen&der address:"), tr("Sender address"));
    m_from->setPlaceholderText(tr("support@broker.example"));
    m_contact = addTextRow(tr("Notices end &with:"), tr("Contact line of client notices"));
    m_contact->setMaxLength(200);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Sa&ve"));
    m_save->setAccessibleName(tr("Save the e-mail settings"));
    buttons->addWidget(m_save);
    buttons->addStretch();
    m_testTo = new QLineEdit;
    m_testTo->setAccessibleName(tr("Test e-mail address"));
    m_testTo->setPlaceholderText(tr("address for a test e-mail"));
    buttons->addWidget(m_testTo, 1);
    m_test = new QPushButton(tr("Send &test e-mail"));
    m_test->setAccessibleName(tr("Send a test e-mail"));
    buttons->addWidget(m_test);
    layout->addLayout(buttons);

    m_reload = new QPushButton(tr("&Reload"));
    m_reload->setAccessibleName(tr("Reload the e-mail settings"));
    m_reload->setToolTip(tr("Show the settings as they are stored now; unsaved edits are discarded"));
    m_reload->hide();
    buttons->insertWidget(1, m_reload);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch();

    const bool admin = m_actor.can(Permission::ManageProviders);
    for (QWidget* field : std::initializer_list<QWidget*> {m_host, m_port, m_security, m_user, m_password, m_from,
                                                           m_contact, m_save, m_testTo, m_test})
        field->setEnabled(admin);
    if (!admin)
        showStatus(tr("Only administrators change the e-mail settings."), false);

    connect(m_save, &QPushButton::clicked, this, &EmailSettingsPage::save);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        reload();
        showStatus({}, false);
    });
    connect(m_test, &QPushButton::clicked, this, &EmailSettingsPage::sendTest);
    reload();
}

void EmailSettingsPage::reload()
{
    // Nothing stored yet: the form's defaults (STARTTLS on 587), so that Reload also undoes edits.
    SmtpSettings s;
    s.port = 587;
    bool hasPassword = false;
    auto settings = m_workspace.emailSettings(m_secrets).read(m_actor);
    if (settings && settings.value()) {
        s = *settings.value();
        hasPassword = s.hasPassword;
    }
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_security->setCurrentIndex(std::max(0, m_security->findData(smtpSecurityToString(s.security))));
    m_user->setText(s.user);
    m_from->setText(s.fromAddress);
    m_password->clear();
    m_password->setPlaceholderText(hasPassword ? tr("saved in the keychain; type to replace") : tr("not saved"));
    m_contact->setText(m_workspace.clientNotices().contactLine());
    m_storedWhenLoaded = stored();
    m_formWhenLoaded = typed();
    m_changedElsewhere = false;
    m_reload->hide();
    updateEnabled();
}

EmailSettingsPage::Shown EmailSettingsPage::stored() const
{
    Shown shown;
    auto settings = m_workspace.emailSettings(m_secrets).read(m_actor);
    if (settings && settings.value()) {
        const SmtpSettings& s = *settings.value();
        shown = {s.host, s.port, smtpSecurityToString(s.security), s.user, s.fromAddress, {}, s.hasPassword, false};
    }
    shown.contact = m_workspace.clientNotices().contactLine();
    return shown;
}

EmailSettingsPage::Shown EmailSettingsPage::typed() const
{
    return {m_host->text().trimmed(),
            m_port->value(),
            m_security->currentData().toString(),
            m_user->text().trimmed(),
            m_from->text().trimmed(),
            m_contact->text().trimmed(),
            m_storedWhenLoaded.hasPassword,
            !m_password->text().isEmpty()};
}

void EmailSettingsPage::updateEnabled()
{
    m_save->setEnabled(m_actor.can(Permission::ManageProviders) && !m_changedElsewhere);
}

void EmailSettingsPage::applyChanges(const ChangeSet& changes)
{
    const std::optional<RecordChange> change
        = changes.lastOfActions({AuditAction::EmailSettingsChanged, AuditAction::EmailPasswordChanged,
                                 AuditAction::ClientNoticeContactChanged});
    if ((!change && !changes.incomplete) || m_changedElsewhere)
        return;
    if (stored() == m_storedWhenLoaded)
        return; // this page's own save, or nothing it shows
    const QString text = AuditText::changedElsewhere(change);
    if (typed() == m_formWhenLoaded) {
        reload();
        showStatus(text + u' ' + tr("The page shows the current settings."), false);
        return;
    }
    m_changedElsewhere = true;
    updateEnabled();
    m_reload->show();
    showStatus(text + u' '
                   + tr("Saving your edits would overwrite it: reload to see the current settings, then make your "
                        "change again."),
               true);
}

void EmailSettingsPage::save()
{
    SmtpSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.security = smtpSecurityFromString(m_security->currentData().toString()).value_or(SmtpSecurity::StartTls);
    settings.user = m_user->text().trimmed();
    settings.fromAddress = m_from->text().trimmed();
    const EmailSettings email = m_workspace.emailSettings(m_secrets);
    if (const Status saved = email.save(m_actor, settings); !saved) {
        showStatus(tr("Not saved: %1").arg(ErrorText::describe(saved.error())), true);
        emit finished();
        return;
    }
    const ClientNoticeSettings notices = m_workspace.clientNotices();
    if (m_contact->text().trimmed() != notices.contactLine()) {
        if (const Status saved = notices.setContactLine(m_actor, m_contact->text().trimmed()); !saved) {
            showStatus(tr("The contact line was not saved: %1").arg(ErrorText::describe(saved.error())), true);
            emit finished();
            return;
        }
    }
    const QByteArray password = m_password->text().toUtf8();
    if (password.isEmpty() || settings.user.isEmpty()) {
        showStatus(tr("E-mail settings saved."), false);
        reload();
        emit finished();
        return;
    }
    m_save->setEnabled(false);
    showStatus(tr("Saving the password in the keychain…"), false);
    email.storePassword(m_actor, password, this, [this](Status stored) {
        m_save->setEnabled(true);
        m_password->clear();
        if (stored)
            showStatus(tr("E-mail settings saved; the password is in the keychain."), false);
        else
            showStatus(tr("The settings were saved, the password not: %1").arg(ErrorText::describe(stored.error())),
                       true);
        reload();
        emit finished();
    });
}

void EmailSettingsPage::sendTest()
{
    EmailMessage message;
    message.to = m_testTo->text().trimmed();
    if (!EmailAddress::isValid(message.to)) {
        showStatus(tr("Type the address the test e-mail goes to."), true);
        emit finished();
        return;
    }
    message.subject = tr("Back Office test e-mail");
    message.body = tr("This is a test e-mail from Back Office, sent by %1. If it arrived, clients receive identity "
                      "codes and notices from this server.")
                       .arg(m_actor.userName);
    m_test->setEnabled(false);
    showStatus(tr("Sending a test e-mail to %1…").arg(message.to), false);
    MailJob* job = m_workspace.emailSender(m_secrets).send(message, this);
    const QString to = message.to;
    job->then(this, [this, to](MailResult result) {
        m_test->setEnabled(true);
        if (result.ok)
            showStatus(tr("Test e-mail sent to %1.").arg(to), false);
        else
            showStatus(tr("The test e-mail was not sent: %1").arg(result.describe()), true);
        emit finished();
    });
}

void EmailSettingsPage::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b3261e;"_s : QString());
}

} // namespace backoffice::ui
