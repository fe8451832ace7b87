// SPDX-License-Identifier: GPL-3.0-or-later
// First start: demo clients are created off the UI thread, with progress, and the data key from the
// real keychain (run under a Secret Service session, see TESTING.md).
#include "core/secrets/DataKeyService.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "ui/clients/DemoDataOffer.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
/// The offer as a first start makes it: on an empty test database, with its data key in a keychain
/// of its own, over the shown main window.
struct Offer
{
    test::TestDatabase db;
    KeychainSecretStore secrets {test::uniqueKeychainService()};
    QWidget window;
    DemoDataOffer offer {DataKeyService(db.db(), secrets), db.db().location(), Actor {u"root"_s, Role::Admin}, &window};
    QSignalSpy finished {&offer, &DemoDataOffer::finished};

    Offer() { window.show(); }

    QProgressDialog* progress() const { return window.findChild<QProgressDialog*>(); }
};
} // namespace

class TestDemoDataOffer : public QObject
{
    Q_OBJECT

private slots:
    void createsClientsInAWorkerWithProgress()
    {
        Offer f;
        f.offer.create(300);
        QTRY_VERIFY(f.progress() != nullptr);
        QVERIFY(f.finished.wait(60000));
        QCOMPARE(f.finished.first().first().toLongLong(), 300);
        QCOMPARE(f.db.db().scalar(u"SELECT count(*) FROM clients"_s).value().toInt(), 300);
        QCOMPARE(f.db.db().scalar(u"SELECT count(*) FROM audit_events WHERE action = 'clients.demo'"_s).value().toInt(),
                 1);
    }

    void cancellingKeepsNothing()
    {
        Offer f;
        f.offer.create(200000);
        QTRY_VERIFY(f.progress() != nullptr);
        // As the operator does: the dialog's Cancel button.
        auto* cancel = f.progress()->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(f.finished.wait(120000));
        QCOMPARE(f.finished.first().first().toLongLong(), 0);
        QCOMPARE(f.db.db().scalar(u"SELECT count(*) FROM clients"_s).value().toInt(), 0);
    }
};

QTEST_MAIN(TestDemoDataOffer)
#include "tst_demodataoffer.moc"
