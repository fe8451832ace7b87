// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of provider settings: every bad field is named.
#include "core/sms/ProviderConfig.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
ProviderConfig provider(const QString& kind, const QString& name, const QString& accountId, const QString& sender)
{
    ProviderConfig config;
    config.kind = kind;
    config.name = name;
    config.accountId = accountId;
    config.sender = sender;
    return config;
}
ProviderConfig twilio()
{
    return provider(u"twilio"_s, u"Twilio main"_s, u"AC0123456789abcdef0123456789abcdef"_s, u"+14155550100"_s);
}
ProviderConfig vonage()
{
    return provider(u"vonage"_s, u"Vonage"_s, u"abcd1234"_s, u"BackOffice"_s);
}
/// Adds the row `name`: `config` changed by `change`, and the fields its problems name.
template<typename Change> void row(const char* name, ProviderConfig config, Change change, const QStringList& fields)
{
    change(config);
    QTest::newRow(name) << config << fields;
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
        row("messaging service sender", twilio(),
            [](ProviderConfig& c) { c.sender = u"MG0123456789abcdef0123456789abcdef"_s; }, {});
        row("api key and loopback http", twilio(),
            [](ProviderConfig& c) {
                c.apiKeySid = u"SK0123456789abcdef0123456789abcdef"_s;
                c.baseUrl = u"http://127.0.0.1:8080"_s;
            },
            {});
        row("empty name", twilio(), [](ProviderConfig& c) { c.name = u"  "_s; }, {u"name"_s});
        row("short SID", twilio(), [](ProviderConfig& c) { c.accountId = u"AC123"_s; }, {u"account-sid"_s});
        row("key SID as account", twilio(),
            [](ProviderConfig& c) { c.accountId = u"SK0123456789abcdef0123456789abcdef"_s; }, {u"account-sid"_s});
        row("bad key SID", twilio(), [](ProviderConfig& c) { c.apiKeySid = u"SKxyz"_s; }, {u"api-key-sid"_s});
        row("sender without plus", twilio(), [](ProviderConfig& c) { c.sender = u"14155550100"_s; }, {u"from"_s});
        row("short MG", twilio(), [](ProviderConfig& c) { c.sender = u"MG123"_s; }, {u"from"_s});
        row("plain http remote", twilio(), [](ProviderConfig& c) { c.baseUrl = u"http://api.twilio.com"_s; },
            {u"base-url"_s});
        row("http on ::1", twilio(), [](ProviderConfig& c) { c.baseUrl = u"http://[::1]:8080"_s; }, {});
        row("http on localhost", twilio(), [](ProviderConfig& c) { c.baseUrl = u"http://localhost:8080"_s; }, {});
        row("status page scheme", twilio(), [](ProviderConfig& c) { c.statusPageUrl = u"ftp://status.example"_s; },
            {u"status-page-url"_s});
        row("threshold and timeout", twilio(),
            [](ProviderConfig& c) {
                c.lowBalanceThreshold = -1;
                c.timeoutMs = 100;
            },
            {u"low-balance"_s, u"timeout"_s});
        row("everything wrong", twilio(),
            [](ProviderConfig& c) {
                c.name.clear();
                c.accountId.clear();
                c.sender.clear();
                c.baseUrl = u"http://example.com"_s;
            },
            {u"name"_s, u"account-sid"_s, u"from"_s, u"base-url"_s});
        row("vonage key and sender", vonage(),
            [](ProviderConfig& c) {
                c.accountId = u"a b"_s;
                c.sender = u"WayTooLongSender"_s;
            },
            {u"api-key"_s, u"from"_s});
        // sms.yml and reports.yml: api_key / account_id are exactly 8 characters.
        for (const QString& key : {u"abc123"_s, u"abcd123"_s, u"abcd12345"_s, u"abcdef0123456789abcdef0123456789"_s}) {
            ProviderConfig c = vonage();
            c.accountId = key;
            QTest::newRow(qPrintable(u"vonage key of %1"_s.arg(key.size()))) << c << QStringList {u"api-key"_s};
        }
        row("vonage reports on loopback http", vonage(),
            [](ProviderConfig& c) { c.reportsBaseUrl = u"http://127.0.0.1:8080/"_s; }, {});
        row("vonage plain http reports, no lookup", vonage(),
            [](ProviderConfig& c) {
                c.reportsBaseUrl = u"http://reports.example"_s;
                c.lookupBaseUrl = u"https://lookups.twilio.com"_s;
            },
            {u"reports-url"_s, u"lookup-url"_s});
        row("twilio lookup host", twilio(), [](ProviderConfig& c) { c.lookupBaseUrl = u"https://lookups.example"_s; },
            {});
        row("twilio plain http lookup, no reports", twilio(),
            [](ProviderConfig& c) {
                c.lookupBaseUrl = u"http://lookups.example"_s;
                c.reportsBaseUrl = u"https://api.nexmo.com"_s;
            },
            {u"reports-url"_s, u"lookup-url"_s});
        row("unknown kind", twilio(), [](ProviderConfig& c) { c.kind = u"carrier-pigeon"_s; }, {u"kind"_s});
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
