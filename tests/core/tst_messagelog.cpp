// SPDX-License-Identifier: GPL-3.0-or-later
// The SMS message log on real SQLite: written with its provider, read per number and per client,
// non-final messages listed for refresh, and kept when the provider is removed.
#include "core/sms/MessageLog.h"
#include "core/sms/ProviderRepository.h"
#include "core/storage/Migrator.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestSmsLog.h"

#include <QFile>
#include <QSqlQuery>
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
        return insertInOwnTransaction(database,
                                      [&] { return ProviderRepository(database).insertInTransaction(config, t0); });
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
        logSms(database.db(), message(provider, u"+447400123456"_s, u"SM1"_s, SmsStatus::Delivered, 1));
        logSms(database.db(), message(provider, u"+447400123456"_s, u"SM2"_s, SmsStatus::Sent, 5));
        logSms(database.db(), message(provider, u"+33612345678"_s, u"SM3"_s, SmsStatus::Queued, 3));
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
        logSms(database.db(), record);
        logSms(database.db(), message(provider, client.phone, u"SM2"_s, SmsStatus::Sent, 2));
        auto found = MessageLog(database.db()).byClient(client.id);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().clientId, std::optional<qint64>(client.id));
    }

    void nonFinalListsOnlyMessagesThatMayStillChange()
    {
        TestDatabase database;
        const qint64 provider = addProvider(database.db());
        logSms(database.db(), message(provider, u"+447400123456"_s, u"SM1"_s, SmsStatus::Delivered, 1));
        logSms(database.db(), message(provider, u"+447400123456"_s, u"SM2"_s, SmsStatus::Sent, 2));
        logSms(database.db(), message(provider, u"+447400123456"_s, u"SM3"_s, SmsStatus::Failed, 3));
        logSms(database.db(), message(provider, u"+447400123456"_s, u"SM4"_s, SmsStatus::Queued, 4));
        auto pending = MessageLog(database.db()).nonFinal();
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).providerMessageId, u"SM4"_s);
        QCOMPARE(pending->at(1).providerMessageId, u"SM2"_s);
    }

    void unknownIsStoredAndListedForRefreshOnlyWithAMessageId()
    {
        TestDatabase database;
        const qint64 provider = addProvider(database.db());
        const qint64 withoutId
            = logSms(database.db(), message(provider, u"+447400123456"_s, {}, SmsStatus::Unknown, 1));
        logSms(database.db(), message(provider, u"+447400123456"_s, u"SM9"_s, SmsStatus::Unknown, 2));
        QCOMPARE(MessageLog(database.db()).find(withoutId)->status, SmsStatus::Unknown);
        QVERIFY(!smsStatusIsFinal(SmsStatus::Unknown));
        auto pending = MessageLog(database.db()).nonFinal();
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().providerMessageId, u"SM9"_s);
    }

    void migration7KeepsRowsIndexesKeysAndStillChecksTheStatus()
    {
        BACKOFFICE_SQLITE_ONLY("migration 007 rebuilds the table on SQLite; PostgreSQL changes the check in place");
        TestDatabase database;
        const Database& db = database.db();
        const qint64 provider = addProvider(db);
        const qint64 first = logSms(db, message(provider, u"+447400123456"_s, u"SM1"_s, SmsStatus::Delivered, 1));
        logSms(db, message(provider, u"+447400123456"_s, u"SM2"_s, SmsStatus::Failed, 2));
        // Run the rebuild again on a table with rows: they all come through unchanged.
        QFile script(u":/migrations/sqlite/007_sms_unknown_status.sql"_s);
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QStringList statements = Migrator::splitStatements(QString::fromUtf8(script.readAll()));
        QVERIFY(db.writeTransaction([&]() -> Status {
                      for (const QString& statement : statements) {
                          if (auto done = db.exec(statement); !done)
                              return done.error();
                      }
                      return Ok {};
                  }).ok());
        auto rows = MessageLog(db).byNumber(u"+447400123456"_s);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->last().id, first);
        QCOMPARE(rows->last().status, SmsStatus::Delivered);
        QCOMPARE(rows->last().providerId, std::optional<qint64>(provider));

        auto indexes = db.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sms_messages' "
                               u"AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
        QStringList names;
        while (indexes.value().next())
            names.append(indexes.value().value(0).toString());
        QCOMPARE(
            names,
            (QStringList {u"sms_messages_by_client"_s, u"sms_messages_by_number"_s, u"sms_messages_by_provider_id"_s}));
        auto keys = db.exec(u"SELECT \"table\", on_delete FROM pragma_foreign_key_list('sms_messages') "
                            u"ORDER BY \"table\""_s);
        QStringList parents;
        while (keys.value().next())
            parents.append(keys.value().value(0).toString() + u' ' + keys.value().value(1).toString());
        QCOMPARE(parents, (QStringList {u"clients SET NULL"_s, u"sms_providers SET NULL"_s}));
        auto bogus = db.exec(u"UPDATE sms_messages SET status = 'bogus' WHERE id = ?"_s, {first});
        QVERIFY(!bogus.ok());
    }

    void statusUpdateRecordsErrorAndTime()
    {
        TestDatabase database;
        const qint64 provider = addProvider(database.db());
        const qint64 id = logSms(database.db(), message(provider, u"+447400123456"_s, u"SM1"_s, SmsStatus::Sent, 1));
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

    void lastFailuresAreTheFailedLastMessagesOfAnIdRange()
    {
        TestDatabase database;
        const qint64 provider = addProvider(database.db());
        Client ada = makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms);
        ada = database.addClient(ada);
        const MessageLog messages(database.db());
        QCOMPARE(messages.lastId().value(), 0);

        SmsMessageRecord failed = message(provider, ada.phone, u"SM1"_s, SmsStatus::Undelivered, 1);
        const qint64 first = logSms(database.db(), failed);
        SmsMessageRecord byId = message(provider, u"+15005550006"_s, u"SM2"_s, SmsStatus::Failed, 2);
        byId.clientId = ada.id;
        const qint64 second = logSms(database.db(), byId);
        QCOMPARE(messages.lastId().value(), second);

        // Only the last message counts: the first failure was followed by another one.
        auto failures = messages.lastFailures(0, second, std::nullopt);
        QVERIFY(failures.ok());
        QCOMPARE(failures.value().size(), 1);
        const SmsFailedClient& last = failures.value().first();
        QCOMPARE(last.clientId, ada.id);
        QCOMPARE(last.name, u"Ada Lovelace"_s);
        QCOMPARE(last.phone, ada.phone);
        QCOMPARE(last.to, u"+15005550006"_s);
        QCOMPARE(last.messageId, second);
        QCOMPARE(last.status, SmsStatus::Failed);
        QCOMPARE(last.at, t0.addSecs(120));
        // The range and the start time select; the error code comes trimmed.
        QVERIFY(messages.lastFailures(0, first, std::nullopt).value().isEmpty()); // not the last one
        QVERIFY(messages.lastFailures(second, second + 10, std::nullopt).value().isEmpty());
        QVERIFY(messages.lastFailures(0, second, t0.addSecs(180)).value().isEmpty());
        logSms(database.db(), message(provider, ada.phone, u"SM3"_s, SmsStatus::Delivered, 3));
        QVERIFY(messages.lastFailures(0, second, std::nullopt).value().isEmpty()); // delivered since

        TestDatabase other;
        const qint64 otherProvider = addProvider(other.db());
        const Client bob = other.addClient(makeClient(8, u"Bob"_s, u"Byte"_s, TwoFactorMethod::Sms));
        SmsMessageRecord coded = message(otherProvider, bob.phone, u"SM9"_s, SmsStatus::Undelivered, 1);
        coded.errorCode = u" 30007 "_s;
        const qint64 only = logSms(other.db(), coded);
        QCOMPARE(MessageLog(other.db()).lastFailures(0, only, t0).value().first().errorCode, u"30007"_s);
    }

    void logOutlivesItsProvider()
    {
        TestDatabase database;
        const qint64 provider = addProvider(database.db());
        const qint64 id = logSms(database.db(), message(provider, u"+447400123456"_s, u"SM1"_s, SmsStatus::Sent, 1));
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
