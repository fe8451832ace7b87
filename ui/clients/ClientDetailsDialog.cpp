// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientDetailsDialog.h"
#include "ui/audit/AuditText.h"

#include "core/common/DateTimeText.h"
#include "core/session/ChangeFeed.h"
#include "ui/common/ErrorText.h"
#include "ui/common/MessageLabel.h"

#include "core/clients/ClientRepository.h"
#include "core/clients/PhoneNumber.h"
#include "core/common/TextSafety.h"
#include "core/twofactor/TwoFactorService.h"
#include "core/verification/CallerVerification.h"
#include "ui/clients/DisableTwoFactorDialog.h"
#include "ui/clients/NoticeReportText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace backoffice::ui {

namespace {
QLabel* valueLabel(const QString& whatItShows)
{
    auto* label = new QLabel;
    label->setTextFormat(Qt::PlainText); // a client's name is never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleDescription(whatItShows); // a screen reader reads the value itself as the name
    return label;
}

} // namespace

ClientDetailsDialog::ClientDetailsDialog(const ClientRepository& clients, const TwoFactorService& disabling,
                                         const Actor& actor, qint64 clientId, QWidget* parent)
    : QDialog(parent), m_clients(clients), m_twoFactor(disabling), m_actor(actor), m_clientId(clientId)
{
    resize(640, 480);
    auto* layout = new QVBoxLayout(this);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText); // it may quote names and providers' answers
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 6px; }"));
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Client details"));
    layout->addWidget(m_tabs, 1);

    // General: read-only facts.
    auto* general = new QWidget;
    auto* generalForm = new QFormLayout(general);
    m_id = valueLabel(tr("Client ID"));
    m_name = valueLabel(tr("Name"));
    m_email = valueLabel(tr("E-mail"));
    m_phone = valueLabel(tr("Phone"));
    m_country = valueLabel(tr("Country"));
    m_created = valueLabel(tr("Created"));
    generalForm->addRow(tr("ID:"), m_id);
    generalForm->addRow(tr("Name:"), m_name);
    generalForm->addRow(tr("E-mail:"), m_email);
    generalForm->addRow(tr("Phone:"), m_phone);
    // A number imported although the numbering plan does not know its range (maybe a new one).
    m_phoneNote = newMessageLabel(QStringLiteral("phoneNote"), tr("Phone number note"), nullptr);
    m_phoneNote->hide();
    generalForm->addRow(QString(), m_phoneNote);
    generalForm->addRow(tr("Country:"), m_country);
    generalForm->addRow(tr("Created:"), m_created);
    m_tabs->addTab(general, tr("&General"));

    // Settings: the 2FA section, then sections other features add.
    auto* settings = new QWidget;
    auto* settingsLayout = new QVBoxLayout(settings);
    auto* twoFactor = new QGroupBox(tr("2FA"));
    twoFactor->setAccessibleName(tr("Two-factor authentication"));
    auto* grid = new QGridLayout(twoFactor);
    // A row a factor: its name, its state, and the button that turns it off; returns the button.
    const auto addFactorRow = [grid](int row, const QString& name, QLabel* state, const QString& disableName) {
        grid->addWidget(new QLabel(name), row, 0);
        grid->addWidget(state, row, 1);
        auto* disable = new QPushButton(tr("Disable…"));
        disable->setAccessibleName(disableName);
        grid->addWidget(disable, row, 2);
        return disable;
    };
    m_authenticatorState = valueLabel(tr("Google Authenticator state"));
    m_disableAuthenticator
        = addFactorRow(0, tr("Google Authenticator:"), m_authenticatorState, tr("Disable Google Authenticator"));
    m_smsState = valueLabel(tr("SMS confirmation state"));
    m_disableSms = addFactorRow(1, tr("SMS confirmation:"), m_smsState, tr("Disable SMS confirmation"));
    m_noneNote = new QLabel(tr("No 2FA option is on. Only the client can turn one on, in the Security section of "
                               "the client UI; operators can never turn a method on."));
    m_noneNote->setWordWrap(true);
    m_noneNote->setObjectName(QStringLiteral("noneNote"));
    grid->addWidget(m_noneNote, 2, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    settingsLayout->addWidget(twoFactor);
    // The session adds "Check a code" (ui/twofactor/CheckCodeWidget) here through addSettingsSection(),
    // under the Authenticator row's section.
    m_settingsSections = new QVBoxLayout;
    settingsLayout->addLayout(m_settingsSections);
    settingsLayout->addStretch(1);
    m_tabs->addTab(settings, tr("&Settings"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_disableAuthenticator, &QPushButton::clicked, this,
            [this] { disableMethod(TwoFactorMethod::Authenticator); });
    connect(m_disableSms, &QPushButton::clicked, this, [this] { disableMethod(TwoFactorMethod::Sms); });

    reload();
}

ClientDetailsDialog::~ClientDetailsDialog() = default;

void ClientDetailsDialog::setVerificationFactory(VerificationFactory factory)
{
    m_verificationFactory = std::move(factory);
}

void ClientDetailsDialog::addActionButton(QPushButton* button)
{
    m_buttons->addButton(button, QDialogButtonBox::ActionRole);
}

void ClientDetailsDialog::addSettingsSection(QWidget* section)
{
    m_settingsSections->addWidget(section);
}

void ClientDetailsDialog::reload()
{
    auto found = m_clients.find(m_clientId);
    m_found = found.ok();
    if (found) {
        const bool changed = m_client.id != 0 && m_client.rowVersion != found.value().rowVersion;
        m_client = found.value();
        if (changed)
            emit clientChanged(m_client);
    } else if (found.error().code == Error::Code::NotFound) {
        showMessage(tr("Client %1 no longer exists.").arg(m_clientId));
    } else {
        showMessage(tr("The client could not be read: %1").arg(ErrorText::describe(found.error())));
    }
    showClient();
}

void ClientDetailsDialog::applyChanges(const ChangeSet& changes)
{
    const std::optional<RecordChange> change = changes.lastChangeOfClient(m_clientId);
    if (!change && !changes.incomplete)
        return;
    const qint64 shownVersion = m_client.rowVersion;
    const bool wasFound = m_found;
    reload();
    if (m_found == wasFound && m_client.rowVersion == shownVersion)
        return; // nothing new to this window: its own change, or one it had read already
    const QString text = AuditText::changedElsewhere(change);
    if (m_found)
        showMessage(text + u' ' + tr("The window shows the current state."));
    if (m_openDisable)
        m_openDisable->recordChangedElsewhere(text);
}

void ClientDetailsDialog::showClient()
{
    const Client& c = m_client;
    setWindowTitle(m_found ? tr("Client %1: %2").arg(c.id).arg(c.displayName()) : tr("Client %1").arg(m_clientId));
    m_id->setText(QString::number(c.id));
    // Whatever the database holds, control and bidi characters are shown escaped, never obeyed.
    m_name->setText(TextSafety::escaped(c.displayName()));
    m_email->setText(TextSafety::escaped(c.email));
    m_phone->setText(c.phone.isEmpty() ? tr("(none)") : TextSafety::escaped(c.phone));
    const PhoneNumberInfo phone = PhoneNumber::inspect(c.phone);
    const bool outsidePlan = m_found && phone.problem == PhoneNumberInfo::Problem::Invalid;
    m_phoneNote->setText(outsidePlan ? tr("Not a valid number for %1 according to the numbering plan; the plan's "
                                          "data may predate a new range. Send a test SMS to be sure.")
                                           .arg(phone.regionCode.isEmpty() ? tr("its country") : phone.regionCode)
                                     : QString());
    m_phoneNote->setVisible(outsidePlan);
    const QString territory = QLocale::territoryToString(QLocale::codeToTerritory(c.country));
    m_country->setText(c.country.isEmpty() ? tr("(none)") : tr("%1 (%2)").arg(territory, c.country));
    m_created->setText(c.createdAt.isValid() ? dateTimeText(c.createdAt) : QString());

    const bool authenticatorOn = m_found && c.method == TwoFactorMethod::Authenticator;
    const bool smsOn = m_found && c.method == TwoFactorMethod::Sms;
    m_authenticatorState->setText(authenticatorOn ? tr("On (since %1)").arg(dateTimeText(c.enabledAt)) : tr("Off"));
    m_smsState->setText(smsOn ? tr("On (since %1), to %2").arg(dateTimeText(c.enabledAt), TextSafety::escaped(c.phone))
                              : tr("Off"));
    m_disableAuthenticator->setVisible(authenticatorOn);
    m_disableSms->setVisible(smsOn);
    m_noneNote->setVisible(m_found && c.method == TwoFactorMethod::None);
    const bool mayDisable = m_actor.can(Permission::DisableTwoFactor);
    m_disableAuthenticator->setEnabled(mayDisable);
    m_disableSms->setEnabled(mayDisable);
    if (!mayDisable) {
        m_disableAuthenticator->setToolTip(tr("Your role does not allow disabling 2FA."));
        m_disableSms->setToolTip(m_disableAuthenticator->toolTip());
    }
}

void ClientDetailsDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ClientDetailsDialog::disableMethod(TwoFactorMethod method)
{
    if (m_client.method != method)
        return;
    if (!m_verification) {
        if (!m_verificationFactory) {
            showMessage(tr("The caller's identity cannot be verified here, so 2FA cannot be disabled from this "
                           "window."));
            return;
        }
        auto made = m_verificationFactory();
        if (!made) {
            showMessage(tr("The caller's identity cannot be verified: %1").arg(ErrorText::describe(made.error())));
            return;
        }
        m_verification = std::move(made.value());
    }
    const Client before = m_client;
    const QString methodName
        = method == TwoFactorMethod::Authenticator ? tr("Google Authenticator") : tr("SMS confirmation");
    DisableTwoFactorDialog dialog(m_twoFactor, *m_verification, m_actor, m_client, this);
    m_openDisable = &dialog;
    const int answer = dialog.exec();
    m_openDisable = nullptr;
    if (answer == QDialog::Accepted && dialog.outcome() == DisableTwoFactorDialog::Outcome::Disabled) {
        m_client = dialog.updatedClient();
        const QString disabled = tr("%1 is now off. The change is recorded in the audit log.").arg(methodName);
        showMessage(disabled + u' ' + tr("Telling the client…"));
        showClient();
        emit clientChanged(m_client);
        notifyClient(before, dialog.reason(), disabled);
    } else if (answer == QDialog::Accepted && dialog.outcome() == DisableTwoFactorDialog::Outcome::RequestFiled) {
        showMessage(tr("Request %1 is waiting for a colleague's approval (Clients > Pending approvals). %2 stays on "
                       "until then.")
                        .arg(dialog.filedRequest().id)
                        .arg(methodName));
    } else if (dialog.rejectedAsStale()) {
        showMessage(tr("Nothing was changed: the client was changed elsewhere since you opened it (%1). The view now "
                       "shows the current state; check it and try again if still needed.")
                        .arg(dialog.staleText()));
        reload();
        emit clientChanged(m_client);
    }
}

void ClientDetailsDialog::notifyClient(const Client& before, const QString& reason, const QString& disabledText)
{
    m_noticePending = true;
    m_verification->notifier().notifyDisabled(m_actor, before, QDateTime::currentDateTimeUtc(), reason, this,
                                              [this, disabledText](NoticeReport report) {
                                                  m_noticePending = false;
                                                  QStringList lines {disabledText};
                                                  lines << NoticeReportText::lines(report);
                                                  showMessage(lines.join(u'\n'));
                                                  emit noticeFinished();
                                              });
}

} // namespace backoffice::ui
