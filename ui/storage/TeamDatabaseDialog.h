// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Job.h"
#include "core/common/Result.h"
#include "core/storage/DatabaseLocation.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace backoffice {
class SecretStore;
}

namespace backoffice::ui {

/// File > Open team database…: where this desk's data lives, its own SQLite file or the team's
/// PostgreSQL server (host, port, database, user, TLS mode and root certificate, the password). Connect
/// first tries the connection off the UI thread and says in words why it failed (wrong password,
/// server unreachable, certificate not trusted, a newer schema); only a database that opened is
/// chosen. A password the operator asks to keep goes to the system keychain under a key for that
/// server, database and user; it is never part of the URL, the settings or any text shown.
class TeamDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    /// Starts from `current` (the database open now); `secrets` must outlive the dialog.
    TeamDatabaseDialog(const DatabaseLocation& current, SecretStore& secrets, QWidget* parent = nullptr);
    ~TeamDatabaseDialog() override;

    /// What the fields describe now, the password included (for the connection only).
    Result<DatabaseLocation> location() const;

signals:
    /// The connection worked (and the password is saved, if asked): switch to `location`.
    void chosen(const backoffice::DatabaseLocation& location);

public slots:
    void accept() override;
    void reject() override;

private:
    void updateEnabled();
    void chooseRootCertificate();
    void setBusy(bool busy, const QString& status = {});
    void showError(const QString& text);
    void onConnected(const DatabaseLocation& location, const Status& result);
    void finish(const DatabaseLocation& location);
    QString connectionErrorText(const DatabaseLocation& location, const Error& error) const;

    SecretStore& m_secrets;
    QRadioButton* m_ownDatabase = nullptr;
    QRadioButton* m_teamDatabase = nullptr;
    QWidget* m_serverFields = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_databaseName = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_rootCertificate = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_savePassword = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_connect = nullptr;
    QPointer<Task<Status>> m_job; ///< the connection being tried
};

} // namespace backoffice::ui
