// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice: the desktop application. Parses arguments, installs translators, opens the database and
// wires core objects to the main window's pages. No logic lives here.
#include "core/operators/OsUser.h"
#include "core/secrets/SecretStore.h"
#include "core/session/Workspace.h"
#include "translations/Translators.h"
#include "ui/MainWindow.h"
#include "ui/clients/ClientsPage.h"
#include "ui/clients/DemoDataOffer.h"
#include "ui/session/OperatorSession.h"
#include "ui/session/SessionManager.h"
#include "ui/settings/LanguageSetting.h"
#include "ui/storage/RememberedDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace backoffice;

namespace {

QString openErrorText(const DatabaseLocation& location, const Error& error)
{
    switch (error.code) {
    case Error::Code::SchemaTooNew:
        return QCoreApplication::translate(
                   "main",
                   "The database %1 was created by a newer version of Back Office (%2). Use that version, or choose "
                   "another database with --db.")
            .arg(location.displayName(), error.detail);
    case Error::Code::InvalidInput:
        return QCoreApplication::translate("main", "The database location is not valid: %1").arg(error.detail);
    case Error::Code::KeyMissing:
        return QCoreApplication::translate(
                   "main",
                   "This desk does not have the audit key of the database %1, so nothing done here could be recorded. "
                   "An administrator imports the keys from a colleague's desk: there 'backoffice-cli keys export > "
                   "keys.txt', here 'backoffice-cli keys import < keys.txt'.")
            .arg(location.displayName());
    case Error::Code::DecryptionFailed:
        return QCoreApplication::translate(
                   "main",
                   "The keychain holds an audit key that does not belong to the database %1. Import the right keys "
                   "with 'backoffice-cli keys import'.")
            .arg(location.displayName());
    case Error::Code::KeychainUnavailable:
        return QCoreApplication::translate("main",
                                           "The system keychain is unavailable, and the audit key of the database %1 "
                                           "lives there: %2")
            .arg(location.displayName(), error.detail);
    default:
        return QCoreApplication::translate("main", "The database %1 cannot be opened: %2")
            .arg(location.displayName(), error.toString());
    }
}

/// Opens `location`, signs an operator in and runs the windows until the operator quits (the exit
/// status) or chooses another database in File > Open team database… (`next`, status 0).
/// `chosen`: the operator just chose it, so it is remembered once it opened with its keys.
int runOn(QApplication& app, const DatabaseLocation& location, KeychainSecretStore& secrets,
          std::optional<DatabaseLocation>& next, bool chosen)
{
    auto opened = Workspace::open(location);
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Back Office"),
                              openErrorText(location, opened.error()));
        return 1;
    }
    const Workspace& workspace = *opened.value();
    // Nothing is done before it can be recorded: the audit key comes first.
    if (const Status keyed = workspace.loadAuditKey(secrets, osUserName()); !keyed) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Back Office"),
                              openErrorText(location, keyed.error()));
        return 1;
    }
    if (chosen)
        ui::RememberedDatabase::remember(location);
    QNetworkAccessManager network;
    ui::SessionManager sessions(workspace, secrets, &network);
    QObject::connect(&sessions, &ui::SessionManager::databaseSwitchRequested, &sessions,
                     [&next](const DatabaseLocation& chosenLocation) {
                         next = chosenLocation;
                         QApplication::exit(0);
                     });
    // First start on an empty database: offer demo clients to whoever may import them.
    QObject::connect(&sessions, &ui::SessionManager::sessionStarted, &sessions, [&](ui::OperatorSession* session) {
        auto count = workspace.clients().count({}, 1);
        if (!count || count.value() > 0 || !session->actor().can(Permission::ImportClients))
            return;
        auto* offer = new ui::DemoDataOffer(workspace.dataKeys(secrets), workspace.location(), session->actor(),
                                            session->window());
        ui::ClientsPage* clients = session->clientsPage();
        QObject::connect(offer, &ui::DemoDataOffer::finished, clients, [clients](qint64 created) {
            if (created > 0)
                clients->reload();
        });
        QTimer::singleShot(0, offer, &ui::DemoDataOffer::start);
    });
    if (!sessions.start())
        return 0;

    return app.exec();
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"BackOffice"_s);
    QApplication::setApplicationName(u"backoffice"_s);
    QApplication::setApplicationDisplayName(u"Back Office"_s);
    QApplication::setApplicationVersion(QStringLiteral(BACKOFFICE_VERSION));
    // Ties the windows to the installed desktop entry (task bar grouping, the icon in the dock).
    QGuiApplication::setDesktopFileName(u"io.backoffice.BackOffice"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"backoffice"_s, QIcon(u":/icons/backoffice.png"_s)));

    // The language chosen in File > Settings, else the system's.
    translations::install(translations::localeFor(ui::storedLanguage()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Back Office: help clients who do not receive two-factor codes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"db"_s,
         QCoreApplication::translate("main", "The database: a SQLite file path or postgresql://user@host:port/dbname."),
         QCoreApplication::translate("main", "location")});
    parser.process(app);

    KeychainSecretStore secrets;
    // --db, else the database chosen in File > Open team database… (its saved password from the keychain).
    DatabaseLocation location;
    if (parser.isSet(u"db"_s)) {
        auto parsed = DatabaseLocation::parse(parser.value(u"db"_s));
        if (!parsed) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Back Office"),
                                  openErrorText(DatabaseLocation::defaultLocation(), parsed.error()));
            return 2;
        }
        location = parsed.value();
    } else {
        location = ui::RememberedDatabase::withSavedPassword(ui::RememberedDatabase::location(), secrets);
    }

    // A write waiting for another program's lock (a long import on another desk) shows a busy cursor
    // instead of a frozen window; it is told on the thread that waits, and only the GUI thread may
    // touch the cursor.
    Workspace::setBusyObserver([](bool waiting) {
        if (QThread::currentThread() != qApp->thread())
            return;
        if (waiting) {
            QApplication::setOverrideCursor(Qt::BusyCursor);
            QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        } else {
            QApplication::restoreOverrideCursor();
        }
    });

    // Each switch of database ends the sessions and runs the application again on the new one. The
    // choice is remembered once it opened with its keys; one that does not goes back to the previous.
    std::optional<DatabaseLocation> previous;
    for (;;) {
        std::optional<DatabaseLocation> next;
        const int status = runOn(app, location, secrets, next, previous.has_value());
        if (next) {
            previous = location;
            location = *next;
        } else if (status != 0 && previous) {
            location = *std::exchange(previous, std::nullopt);
        } else {
            return status;
        }
    }
}
