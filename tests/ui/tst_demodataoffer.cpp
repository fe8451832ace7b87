// SPDX-License-Identifier: GPL-3.0-or-later
// First start: demo clients are created off the UI thread, with progress, and the data key from the
// real keychain (run under a Secret Service session, see TESTING.md).
#include "core/secrets/DataKeyService.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/TestDatabase.h"
#include "ui/clients/DemoDataOffer.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

class TestDemoDataOffer : public QObject
{
    Q_OBJECT

private slots:
    void createsClientsInAWorkerWithProgress()
    {
        test::TestDatabase db;
        KeychainSecretStore secrets;
        QWidget window;
        window.show();
        DemoDataOffer offer(DataKeyService(db.db(), secrets), db.db().location(), Actor {u"root"_s, Role::Admin},
                            &window);
        QSignalSpy finished(&offer, &DemoDataOffer::finished);
        offer.create(300);
        QTRY_VERIFY(window.findChild<QProgressDialog*>() != nullptr);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toLongLong(), 300);
        QCOMPARE(db.db().scalar(u"SELECT count(*) FROM clients"_s).value().toInt(), 300);
        QCOMPARE(db.db().scalar(u"SELECT count(*) FROM audit_events WHERE action = 'clients.demo'"_s).value().toInt(),
                 1);
    }

    void cancellingKeepsNothing()
    {
        test::TestDatabase db;
        KeychainSecretStore secrets;
        QWidget window;
        window.show();
        DemoDataOffer offer(DataKeyService(db.db(), secrets), db.db().location(), Actor {u"root"_s, Role::Admin},
                            &window);
        QSignalSpy finished(&offer, &DemoDataOffer::finished);
        offer.create(200000);
        QTRY_VERIFY(window.findChild<QProgressDialog*>() != nullptr);
        // As the operator does: the dialog's Cancel button.
        auto* cancel = window.findChild<QProgressDialog*>()->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toLongLong(), 0);
        QCOMPARE(db.db().scalar(u"SELECT count(*) FROM clients"_s).value().toInt(), 0);
    }
};

QTEST_MAIN(TestDemoDataOffer)
#include "tst_demodataoffer.moc"
