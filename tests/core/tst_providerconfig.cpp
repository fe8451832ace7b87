// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of provider settings: every bad field is named.
#include "core/sms/ProviderConfig.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
ProviderConfig twilio()
{
    ProviderConfig config;
    config.kind = u"twilio"_s;
    config.name = u"Twilio main"_s;
    config.accountId = u"AC0123456789abcdef0123456789abcdef"_s;
    config.sender = u"+14155550100"_s;
    return config;
}
ProviderConfig vonage()
{
    ProviderConfig config;
    config.kind = u"vonage"_s;
    config.name = u"Vonage"_s;
    config.accountId = u"abcd1234"_s;
    config.sender = u"BackOffice"_s;
    return config;
}
QStringList fieldsOf(const QList<Error>& errors)
{
    QStringList fields;
    for (const Error& error : errors)
        fields.append(error.field);
    return fields;
}
} // namespace

Q_DECLARE_METATYPE(ProviderConfig)

class TestProviderConfig : public QObject
{
    Q_OBJECT

private slots:
    void problemsNameTheirFields_data()
    {
        QTest::addColumn<ProviderConfig>("config");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("valid twilio") << twilio() << QStringList();
        QTest::newRow("valid vonage") << vonage() << QStringList();
        {
            ProviderConfig c = twilio();
            c.sender = u"MG0123456789abcdef0123456789abcdef"_s;
            QTest::newRow("messaging service sender") << c << QStringList();
        }
        {
            ProviderConfig c = twilio();
            c.apiKeySid = u"SK0123456789abcdef0123456789abcdef"_s;
            c.baseUrl = u"http://127.0.0.1:8080"_s;
            QTest::newRow("api key and loopback http") << c << QStringList();
        }
        {
            ProviderConfig c = twilio();
            c.name = u"  "_s;
            QTest::newRow("empty name") << c << QStringList {u"name"_s};
        }
        {
            ProviderConfig c = twilio();
            c.accountId = u"AC123"_s;
            QTest::newRow("short SID") << c << QStringList {u"account-sid"_s};
        }
        {
            ProviderConfig c = twilio();
            c.accountId = u"SK0123456789abcdef0123456789abcdef"_s;
            QTest::newRow("key SID as account") << c << QStringList {u"account-sid"_s};
        }
        {
            ProviderConfig c = twilio();
            c.apiKeySid = u"SKxyz"_s;
            QTest::newRow("bad key SID") << c << QStringList {u"api-key-sid"_s};
        }
        {
            ProviderConfig c = twilio();
            c.sender = u"14155550100"_s;
            QTest::newRow("sender without plus") << c << QStringList {u"from"_s};
        }
        {
            ProviderConfig c = twilio();
            c.sender = u"MG123"_s;
            QTest::newRow("short MG") << c << QStringList {u"from"_s};
        }
        {
            ProviderConfig c = twilio();
            c.baseUrl = u"http://api.twilio.com"_s;
            QTest::newRow("plain http remote") << c << QStringList {u"base-url"_s};
        }
        {
            ProviderConfig c = twilio();
            c.baseUrl = u"http://[::1]:8080"_s;
            QTest::newRow("http on ::1") << c << QStringList();
        }
        {
            ProviderConfig c = twilio();
            c.baseUrl = u"http://localhost:8080"_s;
            QTest::newRow("http on localhost") << c << QStringList();
        }
        {
            ProviderConfig c = twilio();
            c.statusPageUrl = u"ftp://status.example"_s;
            QTest::newRow("status page scheme") << c << QStringList {u"status-page-url"_s};
        }
        {
            ProviderConfig c = twilio();
            c.lowBalanceThreshold = -1;
            c.timeoutMs = 100;
            QTest::newRow("threshold and timeout") << c << QStringList {u"low-balance"_s, u"timeout"_s};
        }
        {
            ProviderConfig c = twilio();
            c.name.clear();
            c.accountId.clear();
            c.sender.clear();
            c.baseUrl = u"http://example.com"_s;
            QTest::newRow("everything wrong")
                << c << QStringList {u"name"_s, u"account-sid"_s, u"from"_s, u"base-url"_s};
        }
        {
            ProviderConfig c = vonage();
            c.accountId = u"a b"_s;
            c.sender = u"WayTooLongSender"_s;
            QTest::newRow("vonage key and sender") << c << QStringList {u"api-key"_s, u"from"_s};
        }
        // sms.yml and reports.yml: api_key / account_id are exactly 8 characters.
        for (const QString& key : {u"abc123"_s, u"abcd123"_s, u"abcd12345"_s, u"abcdef0123456789abcdef0123456789"_s}) {
            ProviderConfig c = vonage();
            c.accountId = key;
            QTest::newRow(qPrintable(u"vonage key of %1"_s.arg(key.size()))) << c << QStringList {u"api-key"_s};
        }
        {
            ProviderConfig c = vonage();
            c.reportsBaseUrl = u"http://127.0.0.1:8080/"_s;
            QTest::newRow("vonage reports on loopback http") << c << QStringList();
            c.reportsBaseUrl = u"http://reports.example"_s;
            c.lookupBaseUrl = u"https://lookups.twilio.com"_s;
            QTest::newRow("vonage plain http reports, no lookup")
                << c << QStringList {u"reports-url"_s, u"lookup-url"_s};
        }
        {
            ProviderConfig c = twilio();
            c.lookupBaseUrl = u"https://lookups.example"_s;
            QTest::newRow("twilio lookup host") << c << QStringList();
            c.lookupBaseUrl = u"http://lookups.example"_s;
            c.reportsBaseUrl = u"https://api.nexmo.com"_s;
            QTest::newRow("twilio plain http lookup, no reports")
                << c << QStringList {u"reports-url"_s, u"lookup-url"_s};
        }
        {
            ProviderConfig c = twilio();
            c.kind = u"carrier-pigeon"_s;
            QTest::newRow("unknown kind") << c << QStringList {u"kind"_s};
        }
    }

    void problemsNameTheirFields()
    {
        QFETCH(ProviderConfig, config);
        QFETCH(QStringList, fields);
        QCOMPARE(fieldsOf(config.validate()), fields);
    }

    void secretProblemsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("valid");
        QTest::newRow("token") << QByteArray("0123456789abcdef0123456789abcdef") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("space") << QByteArray("abc def") << false;
        QTest::newRow("newline") << QByteArray("abcdef\n") << false;
        QTest::newRow("too long") << QByteArray(300, 'a') << false;
    }

    void secretProblemsAreNamed()
    {
        QFETCH(QByteArray, secret);
        QFETCH(bool, valid);
        const auto problems = ProviderValidation::secretProblems(secret);
        QCOMPARE(problems.isEmpty(), valid);
        if (!valid) {
            QCOMPARE(problems.first().field, u"secret"_s);
            QVERIFY(!problems.first().detail.contains(QString::fromLatin1(secret)) || secret.isEmpty());
        }
    }

    void defaultsFillEmptyUrls()
    {
        QCOMPARE(twilio().effectiveBaseUrl(), QUrl(u"https://api.twilio.com"_s));
        QCOMPARE(vonage().effectiveBaseUrl(), QUrl(u"https://rest.nexmo.com"_s));
        QCOMPARE(twilio().effectiveStatusPageUrl(), QUrl(u"https://status.twilio.com/api/v2/status.json"_s));
        QCOMPARE(vonage().reportsUrl(u"/v2/reports/records"_s), QUrl(u"https://api.nexmo.com/v2/reports/records"_s));
        QCOMPARE(twilio().lookupUrl(u"/v2/PhoneNumbers/+14155550100"_s),
                 QUrl(u"https://lookups.twilio.com/v2/PhoneNumbers/+14155550100"_s));
        QVERIFY(twilio().reportsUrl(u"/v2/reports/records"_s).isEmpty());
        QVERIFY(vonage().lookupUrl(u"/v2/PhoneNumbers/+14155550100"_s).isEmpty());
        ProviderConfig local = twilio();
        local.lookupBaseUrl = u"http://127.0.0.1:9/prefix/"_s;
        QCOMPARE(local.lookupUrl(u"/v2/PhoneNumbers/+1"_s), QUrl(u"http://127.0.0.1:9/prefix/v2/PhoneNumbers/+1"_s));
    }
};

QTEST_GUILESS_MAIN(TestProviderConfig)
#include "tst_providerconfig.moc"
