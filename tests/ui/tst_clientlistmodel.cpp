// SPDX-License-Identifier: GPL-3.0-or-later
// The clients table model: batches, SQL sorting, capped count, and a consistent model throughout.
#include "tests/support/TestDatabase.h"
#include "ui/clients/ClientListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
/// Adds `count` plain clients with ids from `firstId`, in SQL (fast enough for ten thousand rows).
void addMany(const Database& db, int firstId, int count, const QString& method = u"none"_s)
{
    const auto done
        = db.exec(u"WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                  u"INSERT INTO clients (id, first_name, last_name, email, phone, country, created_at, twofa_method, "
                  u"twofa_enabled_at) SELECT i, 'First' || i, 'Last' || (i % 97), 'user' || i || '@example.com', "
                  u"'+4474001' || printf('%05d', i % 100000), 'GB', '2024-01-01T00:00:00.000Z', ?, "
                  u"CASE WHEN ? = 'none' THEN NULL ELSE '2025-01-01T00:00:00.000Z' END FROM n"_s,
                  {firstId, firstId + count - 1, method, method});
    if (!done)
        qFatal("%s", qPrintable(done.error().toString()));
}
} // namespace

class TestClientListModel : public QObject
{
    Q_OBJECT

private slots:
    void loadsInBatchesAsTheViewScrolls()
    {
        test::TestDatabase db;
        addMany(db.db(), 1, 450);
        const ClientRepository clients(db.db());
        ClientListModel model(clients);
        // No QAbstractItemModelTester here: it fetches more rows itself; the other tests run it.
        model.setQuery({}, std::nullopt);
        QCOMPARE(model.rowCount(), ClientListModel::BatchSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ClientListModel::BatchSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.matchCount(), 450);
        QVERIFY(!model.countIsCapped());
    }

    void countIsCappedAtTenThousand()
    {
        test::TestDatabase db;
        addMany(db.db(), 1, 10'050);
        const ClientRepository clients(db.db());
        ClientListModel model(clients);
        QSignalSpy counted(&model, &ClientListModel::countChanged);
        model.setQuery({}, std::nullopt);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().at(0).toLongLong(), ClientListModel::CountCap);
        QVERIFY(counted.first().at(1).toBool());
        QCOMPARE(model.rowCount(), ClientListModel::BatchSize);
        model.setQuery(u"user1005"_s, std::nullopt); // user1005@ and user10050@
        QVERIFY(!model.countIsCapped());
        QVERIFY(model.matchCount() > 1 && model.matchCount() < 100);
    }

    void columnsShowTheClient()
    {
        test::TestDatabase db;
        db.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        const ClientRepository clients(db.db());
        ClientListModel model(clients);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({}, std::nullopt);
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.data(model.index(0, ClientListModel::IdColumn)).toLongLong(), 7);
        QCOMPARE(model.data(model.index(0, ClientListModel::NameColumn)).toString(), u"Ada Lovelace"_s);
        QCOMPARE(model.data(model.index(0, ClientListModel::EmailColumn)).toString(), u"ada.lovelace@example.com"_s);
        QCOMPARE(model.data(model.index(0, ClientListModel::CountryColumn)).toString(), u"GB"_s);
        QCOMPARE(model.data(model.index(0, ClientListModel::MethodColumn)).toString(), u"Google Authenticator"_s);
        QVERIFY(!model.data(model.index(0, ClientListModel::EnabledAtColumn)).toString().isEmpty());
        QCOMPARE(model.headerData(ClientListModel::MethodColumn, Qt::Horizontal).toString(), u"2FA"_s);
        QCOMPARE(model.data(model.index(0, 0), ClientListModel::ClientIdRole).toLongLong(), 7);
    }

    void sortingRunsInSqlOverAllRows()
    {
        test::TestDatabase db;
        addMany(db.db(), 1, 300);
        db.addClient(test::makeClient(1000, u"Zed"_s, u"Aaron"_s, TwoFactorMethod::Sms));
        const ClientRepository clients(db.db());
        ClientListModel model(clients);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({}, std::nullopt);
        // Client 1000 is not in the first batch by id, but is first by name: the sort is not over loaded rows.
        model.sort(ClientListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(model.clientAt(0).id, 1000);
        model.sort(ClientListModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(model.clientAt(0).id, 1000);
        QCOMPARE(model.clientAt(1).id, 300);
        model.sort(ClientListModel::MethodColumn, Qt::DescendingOrder);
        QCOMPARE(model.clientAt(0).method, TwoFactorMethod::Sms);
        QCOMPARE(model.query().sortKey, ClientQuery::SortKey::Method);
    }

    void filterAndSearchNarrowTheRows()
    {
        test::TestDatabase db;
        addMany(db.db(), 1, 50);
        addMany(db.db(), 100, 5, u"sms"_s);
        const ClientRepository clients(db.db());
        ClientListModel model(clients);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({}, TwoFactorMethod::Sms);
        QCOMPARE(model.rowCount(), 5);
        model.setQuery(u"user42@"_s, std::nullopt);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.clientAt(0).id, 42);
    }

    void updatedClientIsShownAtOnce()
    {
        test::TestDatabase db;
        Client ada = db.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms));
        const ClientRepository clients(db.db());
        ClientListModel model(clients);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({}, std::nullopt);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ada.method = TwoFactorMethod::None;
        ada.enabledAt = {};
        model.updateClient(ada);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0, ClientListModel::MethodColumn)).toString(), u"None"_s);
        QVERIFY(model.data(model.index(0, ClientListModel::EnabledAtColumn)).toString().isEmpty());
    }
};

QTEST_MAIN(TestClientListModel)
#include "tst_clientlistmodel.moc"
