// SPDX-License-Identifier: GPL-3.0-or-later
// TLS verification is on: a provider with a certificate nobody trusts is refused; the same server is
// accepted once its (throw-away) CA is trusted. There is no code path that ignores TLS errors.
#include "core/sms/TwilioProvider.h"
#include "tests/support/FakeSmsAwait.h"
#include "tests/support/TestTlsServer.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

class TestProviderTls : public QObject
{
    Q_OBJECT

    static ProviderConfig config(const QString& baseUrl)
    {
        ProviderConfig config;
        config.kind = u"twilio"_s;
        config.name = u"Twilio"_s;
        config.accountId = u"AC0123456789abcdef0123456789abcdef"_s;
        config.sender = u"+14155550100"_s;
        config.baseUrl = baseUrl;
        return config;
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
    }

    void untrustedCertificateIsRefusedAndTrustedOneAccepted()
    {
        TestTlsServer server;
        QVERIFY2(server.isValid(), qPrintable(server.problem()));

        {
            QNetworkAccessManager network;
            TwilioProvider twilio(config(server.baseUrl()), "secret", HttpClient(&network));
            auto result = awaitProvider<Balance>([&](QObject* c, auto done) { return twilio.fetchBalance(c, done); });
            QVERIFY(result);
            QVERIFY(!result->ok());
            QCOMPARE(result->error().failure, ProviderFailure::TlsFailure);
        }

        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificates(server.caCertificates());
        QSslConfiguration::setDefaultConfiguration(trusting);
        {
            QNetworkAccessManager network;
            TwilioProvider twilio(config(server.baseUrl()), "secret", HttpClient(&network));
            auto result = awaitProvider<Balance>([&](QObject* c, auto done) { return twilio.fetchBalance(c, done); });
            QSslConfiguration::setDefaultConfiguration(saved);
            QVERIFY(result);
            QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().describe()));
            QCOMPARE(result->value().amount, u"1.00"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderTls)
#include "tst_providertls.moc"
