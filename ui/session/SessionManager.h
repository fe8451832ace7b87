// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Actor.h"
#include "core/storage/DatabaseLocation.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace backoffice {
class SecretStore;
class Workspace;
} // namespace backoffice

namespace backoffice::ui {

class IdleLockWatcher;
class OperatorSession;

/// Who is at the keyboard: asks for a sign-in (or, on a new database, the first administrator)
/// before any client data is shown, gives each operator a session of their own, and locks the
/// window after the configured idle time. Quitting the window quits the application. File > Open
/// team database… ends the session; the application then reopens on the database chosen.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    /// Operators sign in against `workspace`'s database; each session works on it.
    SessionManager(const Workspace& workspace, SecretStore& secrets, QNetworkAccessManager* network,
                   QObject* parent = nullptr);
    ~SessionManager() override;

    /// Signs in and opens the first session. False when the operator cancelled.
    bool start();
    OperatorSession* session() const { return m_session.get(); }

signals:
    /// A new operator's window is open (after start, a switch or an unlock by someone else).
    void sessionStarted(backoffice::ui::OperatorSession* session);
    /// The operator chose another database, and it opened: the session is closed; whoever runs the
    /// application opens `location` and starts a new SessionManager there (operators sign in again).
    void databaseSwitchRequested(const backoffice::DatabaseLocation& location);

public slots:
    /// Closes the session and asks for `location` (databaseSwitchRequested).
    void switchDatabase(const backoffice::DatabaseLocation& location);

private:
    void open(const Actor& actor);
    void signOut();
    void lock();
    void quit();
    void chooseDatabase();

    const Workspace& m_workspace;
    SecretStore& m_secrets;
    QNetworkAccessManager* m_network;
    std::unique_ptr<OperatorSession> m_session;
    IdleLockWatcher* m_idle = nullptr;
    bool m_replacing = false;
};

} // namespace backoffice::ui
