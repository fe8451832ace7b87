// SPDX-License-Identifier: GPL-3.0-or-later
// The attacks caller verification must stop, each performed: a code for one client used on another
// (typed, or by moving its row in the database), a viewer sending codes and approving, a reader of
// the database trying every code against the stored value, and the verified code used out of the
// order TwoFactorService::disable follows.
#include "core/verification/IdentityChallengeRepository.h"
#include "core/verification/VerificationRefusal.h"
#include "tests/core/tst_identity_rig.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstring>
#include <memory>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

namespace {
VerificationRefusal refusalOf(const Error& error)
{
    return VerificationRefusals::of(error);
}

/// Whether `data` hashes to `expected` under SHA-256, or under HMAC-SHA-256 when `context` is a
/// keyed HMAC context. The contexts are kept between calls, as an attacker's search would keep
/// them (OpenSSL's one-shot functions look the algorithm up every time: ten times slower).
bool digestIs(EVP_MD_CTX* sha256, EVP_MAC_CTX* hmac, const QByteArray& data, const QByteArray& expected)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    size_t length = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    if (hmac) {
        EVP_MAC_init(hmac, nullptr, 0, nullptr);
        EVP_MAC_update(hmac, bytes, size_t(data.size()));
        EVP_MAC_final(hmac, digest, &length, sizeof digest);
    } else {
        unsigned int digestLength = 0;
        EVP_DigestInit_ex(sha256, EVP_sha256(), nullptr);
        EVP_DigestUpdate(sha256, bytes, size_t(data.size()));
        EVP_DigestFinal_ex(sha256, digest, &digestLength);
        length = digestLength;
    }
    return length == size_t(expected.size()) && std::memcmp(digest, expected.constData(), length) == 0;
}

using MacContext = std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)>;
MacContext hmacSha256(EVP_MAC* hmac, const QByteArray& key)
{
    MacContext context(EVP_MAC_CTX_new(hmac), &EVP_MAC_CTX_free);
    char digestName[] = "SHA256";
    const OSSL_PARAM parameters[]
        = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0), OSSL_PARAM_construct_end()};
    EVP_MAC_init(context.get(), reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()),
                 parameters);
    return context;
}

qint64 count(const Database& database, const QString& sql)
{
    return database.scalar(sql).value().toLongLong();
}
} // namespace

class TestIdentityAttacks : public QObject
{
    Q_OBJECT

private slots:
    void aCodeForClientADoesNotVerifyClientB()
    {
        IdentityRig rig;
        const Client a = rig.addClient(1, TwoFactorMethod::Authenticator);
        const Client b = rig.addClient(2, TwoFactorMethod::Authenticator);
        auto sentToA = rig.sendCode(support, a, VerificationChannel::Email);
        QVERIFY(sentToA);
        const QString codeOfA = rig.lastCode(VerificationChannel::Email);

        // B has no code: A's is no use.
        QCOMPARE(rig.verifyCode(support, b, codeOfA)->outcome, CodeCheck::Outcome::NoOpenCode);
        // B has its own code: A's is a wrong one and costs B an attempt.
        QVERIFY(rig.sendCode(support, b, VerificationChannel::Email));
        const QString codeOfB = rig.lastCode(VerificationChannel::Email);
        if (codeOfA != codeOfB) // 1 in 10^6 they are the same
            QCOMPARE(rig.verifyCode(support, b, codeOfA)->outcome, CodeCheck::Outcome::Wrong);

        // A's verified code does not allow B's disable, and stays usable for A.
        QCOMPARE(rig.verifyCode(support, a, codeOfA)->outcome, CodeCheck::Outcome::Verified);
        auto refused = rig.disableWithCode(support, b, sentToA->challengeId);
        QCOMPARE(refusalOf(refused.error()), VerificationRefusal::CodeNotForClient);
        QCOMPARE(rig.reload(b).method, TwoFactorMethod::Authenticator);
        QVERIFY(rig.disableWithCode(support, a, sentToA->challengeId));
    }

    void aChallengeMovedToAnotherClientInTheDatabaseDoesNotVerify()
    {
        // Someone with write access to the file moves A's open challenge onto B: the MAC is bound
        // to A, so A's code is wrong for B.
        IdentityRig rig;
        const Client a = rig.addClient(1, TwoFactorMethod::Sms);
        const Client b = rig.addClient(2, TwoFactorMethod::Sms);
        auto sent = rig.sendCode(support, a, VerificationChannel::Email);
        QVERIFY(sent);
        const QString codeOfA = rig.lastCode(VerificationChannel::Email);
        QVERIFY(rig.sql(u"UPDATE identity_challenges SET client_id = ? WHERE id = ?"_s, {b.id, sent->challengeId}));
        QCOMPARE(rig.verifyCode(support, b, codeOfA)->outcome, CodeCheck::Outcome::Wrong);
    }

    void aCodeToRemoveOneFactorDoesNotRemoveTheOther()
    {
        IdentityRig rig;
        const Client client = rig.addClient(3, TwoFactorMethod::Authenticator);
        auto sent = rig.sendAndVerify(client, VerificationChannel::Sms);
        QVERIFY(sent);
        // Meanwhile the client switched to SMS: the SMS-sent code must not remove the SMS factor.
        QVERIFY(rig.sql(u"UPDATE clients SET twofa_method = 'sms', totp_secret_sealed = NULL, "
                        u"row_version = row_version + 1 WHERE id = ?"_s,
                        {client.id}));
        auto refused = rig.disableWithCode(support, rig.reload(client), sent->challengeId);
        QCOMPARE(refusalOf(refused.error()), VerificationRefusal::CodeNotForClient);
        QCOMPARE(rig.reload(client).method, TwoFactorMethod::Sms);
    }

    void aViewerCannotSendCodesOrApprove()
    {
        IdentityRig rig;
        const Client client = rig.addClient(4, TwoFactorMethod::Authenticator);
        auto sent = rig.sendCode(viewer, client, VerificationChannel::Sms);
        QCOMPARE(sent.error().code, Error::Code::PermissionDenied);
        QCOMPARE(rig.server.count("POST"), 0);
        QCOMPARE(rig.email.sent.size(), 0);
        QCOMPARE(count(rig.database.db(), u"SELECT count(*) FROM identity_challenges"_s), 0);
        QCOMPARE(rig.verifyCode(viewer, client, u"123456"_s).error().code, Error::Code::PermissionDenied);

        const DisableRequestInput input = IdentityRig::requestFor(client);
        QCOMPARE(rig.requests.request(viewer, input).error().code, Error::Code::PermissionDenied);
        auto request = rig.requests.request(support, input);
        QVERIFY(request);
        QCOMPARE(rig.requests.approve(viewer, request->id).error().code, Error::Code::PermissionDenied);
        QCOMPARE(rig.requests.reject(viewer, request->id, u"no"_s).error().code, Error::Code::PermissionDenied);
        QCOMPARE(rig.requests.find(admin, request->id)->state, DisableRequest::State::Pending);
        QCOMPARE(rig.reload(client).method, TwoFactorMethod::Authenticator);
        // Every refusal is on the record.
        QCOMPARE(count(rig.database.db(),
                       u"SELECT count(*) FROM audit_events WHERE action = 'permission.refused' "
                       u"AND operator = 'vic'"_s),
                 5);
    }

    void theStoredValueDoesNotRevealTheCodeWithoutTheKey()
    {
        IdentityRig rig;
        const Client client = rig.addClient(5, TwoFactorMethod::Authenticator);
        QVERIFY(rig.sendCode(support, client, VerificationChannel::Email));
        const QString code = rig.lastCode(VerificationChannel::Email);
        auto row = rig.database.db().exec(u"SELECT code_nonce, code_mac FROM identity_challenges"_s);
        QVERIFY(row && row.value().next());
        const QByteArray nonce = QByteArray::fromHex(row.value().value(0).toByteArray());
        const QByteArray mac = QByteArray::fromHex(row.value().value(1).toByteArray());
        QCOMPARE(mac.size(), 32);
        // Nothing in the row is the code or holds it.
        QSqlQuery all = rig.database.db().exec(u"SELECT * FROM identity_challenges"_s).value();
        QVERIFY(all.next());
        for (int column = 0; column < all.record().count(); ++column)
            QVERIFY(all.value(column).toString() != code);

        // A reader of the database tries all 10^6 codes the ways a plain hash would fall to them;
        // with the key (which the database does not hold) the same search finds exactly the code.
        const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> sha256(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        const std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> hmac(EVP_MAC_fetch(nullptr, "HMAC", nullptr),
                                                                     &EVP_MAC_free);
        // Even the audit key itself is not the code key.
        const MacContext withWrongKey = hmacSha256(hmac.get(), TestDatabase::testAuditKey());
        const MacContext withRightKey = hmacSha256(hmac.get(), IdentityRig::codeKey());
        QByteArray text
            = "backoffice-identity-code-v1\n" + QByteArray::number(client.id) + '\n' + nonce.toHex() + '\n' + "000000";
        QByteArray salted = nonce + "000000";
        int plainHits = 0;
        int saltedHits = 0;
        int wrongKeyHits = 0;
        QStringList found;
        for (int candidate = 0; candidate < 1000000; ++candidate) {
            const QByteArray digits = QByteArray::number(candidate).rightJustified(6, '0');
            text.replace(text.size() - 6, 6, digits);
            salted.replace(salted.size() - 6, 6, digits);
            plainHits += digestIs(sha256.get(), nullptr, digits, mac);
            saltedHits += digestIs(sha256.get(), nullptr, salted, mac);
            wrongKeyHits += digestIs(nullptr, withWrongKey.get(), text, mac);
            if (digestIs(nullptr, withRightKey.get(), text, mac))
                found.append(QString::fromLatin1(digits));
        }
        QCOMPARE(plainHits, 0);
        QCOMPARE(saltedHits, 0);
        QCOMPARE(wrongKeyHits, 0);
        QCOMPARE(found, QStringList {code});
    }

    void guessesFromManyDesksShareTheThreeAttempts()
    {
        // Three wrong guesses from three desks (connections of their own), then the right code: the
        // attempts are counted in the database, not per desk, so the fourth finds the code locked.
        IdentityRig rig;
        const Client client = rig.addClient(6, TwoFactorMethod::Authenticator);
        QVERIFY(rig.sendCode(support, client, VerificationChannel::Email));
        const QString code = rig.lastCode(VerificationChannel::Email);
        const QString wrong = IdentityRig::otherThan(code);
        DatabaseLocation location;
        location = rig.database.location();
        QList<std::shared_ptr<Database>> desks;
        for (int i = 0; i < 3; ++i)
            desks.append(Database::open(location).value());
        for (const auto& desk : std::as_const(desks)) {
            const AuditLog audit(*desk, rig.clock);
            const IdentityVerificationService other(*desk, audit, IdentityRig::codeKey(), nullptr, nullptr, rig.clock);
            QVERIFY(other.verifyCode(secondSupport, client.id, client.method, wrong));
        }
        QCOMPARE(rig.verifyCode(support, client, code)->outcome, CodeCheck::Outcome::Locked);
    }

    void theDisableUsesTheCodeOnlyWhenTheFactorGoesOff()
    {
        // The order TwoFactorService::disable follows: consume, then turn off, in one transaction.
        // When turning off is refused (the screen was stale), the code is not used up.
        IdentityRig rig;
        const Client opened = rig.addClient(8, TwoFactorMethod::Authenticator);
        auto sent = rig.sendAndVerify(opened, VerificationChannel::Email);
        QVERIFY(sent);
        QVERIFY(rig.sql(u"UPDATE clients SET email = 'other@example.com', row_version = row_version + 1 "
                        u"WHERE id = ?"_s,
                        {opened.id}));
        QCOMPARE(rig.disableWithCode(support, opened, sent->challengeId).error().code, Error::Code::Conflict);
        QCOMPARE(IdentityChallengeRepository(rig.database.db()).find(sent->challengeId)->state,
                 IdentityChallenge::State::Verified);
        QVERIFY(rig.disableWithCode(support, rig.reload(opened), sent->challengeId));
        QCOMPARE(IdentityChallengeRepository(rig.database.db()).find(sent->challengeId)->state,
                 IdentityChallenge::State::Consumed);
        // With a code that was never sent, or without any: refused, and the attempt is in the log.
        const Client other = rig.addClient(9, TwoFactorMethod::Authenticator);
        QCOMPARE(refusalOf(rig.disableWithCode(support, other, 999).error()), VerificationRefusal::NotVerified);
        QCOMPARE(refusalOf(rig.disableWithCode(support, other, 0).error()), VerificationRefusal::NotVerified);
        QCOMPARE(rig.reload(other).method, TwoFactorMethod::Authenticator);
        AuditFilter refusals;
        refusals.action = QString::fromLatin1(AuditAction::TwoFactorDisableRefused);
        QCOMPARE(rig.audit.count(refusals).value(), 2);
    }

    void theRequesterCannotApproveByEditingTheDatabaseEither()
    {
        // The schema refuses an approved request whose approver is its requester.
        IdentityRig rig;
        const Client client = rig.addClient(9, TwoFactorMethod::Sms);
        QVERIFY(rig.database.db()
                    .exec(u"INSERT INTO disable_requests (client_id, method, client_row_version, reason, "
                          u"identity_check, requested_by, requested_at, expires_at, state, decided_by, decided_at) "
                          u"VALUES (?, 'sms', 1, 'r', 'passport seen', 'sam', 'a', 'b', 'approved', 'Sam', 'c')"_s,
                          {client.id})
                    .error()
                    .detail.contains(u"CHECK"_s, Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestIdentityAttacks)
#include "tst_identityattacks.moc"
