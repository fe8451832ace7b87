// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnosing a client: one row per possible reason from the support article, set up for real, and the
// finding it must produce; a client with nothing wrong gets all ok.
#include "core/audit/AuditLog.h"
#include "core/diagnosis/Diagnoser.h"
#include "core/secrets/SecretStore.h"
#include "core/twofactor/Base32.h"
#include "core/twofactor/TotpGenerator.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const Actor Support {u"sam"_s, Role::Support};

Finding::Outcome outcomeOf(const Diagnosis& diagnosis, const QString& check)
{
    for (const Finding& finding : diagnosis.findings) {
        if (finding.check == check)
            return finding.outcome;
    }
    qWarning() << "no finding for" << check;
    return Finding::Outcome::Unknown;
}

bool hasFinding(const Diagnosis& diagnosis, const QString& check)
{
    return std::any_of(diagnosis.findings.begin(), diagnosis.findings.end(),
                       [&](const Finding& finding) { return finding.check == check; });
}
} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets {u"backoffice-test-diagnosis"_s};

private slots:
    void clientWithoutTwoFactorIsToldToTurnItOn()
    {
        test::TestDatabase database;
        database.addClient(test::makeClient(1, u"Nora"_s, u"None"_s));
        Diagnoser diagnoser(database.location(), m_secrets);
        auto diagnosis = diagnoser.runBlocking(Support, 1, {}, std::nullopt, {});
        QVERIFY(diagnosis.ok());
        QCOMPARE(outcomeOf(diagnosis.value(), u"twofa.enabled"_s), Finding::Outcome::Problem);
        QVERIFY(diagnosis->findings.first().action.contains(u"Security"_s));
        QVERIFY(!diagnosis->allOk());
    }

    void authenticatorWithReadableSecretIsOk()
    {
        test::TestDatabase database;
        const auto cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        Client client = test::makeClient(2, u"Ana"_s, u"Auth"_s, TwoFactorMethod::Authenticator);
        client.authenticator->sealedSecret = TotpSecretSealing::seal(cipher, 2, u"JBSWY3DPEHPK3PXP"_s).value();
        database.addClient(client);
        Diagnoser diagnoser(database.location(), m_secrets);
        auto diagnosis = diagnoser.runBlocking(Support, 2, {}, cipher, {});
        QVERIFY(diagnosis.ok());
        QVERIFY2(diagnosis->allOk(), qPrintable(diagnosis->toPlainText()));
        QCOMPARE(outcomeOf(diagnosis.value(), u"authenticator.secret"_s), Finding::Outcome::Ok);
    }

    void codeFromTheClientTellsClockDriftFromAWrongSecret_data()
    {
        QTest::addColumn<qint64>("codeOffsetSeconds"); // when the client's device thinks it is
        QTest::addColumn<bool>("wrongSecret");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("clock right") << qint64(0) << false << int(Finding::Outcome::Ok) << u"right secret"_s;
        QTest::newRow("clock 5 minutes ahead") << qint64(300) << false << int(Finding::Outcome::Problem) << u"ahead"_s;
        QTest::newRow("clock 2 hours behind")
            << qint64(-7200) << false << int(Finding::Outcome::Problem) << u"behind"_s;
        QTest::newRow("other secret: lost device, re-enrolled elsewhere")
            << qint64(0) << true << int(Finding::Outcome::Problem) << u"another secret"_s;
    }

    void codeFromTheClientTellsClockDriftFromAWrongSecret()
    {
        QFETCH(qint64, codeOffsetSeconds);
        QFETCH(bool, wrongSecret);
        QFETCH(int, outcome);
        QFETCH(QString, evidence);
        test::TestDatabase database;
        test::ManualClock clock;
        const auto cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        const QString secret = u"JBSWY3DPEHPK3PXPJBSWY3DP"_s;
        Client client = test::makeClient(11, u"Ana"_s, u"Auth"_s, TwoFactorMethod::Authenticator);
        client.authenticator->sealedSecret = TotpSecretSealing::seal(cipher, 11, secret).value();
        database.addClient(client);

        const QByteArray deviceSecret = Base32::decode(wrongSecret ? u"GEZDGNBVGY3TQOJQGEZDGNBV"_s : secret).value();
        const qint64 deviceTime = clock.nowUtc().toSecsSinceEpoch() + codeOffsetSeconds;
        DiagnosisOptions options;
        options.codeFromClient = TotpGenerator::totp(deviceSecret, TotpParameters {}, deviceTime).value();

        auto diagnosis = Diagnoser(database.location(), m_secrets, clock).runBlocking(Support, 11, options, cipher, {});
        QVERIFY(diagnosis.ok());
        QCOMPARE(int(outcomeOf(diagnosis.value(), u"authenticator.code"_s)), outcome);
        const Finding finding = diagnosis->findings.last();
        QVERIFY2(finding.detail.contains(evidence), qPrintable(finding.detail));

        // The code check is on the record, without the code.
        AuditFilter filter;
        filter.clientId = 11;
        const auto events = AuditLog(database.db()).list(filter).value();
        QVERIFY(std::any_of(events.begin(), events.end(), [](const AuditEvent& event) {
            return event.action == QString::fromLatin1(AuditAction::CodeChecked);
        }));
        for (const AuditEvent& event : events)
            QVERIFY(!event.canonicalContent().contains(options.codeFromClient.toUtf8()));
    }

    void authenticatorSecretSealedUnderAnotherKeyIsAProblem()
    {
        test::TestDatabase database;
        const auto cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        const auto other = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        Client client = test::makeClient(3, u"Ana"_s, u"Auth"_s, TwoFactorMethod::Authenticator);
        client.authenticator->sealedSecret = TotpSecretSealing::seal(other, 3, u"JBSWY3DPEHPK3PXP"_s).value();
        database.addClient(client);
        auto diagnosis = Diagnoser(database.location(), m_secrets).runBlocking(Support, 3, {}, cipher, {});
        QCOMPARE(outcomeOf(diagnosis.value(), u"authenticator.secret"_s), Finding::Outcome::Problem);
    }

    void authenticatorWithoutDataKeyCannotBeChecked()
    {
        test::TestDatabase database;
        database.addClient(test::makeClient(4, u"Ana"_s, u"Auth"_s, TwoFactorMethod::Authenticator));
        auto diagnosis
            = Diagnoser(database.location(), m_secrets).runBlocking(Support, 4, {}, std::nullopt, u"keyring locked"_s);
        QCOMPARE(outcomeOf(diagnosis.value(), u"authenticator.secret"_s), Finding::Outcome::Unknown);
        QVERIFY(diagnosis->findings.at(1).detail.contains(u"keyring locked"_s));
    }

    void smsToALandlineIsAProblem()
    {
        test::TestDatabase database;
        Client client = test::makeClient(5, u"Sid"_s, u"Sms"_s, TwoFactorMethod::Sms);
        client.phone = u"+442079460000"_s; // a London fixed-line number
        database.addClient(client);
        auto diagnosis = Diagnoser(database.location(), m_secrets).runBlocking(Support, 5, {}, std::nullopt, {});
        QCOMPARE(outcomeOf(diagnosis.value(), u"sms.phone_number"_s), Finding::Outcome::Problem);
        QVERIFY(diagnosis->findings.at(1).detail.contains(u"landline"_s));
    }

    void smsToAnInvalidNumberIsAProblem()
    {
        test::TestDatabase database;
        Client client = test::makeClient(6, u"Sid"_s, u"Sms"_s, TwoFactorMethod::Sms);
        client.phone = u"+4412"_s;
        database.addClient(client);
        auto diagnosis = Diagnoser(database.location(), m_secrets).runBlocking(Support, 6, {}, std::nullopt, {});
        QCOMPARE(outcomeOf(diagnosis.value(), u"sms.phone_number"_s), Finding::Outcome::Problem);
    }

    void onlyChecksOfTheClientsMethodRun()
    {
        test::TestDatabase database;
        database.addClient(test::makeClient(7, u"Sid"_s, u"Sms"_s, TwoFactorMethod::Sms));
        auto diagnosis = Diagnoser(database.location(), m_secrets).runBlocking(Support, 7, {}, std::nullopt, {});
        QVERIFY(!hasFinding(diagnosis.value(), u"authenticator.secret"_s));
        QVERIFY(hasFinding(diagnosis.value(), u"sms.phone_number"_s));
    }

    void diagnosisIsAnAuditEvent()
    {
        test::TestDatabase database;
        database.addClient(test::makeClient(8, u"Nora"_s, u"None"_s));
        QVERIFY(Diagnoser(database.location(), m_secrets).runBlocking(Support, 8, {}, std::nullopt, {}).ok());
        AuditFilter filter;
        filter.clientId = 8;
        filter.action = QString::fromLatin1(AuditAction::Diagnosed);
        const auto events = AuditLog(database.db()).list(filter).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().operatorName, u"sam"_s);
        QCOMPARE(events.first().after, u"problem"_s);
        QCOMPARE(events.first().details.value(u"findings"_s).toObject().value(u"twofa.enabled"_s).toString(),
                 u"problem"_s);
    }

    void viewerMayNotDiagnose()
    {
        test::TestDatabase database;
        database.addClient(test::makeClient(9, u"Nora"_s, u"None"_s));
        auto refused = Diagnoser(database.location(), m_secrets)
                           .runBlocking(Actor {u"vic"_s, Role::Viewer}, 9, {}, std::nullopt, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    }

    void unknownClientIsNotFound()
    {
        test::TestDatabase database;
        auto missing = Diagnoser(database.location(), m_secrets).runBlocking(Support, 404, {}, std::nullopt, {});
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void reportNamesEveryFinding()
    {
        test::TestDatabase database;
        database.addClient(test::makeClient(10, u"Nora"_s, u"None"_s));
        auto diagnosis = Diagnoser(database.location(), m_secrets).runBlocking(Support, 10, {}, std::nullopt, {});
        const QString text = diagnosis->toPlainText();
        QVERIFY(text.contains(u"client 10"_s));
        QVERIFY(text.contains(diagnosis->findings.first().title));
        const QJsonObject json = diagnosis->toJson();
        QCOMPARE(json.value(u"client_id"_s).toInt(), 10);
        QCOMPARE(json.value(u"method"_s).toString(), u"none"_s);
        QCOMPARE(json.value(u"findings"_s).toArray().first().toObject().value(u"outcome"_s).toString(), u"problem"_s);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
