// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/secrets/SecretCipher.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QLabel;
class QNetworkAccessManager;

namespace backoffice {
class Diagnoser;
class ProviderHealthMonitor;
class ProviderService;
class SecretStore;
class Workspace;
} // namespace backoffice

namespace backoffice::ui {

class ClientDetailsDialog;
class ClientsPage;
class MainWindow;

/// One signed-in operator's main window, with every page wired to the core services for that
/// operator's role: Clients > General (with Check a code, the SMS tab and Diagnose on a client),
/// System > SMS providers, SMS delivery, Audit log and, for administrators, Operators. Signing out
/// ends the session; the next operator gets a new one.
class OperatorSession : public QObject
{
    Q_OBJECT

public:
    /// Every page works on `workspace`'s database, as `actor`.
    OperatorSession(const Workspace& workspace, SecretStore& secrets, QNetworkAccessManager* network, Actor actor,
                    QObject* parent = nullptr);
    ~OperatorSession() override;

    MainWindow* window() const { return m_window.get(); }
    ClientsPage* clientsPage() const { return m_clients; }
    const Actor& actor() const { return m_actor; }

    /// Opens the diagnosis of a client (Diagnose buttons on the list and in the details).
    void diagnose(qint64 clientId);

signals:
    void signOutRequested();
    void switchOperatorRequested();
    /// The data key was looked up: ok, or why authenticator features are unavailable.
    void dataKeyLoaded();

private:
    void buildPages();
    void decorateDetails(ClientDetailsDialog* dialog);
    void showHealth(const QString& summary, bool problem);

    const Workspace& m_workspace;
    SecretStore& m_secrets;
    QNetworkAccessManager* m_network;
    Actor m_actor;
    std::unique_ptr<Diagnoser> m_diagnoser;
    Result<SecretCipher> m_cipher;
    // The services the pages use, over the workspace's connection: they outlive the window.
    std::unique_ptr<ProviderService> m_providers;
    std::unique_ptr<ProviderHealthMonitor> m_health;
    std::unique_ptr<MainWindow> m_window;
    ClientsPage* m_clients = nullptr; // owned by the window
    QLabel* m_healthLabel = nullptr;
};

} // namespace backoffice::ui
