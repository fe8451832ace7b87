// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis of an SMS client's phone number: a number the numbering plan does not know (imported
// all the same, maybe a new range) is a warning naming its region, not a problem; a number that
// cannot be one (impossible length) stays a problem.
#include "core/diagnosis/Diagnoser.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestPhoneNumberCheck : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets {u"backoffice-test-phonenumbercheck"_s};

    std::optional<Finding> phoneFinding(const QString& phone)
    {
        test::TestDatabase database;
        Client client = test::makeClient(5, u"Sid"_s, u"Sms"_s, TwoFactorMethod::Sms);
        client.phone = phone;
        database.addClient(client);
        DatabaseLocation location;
        location = database.location();
        auto diagnosis
            = Diagnoser(location, m_secrets).runBlocking(Actor {u"sam"_s, Role::Support}, 5, {}, std::nullopt, {});
        if (!diagnosis)
            return std::nullopt;
        for (const Finding& finding : diagnosis.value().findings) {
            if (finding.check == u"sms.phone_number")
                return finding;
        }
        return std::nullopt;
    }

private slots:
    void phoneNumberFindings_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<Finding::Outcome>("outcome");
        QTest::addColumn<QString>("says");
        QTest::newRow("range unknown to the plan")
            << u"+444012345678"_s << Finding::Outcome::Warning
            << u"+444012345678 is not a valid number for GB according to the numbering plan"_s;
        QTest::newRow("impossible length") << u"+4412"_s << Finding::Outcome::Problem << u"is not a phone number"_s;
        QTest::newRow("valid mobile") << u"+447400123456"_s << Finding::Outcome::Ok << u"valid mobile number"_s;
    }

    void phoneNumberFindings()
    {
        QFETCH(QString, phone);
        QFETCH(Finding::Outcome, outcome);
        QFETCH(QString, says);
        const std::optional<Finding> finding = phoneFinding(phone);
        QVERIFY(finding);
        QCOMPARE(finding->outcome, outcome);
        QVERIFY2(finding->detail.contains(says), qPrintable(finding->detail));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumberCheck)
#include "tst_phonenumbercheck.moc"
