// SPDX-License-Identifier: GPL-3.0-or-later
// Every delivery error code an operator meets is explained in plain words with an action.
#include "core/sms/DeliveryErrorCodes.h"
#include "core/sms/ProviderError.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestSmsDeliveryErrorCodes : public QObject
{
    Q_OBJECT

private slots:
    void knownCodesAreExplained_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("meaningContains");
        QTest::newRow("21211") << u"twilio"_s << u"21211"_s << u"not valid"_s;
        QTest::newRow("21408") << u"twilio"_s << u"21408"_s << u"country"_s;
        QTest::newRow("21608") << u"twilio"_s << u"21608"_s << u"trial"_s;
        QTest::newRow("21610") << u"twilio"_s << u"21610"_s << u"STOP"_s;
        QTest::newRow("21614") << u"twilio"_s << u"21614"_s << u"not a mobile"_s;
        QTest::newRow("30003") << u"twilio"_s << u"30003"_s << u"unreachable"_s;
        QTest::newRow("30004") << u"twilio"_s << u"30004"_s << u"blocked"_s;
        QTest::newRow("30005") << u"twilio"_s << u"30005"_s << u"unknown"_s;
        QTest::newRow("30006") << u"twilio"_s << u"30006"_s << u"landline"_s;
        QTest::newRow("30007") << u"twilio"_s << u"30007"_s << u"filtered"_s;
        QTest::newRow("30008") << u"twilio"_s << u"30008"_s << u"unknown reason"_s;
        QTest::newRow("30034") << u"twilio"_s << u"30034"_s << u"10DLC"_s;
        QTest::newRow("vonage 2") << u"vonage"_s << u"2"_s << u"temporarily unreachable"_s;
        QTest::newRow("vonage 6") << u"vonage"_s << u"6"_s << u"filtered"_s;
        QTest::newRow("vonage 15") << u"vonage"_s << u"15"_s << u"prepaid"_s;
        // Vonage's delivery error codes: 9 is an opted-out (blacklisted) number, not an invalid one.
        QTest::newRow("vonage 9") << u"vonage"_s << u"9"_s << u"opted out"_s;
        QTest::newRow("vonage 9 blacklisted") << u"vonage"_s << u"9"_s << u"blacklisted"_s;
        QTest::newRow("vonage 10") << u"vonage"_s << u"10"_s << u"encoding"_s;
        QTest::newRow("vonage 12") << u"vonage"_s << u"12"_s << u"no route"_s;
        QTest::newRow("vonage 13") << u"vonage"_s << u"13"_s << u"age"_s;
        QTest::newRow("vonage 14") << u"vonage"_s << u"14"_s << u"carrier blocks"_s;
        QTest::newRow("vonage 99") << u"vonage"_s << u"99"_s << u"general error"_s;
    }

    void vonageReceiptNineIsNotAnInvalidNumber()
    {
        const DeliveryErrorExplanation explanation = DeliveryErrorCodes::explain(u"vonage"_s, u"9"_s);
        QVERIFY2(!explanation.meaning.contains(u"not valid"_s), qPrintable(explanation.meaning));
    }

    void vonageSendStatusesAreTheirOwnCodeSpace_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("meaningContains");
        QTest::newRow("8 account barred") << u"8"_s << u"barred"_s;
        QTest::newRow("9 partner quota") << u"9"_s << u"no credit"_s;
        QTest::newRow("15 sender") << u"15"_s << u"sender"_s;
        QTest::newRow("29 demo mode") << u"29"_s << u"demo mode"_s;
        QTest::newRow("29 whitelist") << u"29"_s << u"whitelisted"_s;
    }

    void vonageSendStatusesAreTheirOwnCodeSpace()
    {
        QFETCH(QString, code);
        QFETCH(QString, meaningContains);
        const DeliveryErrorExplanation explanation = DeliveryErrorCodes::explainSendStatus(u"vonage"_s, code);
        QVERIFY(explanation.known);
        QVERIFY2(explanation.meaning.contains(meaningContains, Qt::CaseInsensitive), qPrintable(explanation.meaning));
        QVERIFY(!explanation.action.isEmpty());
        QVERIFY(explanation.meaning != DeliveryErrorCodes::explain(u"vonage"_s, code).meaning);
    }

    void knownCodesAreExplained()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QFETCH(QString, meaningContains);
        const DeliveryErrorExplanation explanation = DeliveryErrorCodes::explain(kind, code);
        QVERIFY(explanation.known);
        QVERIFY2(explanation.meaning.contains(meaningContains, Qt::CaseInsensitive), qPrintable(explanation.meaning));
        QVERIFY(!explanation.action.isEmpty());
    }

    void unknownCodeSaysSoAndPointsToTheProvider()
    {
        const DeliveryErrorExplanation explanation = DeliveryErrorCodes::explain(u"twilio"_s, u"99999"_s);
        QVERIFY(!explanation.known);
        QVERIFY(explanation.meaning.contains(u"99999"_s));
    }

    void failureNamesRoundTrip_data()
    {
        QTest::addColumn<ProviderFailure>("failure");
        for (const ProviderFailure failure :
             {ProviderFailure::WrongCredentials, ProviderFailure::InsufficientBalance,
              ProviderFailure::ProviderUnavailable, ProviderFailure::RateLimited, ProviderFailure::Rejected,
              ProviderFailure::MalformedResponse, ProviderFailure::TlsFailure, ProviderFailure::MissingSecret,
              ProviderFailure::Cancelled})
            QTest::newRow(qPrintable(providerFailureToString(failure))) << failure;
    }

    void failureNamesRoundTrip()
    {
        QFETCH(ProviderFailure, failure);
        QCOMPARE(providerFailureFromString(providerFailureToString(failure)), std::optional<ProviderFailure>(failure));
        QVERIFY(!ProviderError::of(failure).describe().isEmpty());
    }

    void rejectedDescriptionCarriesTheProvidersMessageAndCode()
    {
        ProviderError error = ProviderError::of(ProviderFailure::Rejected);
        error.providerCode = u"21211"_s;
        error.providerMessage = u"The 'To' number is not valid"_s;
        QVERIFY(error.describe().contains(u"The 'To' number is not valid"_s));
        QVERIFY(error.describe().contains(u"21211"_s));
        QCOMPARE(error.toError().code, Error::Code::Remote);
    }
};

QTEST_GUILESS_MAIN(TestSmsDeliveryErrorCodes)
#include "tst_smsdeliveryerrorcodes.moc"
