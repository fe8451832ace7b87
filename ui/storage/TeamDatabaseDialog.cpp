// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/storage/TeamDatabaseDialog.h"

#include "core/common/BackgroundTask.h"
#include "core/secrets/SecretStore.h"
#include "ui/common/ErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <chrono>

namespace backoffice::ui {

namespace {
/// How long libpq tries to reach the server (seconds), and the whole check at most.
constexpr int connectTimeoutSeconds = 10;
constexpr std::chrono::seconds checkTimeout(30);

const auto sslModeKey = QStringLiteral("sslmode");
const auto rootCertificateKey = QStringLiteral("sslrootcert");
const auto connectTimeoutKey = QStringLiteral("connect_timeout");
} // namespace

TeamDatabaseDialog::TeamDatabaseDialog(const DatabaseLocation& current, SecretStore& secrets, QWidget* parent)
    : QDialog(parent), m_secrets(secrets)
{
    setWindowTitle(tr("Open Team Database"));
    setAccessibleName(tr("Open team database"));

    auto* intro = new QLabel(tr("Choose where this desk's clients, providers and audit log live. A team shares "
                                "one PostgreSQL database; each operator then signs in there."));
    intro->setWordWrap(true);

    m_ownDatabase = new QRadioButton(tr("This desk's &own database (SQLite)"));
    m_ownDatabase->setAccessibleName(tr("This desk's own database (SQLite)"));
    m_ownDatabase->setAccessibleDescription(QDir::toNativeSeparators(DatabaseLocation::defaultLocation().sqlitePath));
    m_ownDatabase->setToolTip(QDir::toNativeSeparators(DatabaseLocation::defaultLocation().sqlitePath));
    m_teamDatabase = new QRadioButton(tr("A t&eam database on a PostgreSQL server"));
    m_teamDatabase->setAccessibleName(tr("A team database on a PostgreSQL server"));

    m_host = new QLineEdit;
    m_host->setAccessibleName(tr("Host"));
    m_host->setPlaceholderText(tr("db.example.com"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccessibleName(tr("Port"));
    m_databaseName = new QLineEdit;
    m_databaseName->setAccessibleName(tr("Database name"));
    m_user = new QLineEdit;
    m_user->setAccessibleName(tr("User"));
    m_sslMode = new QComboBox;
    m_sslMode->setAccessibleName(tr("Security"));
    m_sslMode->addItem(tr("Verify the certificate and the host name (verify-full)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Encrypt, without checking the certificate (require)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypt if the server offers it (prefer)"), QStringLiteral("prefer"));
    auto* sslNote = new QLabel(tr("Across a network, connect with verify-full: only it makes sure you talk to your "
                                  "team's server. Use the others only on a network you trust."));
    sslNote->setWordWrap(true);
    m_rootCertificate = new QLineEdit;
    m_rootCertificate->setAccessibleName(tr("Root certificate file"));
    m_rootCertificate->setPlaceholderText(tr("The file of the authority that signed the server's certificate"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the root certificate file"));
    m_browse->setAutoDefault(false); // Return connects, wherever the focus is
    auto* certificateRow = new QHBoxLayout;
    certificateRow->setContentsMargins(0, 0, 0, 0);
    certificateRow->addWidget(m_rootCertificate, 1);
    certificateRow->addWidget(m_browse);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Empty: PGPASSWORD or ~/.pgpass"));
    m_savePassword = new QCheckBox(tr("Sa&ve the password in the system keychain"));
    m_savePassword->setAccessibleName(tr("Save the password in the system keychain"));

    m_serverFields = new QWidget;
    auto* form = new QFormLayout(m_serverFields);
    form->setContentsMargins(24, 0, 0, 0);
    const auto addRow = [form](const QString& text, QWidget* field, QLayout* row = nullptr) {
        auto* label = new QLabel(text);
        label->setBuddy(field);
        if (row)
            form->addRow(label, row);
        else
            form->addRow(label, field);
    };
    addRow(tr("&Host:"), m_host);
    auto* portRow = new QHBoxLayout; // a port is five digits: the box need not span the form
    portRow->addWidget(m_port);
    portRow->addStretch();
    addRow(tr("&Port:"), m_port, portRow);
    addRow(tr("&Database:"), m_databaseName);
    addRow(tr("&User:"), m_user);
    addRow(tr("&Security:"), m_sslMode);
    form->addRow(QString(), sslNote);
    addRow(tr("Root certi&ficate:"), m_rootCertificate, certificateRow);
    addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_savePassword);

    m_progress = new QProgressBar;
    m_progress->setRange(0, 0); // busy: a connection has no steps to count
    m_progress->setAccessibleName(tr("Connecting"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setAccessibleName(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamDatabaseDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_ownDatabase);
    layout->addWidget(m_teamDatabase);
    layout->addWidget(m_serverFields);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_connect->setDefault(true); // once in the dialog, which only then knows its default button

    connect(m_ownDatabase, &QRadioButton::toggled, this, &TeamDatabaseDialog::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, &TeamDatabaseDialog::chooseRootCertificate);
    connect(m_password, &QLineEdit::textChanged, this, &TeamDatabaseDialog::updateEnabled);

    // Start from the database open now.
    if (current.kind == DatabaseLocation::Kind::PostgreSql) {
        m_teamDatabase->setChecked(true);
        const QUrl& url = current.url;
        m_host->setText(url.host());
        m_port->setValue(url.port(5432));
        m_databaseName->setText(url.path(QUrl::FullyDecoded).mid(1));
        m_user->setText(url.userName(QUrl::FullyDecoded));
        const QUrlQuery query(url);
        const int mode = m_sslMode->findData(query.queryItemValue(sslModeKey, QUrl::FullyDecoded));
        m_sslMode->setCurrentIndex(mode >= 0 ? mode : 0);
        m_rootCertificate->setText(query.queryItemValue(rootCertificateKey, QUrl::FullyDecoded));
        m_savePassword->setChecked(!current.password.isEmpty());
    } else {
        m_ownDatabase->setChecked(true);
    }
    updateEnabled();
    setMinimumWidth(560);
}

TeamDatabaseDialog::~TeamDatabaseDialog()
{
    // A connection attempt still running winds down on its own; its answer goes nowhere.
    if (m_job)
        m_job->abandon();
}

void TeamDatabaseDialog::updateEnabled()
{
    const bool busy = !m_job.isNull();
    m_serverFields->setEnabled(m_teamDatabase->isChecked() && !busy);
    m_ownDatabase->setEnabled(!busy);
    m_teamDatabase->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    m_savePassword->setEnabled(!m_password->text().isEmpty());
}

void TeamDatabaseDialog::chooseRootCertificate()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Root Certificate"), m_rootCertificate->text(),
                                                      tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_rootCertificate->setText(QDir::toNativeSeparators(file));
}

Result<DatabaseLocation> TeamDatabaseDialog::location() const
{
    if (m_ownDatabase->isChecked())
        return DatabaseLocation::defaultLocation();
    const QString host = m_host->text().trimmed();
    const QString name = m_databaseName->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (host.isEmpty())
        return Error::invalid(QStringLiteral("host"));
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("database"));
    if (user.isEmpty())
        return Error::invalid(QStringLiteral("user"));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + name);
    url.setUserName(user);
    QUrlQuery query;
    query.addQueryItem(sslModeKey, m_sslMode->currentData().toString());
    const QString certificate = m_rootCertificate->text().trimmed();
    if (!certificate.isEmpty())
        query.addQueryItem(rootCertificateKey, QDir::fromNativeSeparators(certificate));
    query.addQueryItem(connectTimeoutKey, QString::number(connectTimeoutSeconds));
    url.setQuery(query);
    if (!url.isValid())
        return Error::invalid(QStringLiteral("host"), url.errorString());
    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::PostgreSql;
    location.url = url;
    location.password = m_password->text();
    return location;
}

void TeamDatabaseDialog::accept()
{
    if (m_job)
        return;
    auto chosen = location();
    if (!chosen) {
        const QString field = chosen.error().field;
        if (field == QStringLiteral("host")) {
            showError(tr("Enter the server's host name."));
            m_host->setFocus();
        } else if (field == QStringLiteral("database")) {
            showError(tr("Enter the name of the team's database."));
            m_databaseName->setFocus();
        } else {
            showError(tr("Enter the user name the server knows you by."));
            m_user->setFocus();
        }
        return;
    }
    const DatabaseLocation target = chosen.value();
    // Opened (and, for a new empty database, set up) on a worker thread: the window stays responsive.
    auto* task = BackgroundTask<Ok>::start(target, [](TaskContext&) -> Status { return Ok {}; });
    task->setTimeout(checkTimeout);
    task->then(this, [this, target](Status result) { onConnected(target, result); });
    m_job = task;
    setBusy(true, tr("Connecting to %1…").arg(target.displayName()));
}

void TeamDatabaseDialog::reject()
{
    if (m_job) {
        m_job->abandon();
        m_job = nullptr;
    }
    QDialog::reject();
}

void TeamDatabaseDialog::setBusy(bool busy, const QString& status)
{
    m_progress->setVisible(busy);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    updateEnabled();
}

void TeamDatabaseDialog::showError(const QString& text)
{
    setBusy(false, text);
}

void TeamDatabaseDialog::onConnected(const DatabaseLocation& location, const Status& result)
{
    m_job = nullptr;
    if (!result) {
        showError(connectionErrorText(location, result.error()));
        return;
    }
    if (location.kind != DatabaseLocation::Kind::PostgreSql) {
        finish(location);
        return;
    }
    setBusy(true, tr("Connected. Saving your choice…"));
    const QString key = SecretKeys::databasePassword(location.url);
    const auto saved = [this, location](Status status) {
        if (!status && status.error().code != Error::Code::NotFound) {
            showError(tr("The connection works, but the password could not be kept in the keychain: %1")
                          .arg(ErrorText::describe(status.error())));
            return;
        }
        finish(location);
    };
    // Asked to keep it: saved; not asked: a password kept before for this server is forgotten.
    if (m_savePassword->isEnabled() && m_savePassword->isChecked())
        m_secrets.write(key, location.password.toUtf8(), this, saved);
    else
        m_secrets.remove(key, this, saved);
}

void TeamDatabaseDialog::finish(const DatabaseLocation& location)
{
    setBusy(false);
    emit chosen(location);
    QDialog::accept();
}

QString TeamDatabaseDialog::connectionErrorText(const DatabaseLocation& location, const Error& error) const
{
    const QString name = location.displayName();
    QString sentence;
    if (error.code == Error::Code::InvalidInput && error.field == QStringLiteral("database-password"))
        sentence = tr("The server refused the password of %1. Check the password and try again.")
                       .arg(location.url.userName());
    else if (error.code == Error::Code::Network && error.field == QStringLiteral("database-unreachable"))
        sentence = tr("The server %1 cannot be reached on port %2. Check the host name and the port, and that the "
                      "server accepts connections from this desk.")
                       .arg(location.url.host())
                       .arg(location.url.port(5432));
    else if (error.code == Error::Code::Network && error.field == QStringLiteral("database-certificate"))
        sentence = tr("The server's certificate is not trusted. Choose the root certificate file your administrator "
                      "gave you; verify-full also checks that the certificate was made for this host name.");
    else if (error.code == Error::Code::Network && error.field == QStringLiteral("database-tls"))
        sentence = tr("The server does not offer an encrypted connection. Ask your administrator to turn on TLS "
                      "on the server.");
    else if (error.code == Error::Code::SchemaTooNew)
        return tr("The database %1 was set up by a newer version of Back Office (%2). Update Back Office on this "
                  "desk first.")
            .arg(name, error.detail);
    else if (error.code == Error::Code::Cancelled)
        return tr("The server did not answer in time.");
    else
        return tr("The database %1 cannot be opened: %2").arg(name, ErrorText::describe(error));
    // libpq's own words (never a password) for whoever looks into it.
    return error.detail.isEmpty() ? sentence : tr("%1\n\nThe server said: %2").arg(sentence, error.detail);
}

} // namespace backoffice::ui
