// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting the audit log to CSV: RFC 4180 quoting, no formula injection, batches, progress, cancel.
#include "core/audit/AuditCsvExporter.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestAuditEvents.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestAuditCsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void cellsAreEscaped_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"ticket 12"_s << u"ticket 12"_s;
        QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("plus") << u"+44 7700"_s << u"'+44 7700"_s;
        QTest::newRow("at") << u"@sum"_s << u"'@sum"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void cellsAreEscaped()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(AuditCsvExporter::escape(cell), expected);
    }

    void exportWritesHeaderAndEveryFilteredEventNewestFirst()
    {
        test::TestDatabase database;
        test::ManualClock clock;
        const AuditLog audit(database.db(), clock);
        const int total = AuditCsvExporter::batchSize + 5;
        QVERIFY(database.db()
                    .writeTransaction([&]() -> Status {
                        for (int i = 1; i <= total; ++i) {
                            AuditEvent event = test::auditEvent(i % 2 ? u"alice"_s : u"bob"_s, AuditAction::Diagnosed);
                            event.clientId = i;
                            event.reason = u"why, %1"_s.arg(i);
                            if (auto done = audit.appendInTransaction(event); !done)
                                return done.error();
                        }
                        return Ok {};
                    })
                    .ok());

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QList<qint64> progress;
        const auto written = AuditCsvExporter(audit).write({}, buffer, [&](qint64 done, qint64 of) {
            progress << done;
            return of == total;
        });
        QCOMPARE(written.value(), total);
        QCOMPARE(progress, (QList<qint64> {AuditCsvExporter::batchSize, total}));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.first(), AuditCsvExporter::headerLine().trimmed() + '\r');
        QCOMPARE(lines.size(), total + 2); // header, events, empty after the last CRLF
        QVERIFY(lines.at(1).startsWith(QByteArray::number(total) + ','));
        QVERIFY(lines.at(1).contains(",\"why, " + QByteArray::number(total) + "\","));

        AuditFilter onlyAlice;
        onlyAlice.operatorName = u"alice"_s;
        QBuffer filtered;
        QVERIFY(filtered.open(QIODevice::WriteOnly));
        QCOMPARE(AuditCsvExporter(audit).write(onlyAlice, filtered).value(), (total + 1) / 2);
        QVERIFY(!filtered.data().contains(",bob,"));
    }

    void exportCanBeCancelled()
    {
        test::TestDatabase database;
        const AuditLog audit(database.db());
        AuditEvent event = test::auditEvent(u"alice"_s, AuditAction::Diagnosed);
        QVERIFY(audit.append(event).ok());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto cancelled = AuditCsvExporter(audit).write({}, buffer, [](qint64, qint64) { return false; });
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestAuditCsvExporter)
#include "tst_audit_csv_exporter.moc"
