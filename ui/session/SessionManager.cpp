// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/SessionManager.h"

#include "core/session/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/operators/IdleLockWatcher.h"
#include "ui/operators/StartupSignIn.h"
#include "ui/session/OperatorSession.h"
#include "ui/storage/TeamDatabaseDialog.h"

#include <QApplication>
#include <QTimer>

#include <chrono>

namespace backoffice::ui {

SessionManager::SessionManager(const Workspace& workspace, SecretStore& secrets, QNetworkAccessManager* network,
                               QObject* parent)
    : QObject(parent), m_workspace(workspace), m_secrets(secrets), m_network(network)
{
    // Sessions come and go (sign out, switch operator): only an explicit quit ends the application.
    QApplication::setQuitOnLastWindowClosed(false);
    m_idle = new IdleLockWatcher(std::chrono::minutes(SessionSettings::defaultIdleLockMinutes), this);
    // The team's setting, read again while counting: an administrator's change on another desk holds here.
    m_idle->setTimeoutSource(
        [&settings = m_workspace.sessionSettings()] { return std::chrono::minutes(settings.idleLockMinutes()); });
    connect(m_idle, &IdleLockWatcher::idleTimeout, this, &SessionManager::lock);
}

SessionManager::~SessionManager() = default;

bool SessionManager::start()
{
    const std::optional<Actor> actor = signInInteractively(m_workspace.operators(), m_workspace.signIn());
    if (!actor)
        return false;
    open(*actor);
    return true;
}

void SessionManager::open(const Actor& actor)
{
    m_replacing = true;
    m_session.reset(); // the previous operator's window and dialogs go first
    m_replacing = false;
    m_session = std::make_unique<OperatorSession>(m_workspace, m_secrets, m_network, actor);
    connect(m_session.get(), &OperatorSession::signOutRequested, this, &SessionManager::signOut);
    connect(m_session.get(), &OperatorSession::switchOperatorRequested, this, &SessionManager::signOut);
    connect(m_session->window(), &MainWindow::closed, this, [this] {
        if (!m_replacing)
            quit();
    });
    connect(m_session->window(), &MainWindow::openDatabaseRequested, this, &SessionManager::chooseDatabase);
    m_session->window()->show();
    m_idle->start();
    emit sessionStarted(m_session.get());
}

void SessionManager::signOut()
{
    m_idle->stop();
    m_replacing = true;
    m_session.reset();
    m_replacing = false;
    const std::optional<Actor> actor = signInInteractively(m_workspace.operators(), m_workspace.signIn());
    if (!actor) {
        quit();
        return;
    }
    open(*actor);
}

void SessionManager::lock()
{
    if (!m_session)
        return;
    // Nothing of the client data stays on screen while locked.
    MainWindow* window = m_session->window();
    const QString userName = m_session->actor().userName;
    m_replacing = true;
    window->hide();
    m_replacing = false;
    const std::optional<Actor> actor
        = signInInteractively(m_workspace.operators(), m_workspace.signIn(), nullptr, userName);
    if (!actor) {
        quit();
        return;
    }
    if (actor->userName == userName && actor->role == m_session->actor().role) {
        window->show();
        m_idle->start();
        return;
    }
    open(*actor);
}

void SessionManager::chooseDatabase()
{
    if (!m_session)
        return;
    auto* dialog = new TeamDatabaseDialog(m_workspace.location(), m_secrets, m_session->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamDatabaseDialog::chosen, this, [this](const DatabaseLocation& location) {
        // Once the dialog has closed (and gone): it belongs to the window the switch closes.
        QTimer::singleShot(0, this, [this, location] { switchDatabase(location); });
    });
    dialog->open();
}

void SessionManager::switchDatabase(const DatabaseLocation& location)
{
    m_idle->stop();
    m_replacing = true;
    m_session.reset(); // the operator's window and dialogs close; nobody stays signed in
    m_replacing = false;
    emit databaseSwitchRequested(location);
}

void SessionManager::quit()
{
    m_idle->stop();
    QApplication::quit();
}

} // namespace backoffice::ui
