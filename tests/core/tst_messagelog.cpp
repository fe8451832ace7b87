// SPDX-License-Identifier: GPL-3.0-or-later
// The SMS message log on real SQLite: written with its provider, read per number and per client,
// non-final messages listed for refresh, and kept when the provider is removed.
#include "TestDatabase.h"
#include "sms/MessageLog.h"
#include "sms/ProviderRepository.h"

#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

class TestMessageLog : public QObject
{
    Q_OBJECT

    const QDateTime t0 = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

    qint64 addProvider(const Database& database)
    {
        ProviderConfig config;
        config.kind = u"twilio"_s;
        config.name = u"Twilio"_s;
        qint64 id = 0;
        const Status done = database.writeTransaction([&]() -> Status {
            auto inserted = ProviderRepository(database).insertInTransaction(config, t0);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
            return Ok {};
        });
        if (!done)
            qFatal("%s", qPrintable(done.error().toString()));
        return id;
    }

    qint64 log(const Database& database, SmsMessageRecord record)
    {
        qint64 id = 0;
        const Status done = database.writeTransaction([&]() -> Status {
            auto inserted = MessageLog(database).insertInTransaction(record);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
            return Ok {};
        });
        if (!done)
            qFatal("%s", qPrintable(done.error().toString()));
        return id;
    }

    SmsMessageRecord message(qint64 providerId, const QString& to, const QString& messageId, SmsStatus status,
                             int minutes)
    {
        SmsMessageRecord record;
        record.providerId = providerId;
        record.providerKind = u"twilio"_s;
        record.providerName = u"Twilio"_s;
        record.to = to;
        record.providerMessageId = messageId;
        record.status = status;
        record.createdAt = t0.addSecs(60 * minutes);
        return record;
    }

private slots:
    void messagesAreReadNewestFirstByNumber()
    {
        TestDatabase database;
        const qint64 provider = addProvider(database.db());
        log(database.db(), message(provider, u"+447400123456"_s, u"SM1"_s, SmsStatus::Delivered, 1));
        log(database.db(), message(provider, u"+447400123456"_s, u"SM2"_s, SmsStatus::Sent, 5));
        log(database.db(), message(provider, u"+33612345678"_s, u"SM3"_s, SmsStatus::Queued, 3));
        auto found = MessageLog(database.db()).byNumber(u"+447400123456"_s);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).providerMessageId, u"SM2"_s);
        QCOMPARE(found->at(1).providerMessageId, u"SM1"_s);
        QCOMPARE(found->at(0).createdAt, t0.addSecs(300));
        QCOMPARE(found->at(0).providerId, std::optional<qint64>(provider));
    }

    void messagesAreReadByClient()
    {
        TestDatabase database;
        const qint64 provider = addProvider(database.db());
        const Client client = database.addClient(makeClient(42, u"Ada"_s, u"Lovelace"_s));
        SmsMessageRecord record = message(provider, client.phone, u"SM1"_s, SmsStatus::Sent, 1);
        record.clientId = client.id;
        log(database.db(), record);
        log(database.db(), message(provider, client.phone, u"SM2"_s, SmsStatus::Sent, 2));
        auto found = MessageLog(database.db()).byClient(client.id);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().clientId, std::optional<qint64>(client.id));
    }

    void nonFinalListsOnlyMessagesThatMayStillChange()
    {
        TestDatabase database;
        const qint64 provider = addProvider(database.db());
        log(database.db(), message(provider, u"+447400123456"_s, u"SM1"_s, SmsStatus::Delivered, 1));
        log(database.db(), message(provider, u"+447400123456"_s, u"SM2"_s, SmsStatus::Sent, 2));
        log(database.db(), message(provider, u"+447400123456"_s, u"SM3"_s, SmsStatus::Failed, 3));
        log(database.db(), message(provider, u"+447400123456"_s, u"SM4"_s, SmsStatus::Queued, 4));
        auto pending = MessageLog(database.db()).nonFinal();
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).providerMessageId, u"SM4"_s);
        QCOMPARE(pending->at(1).providerMessageId, u"SM2"_s);
    }

    void statusUpdateRecordsErrorAndTime()
    {
        TestDatabase database;
        const qint64 provider = addProvider(database.db());
        const qint64 id = log(database.db(), message(provider, u"+447400123456"_s, u"SM1"_s, SmsStatus::Sent, 1));
        const MessageLog messages(database.db());
        QVERIFY(
            messages
                .updateStatus(provider, u"SM1"_s, SmsStatus::Undelivered, u"30003"_s, u"Unreachable"_s, t0.addSecs(600))
                .ok());
        auto updated = messages.find(id);
        QCOMPARE(updated->status, SmsStatus::Undelivered);
        QCOMPARE(updated->errorCode, u"30003"_s);
        QCOMPARE(updated->updatedAt, t0.addSecs(600));
        QCOMPARE(messages.updateStatus(provider, u"SM-unknown"_s, SmsStatus::Sent, {}, {}, t0).error().code,
                 Error::Code::NotFound);
    }

    void logOutlivesItsProvider()
    {
        TestDatabase database;
        const qint64 provider = addProvider(database.db());
        const qint64 id = log(database.db(), message(provider, u"+447400123456"_s, u"SM1"_s, SmsStatus::Sent, 1));
        QVERIFY(database.db()
                    .writeTransaction([&] { return ProviderRepository(database.db()).removeInTransaction(provider); })
                    .ok());
        auto kept = MessageLog(database.db()).find(id);
        QVERIFY(kept.ok());
        QVERIFY(!kept->providerId);
        QCOMPARE(kept->providerName, u"Twilio"_s);
    }
};

QTEST_GUILESS_MAIN(TestMessageLog)
#include "tst_messagelog.moc"
