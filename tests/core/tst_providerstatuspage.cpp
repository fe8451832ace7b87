// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a Statuspage status.json: the indicator decides, a garbled page is said to be garbled.
#include "core/sms/StatusPageChecker.h"
#include "tests/support/FakeSmsAwait.h"
#include "tests/support/FakeSmsServer.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ServiceStatus::Indicator)

class TestProviderStatusPage : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

private slots:
    void indicatorsAreRead_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<ServiceStatus::Indicator>("expected");
        QTest::newRow("none") << u"none"_s << ServiceStatus::Indicator::None;
        QTest::newRow("minor") << u"minor"_s << ServiceStatus::Indicator::Minor;
        QTest::newRow("major") << u"major"_s << ServiceStatus::Indicator::Major;
        QTest::newRow("critical") << u"critical"_s << ServiceStatus::Indicator::Critical;
    }

    void indicatorsAreRead()
    {
        QFETCH(QString, indicator);
        QFETCH(ServiceStatus::Indicator, expected);
        FakeSmsServer server;
        server.statusIndicator = indicator;
        StatusPageChecker checker {HttpClient(&m_network)};
        auto result = awaitProvider<ServiceStatus>(
            [&](QObject* c, auto done) { return checker.fetch(QUrl(server.baseUrl()), c, done); });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().indicator, expected);
        QCOMPARE(server.requests().first().path, u"/api/v2/status.json"_s);
    }

    void garbledPageIsMalformed()
    {
        HttpResponse response;
        response.status = 200;
        response.body = R"({"status":{"indicator":"purple"}})";
        QCOMPARE(StatusPageChecker::parse(response).error().failure, ProviderFailure::MalformedResponse);
        response.body = "<html>";
        QCOMPARE(StatusPageChecker::parse(response).error().failure, ProviderFailure::MalformedResponse);
        response.status = 503;
        QCOMPARE(StatusPageChecker::parse(response).error().failure, ProviderFailure::ProviderUnavailable);
    }

    void pageUrlOrItsJsonBothWork()
    {
        QCOMPARE(StatusPageChecker::statusJsonUrl(QUrl(u"https://status.twilio.com"_s)),
                 QUrl(u"https://status.twilio.com/api/v2/status.json"_s));
        QCOMPARE(StatusPageChecker::statusJsonUrl(QUrl(u"https://status.twilio.com/api/v2/status.json"_s)),
                 QUrl(u"https://status.twilio.com/api/v2/status.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestProviderStatusPage)
#include "tst_providerstatuspage.moc"
