// SPDX-License-Identifier: GPL-3.0-or-later
// Who is at the keyboard, as the application runs it: an operator signs in through the real sign-in
// dialog and gets a window; switching to another database (File > Open team database…) closes that
// window, leaves nobody signed in and asks for the chosen database, whose password is never part
// of what is handed on as text.
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/secrets/SecretStore.h"
#include "core/session/Workspace.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "ui/MainWindow.h"
#include "ui/operators/SignInDialog.h"
#include "ui/session/OperatorSession.h"
#include "ui/session/SessionManager.h"

#include <QApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestSessionManager : public QObject
{
    Q_OBJECT

    KeychainSecretStore m_secrets {test::uniqueKeychainService()};
    QNetworkAccessManager m_network;

    /// Answers the next sign-in dialog as `userName` with the team's password.
    void signInNextAs(const QString& userName)
    {
        QTimer::singleShot(0, this, [userName] {
            auto* dialog = qobject_cast<ui::SignInDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit*>(u"userNameEdit"_s)->setText(userName);
            dialog->findChild<QLineEdit*>(u"passwordEdit"_s)->setText(u"correct horse battery"_s);
            dialog->accept();
        });
    }

private slots:
    void switchingDatabaseClosesTheSessionAndAsksForTheChosenOne()
    {
        test::TestDatabase database;
        const Workspace workspace(database.shared(), SystemClock::instance(), ScryptParameters::forTests());
        QVERIFY(workspace.operators().createFirstAdministrator(
            {u"ada"_s, u"Ada"_s, Role::Admin, u"correct horse battery"_s}));

        ui::SessionManager sessions(workspace, m_secrets, &m_network);
        QSignalSpy started(&sessions, &ui::SessionManager::sessionStarted);
        signInNextAs(u"ada"_s);
        QVERIFY(sessions.start());
        QCOMPARE(started.count(), 1);
        QVERIFY(sessions.session());
        QCOMPARE(sessions.session()->actor().userName, u"ada"_s);
        QPointer<ui::MainWindow> window = sessions.session()->window();
        QVERIFY(window->isVisible());

        DatabaseLocation team = DatabaseLocation::parse(u"postgresql://ada@db.example.com:5432/team"_s).value();
        team.password = u"s3cret-team-password"_s;
        QSignalSpy switching(&sessions, &ui::SessionManager::databaseSwitchRequested);
        sessions.switchDatabase(team);
        QCOMPARE(switching.count(), 1);
        QVERIFY(!sessions.session()); // nobody stays signed in
        QVERIFY(!window); // the operator's window and its dialogs are gone
        const auto asked = switching.first().first().value<DatabaseLocation>();
        QCOMPARE(asked.displayName(), team.displayName());
        QCOMPARE(asked.password, team.password); // handed on to open it, never as text:
        QVERIFY(!asked.displayName().contains(team.password));
        QVERIFY(!asked.toText().contains(team.password));
        QCOMPARE(started.count(), 1); // and no new session on the old database
    }
};

QTEST_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
