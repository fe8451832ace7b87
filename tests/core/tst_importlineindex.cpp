// SPDX-License-Identifier: GPL-3.0-or-later
// The import's temporary table of first lines, through its one owner, on a real SQLite file.
#include "core/clients/ImportLineIndex.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestImportLineIndex : public QObject
{
    Q_OBJECT

private slots:
    void aRepeatedIdNamesItsFirstLine()
    {
        test::TestDatabase database;
        ImportLineIndex lines(database.db());
        const Status done = database.db().writeTransaction([&]() -> Status {
            if (const Status created = lines.create(); !created)
                return created;
            for (const auto& [id, line, first] :
                 {std::tuple<qint64, qint64, qint64> {7, 2, 0}, {8, 3, 0}, {7, 4, 2}, {7, 9, 2}, {8, 10, 3}}) {
                auto seen = lines.remember(id, line);
                if (!seen)
                    return seen.error();
                if (seen.value().value_or(0) != first)
                    return Error::conflict(u"id %1 on line %2: first line %3, expected %4"_s.arg(id)
                                               .arg(line)
                                               .arg(seen.value().value_or(0))
                                               .arg(first));
            }
            return lines.drop();
        });
        QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().detail));
        QVERIFY(!database.db().connection().tables(QSql::AllTables).contains(u"import_lines"_s));
    }

    void aSecondImportStartsEmpty()
    {
        test::TestDatabase database;
        for (int run = 0; run < 2; ++run) {
            ImportLineIndex lines(database.db());
            // Rolled back on purpose: the table is created again, and empty, by the next import.
            const Status rolledBack = database.db().writeTransaction([&]() -> Status {
                if (const Status created = lines.create(); !created)
                    return created;
                auto seen = lines.remember(42, 2);
                if (!seen)
                    return seen.error();
                if (seen.value())
                    return Error::conflict(u"id 42 was seen before on line %1"_s.arg(*seen.value()));
                return Error {Error::Code::Cancelled, {}, {}};
            });
            QCOMPARE(rolledBack.error().code, Error::Code::Cancelled);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportLineIndex)
#include "tst_importlineindex.moc"
