// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/OperatorSession.h"
#include "ui/common/ErrorText.h"
#include "ui/email/EmailSettingsPage.h"

#include "core/diagnosis/Diagnoser.h"
#include "core/session/ChangeFeed.h"
#include "core/session/Workspace.h"
#include "core/sms/ProviderHealthMonitor.h"
#include "core/sms/ProviderService.h"
#include "core/sms/SmsHistory.h"
#include "core/twofactor/CodeCheckService.h"
#include "core/verification/CallerVerification.h"
#include "ui/MainWindow.h"
#include "ui/audit/AuditPage.h"
#include "ui/clients/ClientDetailsDialog.h"
#include "ui/clients/ClientsPage.h"
#include "ui/clients/PendingApprovalsPage.h"
#include "ui/diagnosis/DiagnosisDialog.h"
#include "ui/operators/OperatorsModel.h"
#include "ui/operators/OperatorsPage.h"
#include "ui/sms/ClientSmsHistoryWidget.h"
#include "ui/sms/SmsDeliveryPage.h"
#include "ui/sms/SmsProvidersPage.h"
#include "ui/twofactor/CheckCodeWidget.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

namespace {
/// A core service owned by a dialog: it lives exactly as long as the widgets that use it.
template<typename Service> class OwnedService final : public QObject
{
public:
    template<typename... Arguments>
    explicit OwnedService(QObject* owner, Arguments&&... arguments)
        : QObject(owner), service(std::forward<Arguments>(arguments)...)
    {
    }
    Service service;
};
} // namespace

OperatorSession::OperatorSession(const Workspace& workspace, SecretStore& secrets, QNetworkAccessManager* network,
                                 Actor actor, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_network(network)
    , m_actor(std::move(actor))
    , m_diagnoser(std::make_unique<Diagnoser>(workspace.location(), secrets))
    , m_cipher(Error {Error::Code::KeychainUnavailable, {}, u"the data key is still being read from the keychain"_s})
{
    buildPages();
    // The keychain may prompt or be slow: read the data key without blocking the window.
    m_workspace.dataKeys(m_secrets).load(this, [this](Result<SecretCipher> cipher) {
        m_cipher = std::move(cipher);
        if (!m_cipher)
            m_window->statusBar()->showMessage(
                tr("Authenticator secrets are unavailable: %1").arg(ErrorText::describe(m_cipher.error())));
        emit dataKeyLoaded();
    });
}

OperatorSession::~OperatorSession() = default;

void OperatorSession::buildPages()
{
    m_providers = std::make_unique<ProviderService>(m_workspace.providers(m_secrets, m_network));
    m_health = m_workspace.providerHealth();
    m_window = std::make_unique<MainWindow>(m_workspace.displayName());
    m_window->setWindowTitle(m_window->windowTitle() + u" — "_s + m_actor.userName);

    m_clients = new ClientsPage(m_workspace.clients(), m_workspace.twoFactor(), m_actor);
    m_clients->setDetailsDecorator([this](ClientDetailsDialog* dialog) { decorateDetails(dialog); });
    connect(m_clients, &ClientsPage::diagnoseRequested, this, &OperatorSession::diagnose);
    m_window->addPage(tr("Clients"), tr("General"), m_clients);
    m_window->setSearchPage(m_clients);
    PendingApprovalsPage* approvals = nullptr;
    if (m_actor.can(Permission::DisableTwoFactor)) {
        // The four-eyes requests colleagues filed when a caller could not prove their identity.
        approvals = new PendingApprovalsPage(
            [this] { return CallerVerification::create(m_workspace, m_secrets, m_network); }, m_actor);
        connect(approvals, &PendingApprovalsPage::clientDisabled, m_clients, &ClientsPage::reload);
        m_window->addPage(tr("Clients"), tr("Pending approvals"), approvals);
    }

    auto* providers = new SmsProvidersPage(*m_providers, m_actor);
    m_window->addPage(tr("System"), tr("SMS providers"), providers);
    auto* delivery = new SmsDeliveryPage(m_workspace.location(), m_actor);
    connect(delivery, &SmsDeliveryPage::openClientRequested, this, [this](qint64 clientId) {
        m_window->showPage(m_clients);
        m_clients->openClient(clientId);
    });
    m_window->addPage(tr("System"), tr("SMS delivery"), delivery);
    auto* email = new EmailSettingsPage(m_workspace, m_secrets, m_actor);
    m_window->addPage(tr("System"), tr("E-mail"), email);
    auto* audit = new AuditPage(m_workspace.audit(), m_workspace.location(), m_actor);
    m_window->addPage(tr("System"), tr("Audit log"), audit);
    OperatorsPage* operatorsPage = nullptr;
    if (m_actor.can(Permission::ManageOperators)) {
        operatorsPage = new OperatorsPage(m_workspace.operators(), m_actor);
        m_window->addPage(tr("System"), tr("Operators"), operatorsPage);
    }

    // The status bar warns when the enabled provider is failing or below its threshold.
    m_healthLabel = new QLabel;
    m_healthLabel->setAccessibleDescription(tr("SMS provider health"));
    m_window->statusBar()->addPermanentWidget(m_healthLabel);
    connect(m_health.get(), &ProviderHealthMonitor::healthChanged, this, &OperatorSession::showHealth);
    connect(providers, &SmsProvidersPage::providersChanged, m_health.get(), &ProviderHealthMonitor::refresh);
    m_health->refresh();

    // Live refresh: what other desks change shows here within a second or two.
    const ChangeFeed& changes = m_workspace.changeFeed();
    connect(&changes, &ChangeFeed::changed, m_clients, &ClientsPage::applyChanges);
    connect(&changes, &ChangeFeed::changed, providers, &SmsProvidersPage::applyChanges);
    connect(&changes, &ChangeFeed::changed, audit, &AuditPage::showNewEvents);
    connect(&changes, &ChangeFeed::changed, email, &EmailSettingsPage::applyChanges);
    if (approvals)
        connect(&changes, &ChangeFeed::changed, approvals, [approvals](const ChangeSet& set) {
            if (set.changesDisableRequests())
                approvals->refresh();
        });
    if (operatorsPage)
        connect(&changes, &ChangeFeed::changed, operatorsPage, [operatorsPage](const ChangeSet& set) {
            if (set.changesOperators())
                operatorsPage->refresh();
        });

    auto* who = new QLabel(tr("Signed in as %1 (%2)").arg(m_actor.userName, OperatorsModel::roleText(m_actor.role)));
    who->setAccessibleDescription(tr("Signed-in operator"));
    m_window->statusBar()->addPermanentWidget(who);

    QMenu* menu = m_window->addMenu(tr("&Operator"));
    QAction* switchOperator = menu->addAction(tr("&Switch operator…"));
    connect(switchOperator, &QAction::triggered, this, &OperatorSession::switchOperatorRequested);
    QAction* signOut = menu->addAction(tr("Sign &out"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(signOut, &QAction::triggered, this, &OperatorSession::signOutRequested);
}

void OperatorSession::showHealth(const QString& summary, bool problem)
{
    m_healthLabel->setText(summary);
    m_healthLabel->setStyleSheet(problem ? u"color: #b3261e; font-weight: bold;"_s : QString());
    m_healthLabel->setToolTip(problem ? tr("Check System > SMS providers") : QString());
}

void OperatorSession::decorateDetails(ClientDetailsDialog* dialog)
{
    const Client& client = dialog->client();
    // One CallerVerification per details window, made when a disable starts: the channels then
    // reflect the settings as they are at that moment.
    dialog->setVerificationFactory([this] { return CallerVerification::create(m_workspace, m_secrets, m_network); });
    if (client.method == TwoFactorMethod::Authenticator) {
        auto* codeChecks = new OwnedService<CodeCheckService>(dialog, m_workspace.codeChecks(m_cipher));
        auto* checkCode = new CheckCodeWidget(codeChecks->service, m_actor, client.id, dialog);
        connect(dialog, &ClientDetailsDialog::clientChanged, checkCode, &CheckCodeWidget::showClientState);
        dialog->addSettingsSection(checkCode);
    }
    auto* providers = new OwnedService<ProviderService>(dialog, m_workspace.providers(m_secrets, m_network));
    auto* history = new OwnedService<SmsHistory>(dialog, m_workspace.smsHistory());
    dialog->tabs()->addTab(new ClientSmsHistoryWidget(history->service, providers->service, m_actor, client, dialog),
                           tr("S&MS"));

    auto* diagnoseButton = new QPushButton(tr("&Diagnose…"), dialog);
    diagnoseButton->setAccessibleName(tr("Diagnose this client"));
    diagnoseButton->setToolTip(tr("Check every possible reason why this client gets no 2FA codes"));
    diagnoseButton->setEnabled(m_actor.can(Permission::Diagnose));
    dialog->addActionButton(diagnoseButton);
    const qint64 clientId = client.id;
    connect(diagnoseButton, &QPushButton::clicked, dialog, [this, clientId] { diagnose(clientId); });
}

void OperatorSession::diagnose(qint64 clientId)
{
    auto client = m_workspace.clients().find(clientId);
    if (!client) {
        QMessageBox::warning(m_window.get(), tr("Diagnose"),
                             tr("The client cannot be read: %1").arg(ErrorText::describe(client.error())));
        return;
    }
    std::optional<SecretCipher> cipher;
    QString cipherProblem;
    if (m_cipher)
        cipher = m_cipher.value();
    else
        cipherProblem = ErrorText::describe(m_cipher.error());
    auto* dialog
        = new DiagnosisDialog(*m_diagnoser, m_actor, client.value(), cipher, cipherProblem,
                              QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccessibleName(tr("Diagnosis"));
    dialog->show();
    dialog->run();
}

} // namespace backoffice::ui
