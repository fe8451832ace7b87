// SPDX-License-Identifier: GPL-3.0-or-later
// Every path of "verify the caller before a disable" and "tell the client" (issue 12), walked on a
// real SQLite database with the real SMS path (a Twilio-speaking server on 127.0.0.1) and a
// recording e-mail channel: each row names a path, the factor the client has, what it has after,
// and the audit trail it leaves. Every walk also checks that no code ever reaches the audit log.
#include "core/sms/MessageLog.h"
#include "core/verification/ClientNoticeSettings.h"
#include "core/verification/MaskedDestination.h"
#include "core/verification/VerificationAudit.h"
#include "core/verification/VerificationRefusal.h"
#include "tests/core/tst_identity_rig.h"

#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

namespace {
enum class Path
{
    VerifiedBySms,
    VerifiedByEmail,
    DeliveryFails,
    DeliveryUncertain,
    WrongCodeThreeTimes,
    ExpiredCode,
    VerifiedCodeExpires,
    NewCodeSupersedes,
    SmsCannotVerifyRemovingSms,
    TooManySends,
    SimSwapForcesFourEyes,
    RequesterCannotApprove,
    SecondOperatorApproves,
    Rejected,
    RequestExpires,
    ClientChangedSinceRequest,
    CodeReuseRefused,
    NoticeSent,
    NoticeFails,
};

const QString Send = QString::fromLatin1(AuditAction::IdentityCodeSent);
const QString Check = QString::fromLatin1(AuditAction::IdentityCodeChecked);
const QString Disable = QString::fromLatin1(AuditAction::TwoFactorDisabled);
const QString Refused = QString::fromLatin1(AuditAction::TwoFactorDisableRefused);
const QString Request = QString::fromLatin1(AuditAction::DisableRequested);
const QString Approve = QString::fromLatin1(AuditAction::DisableApproved);
const QString Reject = QString::fromLatin1(AuditAction::DisableRejected);
const QString Notice = QString::fromLatin1(AuditAction::ClientNoticeSent);

VerificationRefusal refusalOf(const Error& error)
{
    return VerificationRefusals::of(error);
}

} // namespace

Q_DECLARE_METATYPE(Path)

class TestIdentityVerification : public QObject
{
    Q_OBJECT

    QStringList m_codes; ///< every code sent in the current walk: none may reach the audit log

    void walk(Path path, IdentityRig& rig, const Client& client);

private slots:
    void walksEveryPath_data()
    {
        QTest::addColumn<Path>("path");
        QTest::addColumn<TwoFactorMethod>("method");
        QTest::addColumn<TwoFactorMethod>("after");
        QTest::addColumn<QStringList>("trail");
        const auto none = TwoFactorMethod::None;
        const auto totp = TwoFactorMethod::Authenticator;
        const auto sms = TwoFactorMethod::Sms;
        QTest::newRow("verified by SMS") << Path::VerifiedBySms << totp << none << QStringList {Send, Check, Disable};
        QTest::newRow("verified by e-mail")
            << Path::VerifiedByEmail << sms << none << QStringList {Send, Check, Disable};
        QTest::newRow("the SMS does not go out") << Path::DeliveryFails << totp << totp << QStringList {Send, Check};
        QTest::newRow("the SMS may have gone out")
            << Path::DeliveryUncertain << totp << none << QStringList {Send, Check, Disable};
        QTest::newRow("wrong code x3, then locked")
            << Path::WrongCodeThreeTimes << totp << totp << QStringList {Send, Check, Check, Check, Check, Refused};
        QTest::newRow("expired code") << Path::ExpiredCode << totp << totp << QStringList {Send, Check};
        QTest::newRow("verified code expires before the disable")
            << Path::VerifiedCodeExpires << totp << totp << QStringList {Send, Check, Refused};
        QTest::newRow("a new code supersedes the open one")
            << Path::NewCodeSupersedes << sms << none << QStringList {Send, Send, Check, Check, Refused, Disable};
        QTest::newRow("SMS cannot verify removing SMS")
            << Path::SmsCannotVerifyRemovingSms << sms << sms << QStringList {Send};
        QTest::newRow("three codes per 10 minutes")
            << Path::TooManySends << totp << totp << QStringList {Send, Send, Send, Send, Send};
        QTest::newRow("SIM swap forces four-eyes")
            << Path::SimSwapForcesFourEyes << totp << none << QStringList {Send, Send, Request, Approve, Disable};
        QTest::newRow("approval by the requester refused")
            << Path::RequesterCannotApprove << sms << sms << QStringList {Request, Approve, Approve};
        QTest::newRow("approval by a second operator turns the factor off")
            << Path::SecondOperatorApproves << sms << none << QStringList {Request, Approve, Disable};
        QTest::newRow("rejection") << Path::Rejected << totp << totp << QStringList {Request, Reject, Approve};
        QTest::newRow("expiry after 24 h")
            << Path::RequestExpires << sms << sms << QStringList {Request, Approve, Request};
        QTest::newRow("client changed since the request")
            << Path::ClientChangedSinceRequest << sms << sms << QStringList {Request, Approve};
        QTest::newRow("code reuse refused")
            << Path::CodeReuseRefused << totp << totp << QStringList {Send, Check, Disable, Refused};
        QTest::newRow("notice sent") << Path::NoticeSent << totp << none
                                     << QStringList {Send, Check, Disable, Notice, Notice};
        QTest::newRow("notice failing") << Path::NoticeFails << totp << none
                                        << QStringList {Request, Approve, Disable, Notice, Notice};
    }

    void walksEveryPath()
    {
        QFETCH(Path, path);
        QFETCH(TwoFactorMethod, method);
        QFETCH(TwoFactorMethod, after);
        QFETCH(QStringList, trail);
        IdentityRig rig;
        m_codes.clear();
        const Client client = rig.addClient(7, method);

        walk(path, rig, client);
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(rig.reload(client).method, after);
        QCOMPARE(rig.actions(client), trail);
        QVERIFY(rig.audit.verify().value().intact());
        // No code in any audit event: not in its fields, not in its details.
        const QList<AuditEvent> events = rig.audit.list({}).value();
        for (const AuditEvent& event : events) {
            for (const QString& code : std::as_const(m_codes)) {
                QVERIFY2(!QString::fromUtf8(event.canonicalContent()).contains(code),
                         qPrintable(u"code in %1"_s.arg(event.action)));
            }
        }
    }
};

void TestIdentityVerification::walk(Path path, IdentityRig& rig, const Client& client)
{
    using Outcome = CodeCheck::Outcome;
    switch (path) {
    case Path::VerifiedBySms: {
        auto sent = rig.sendAndVerify(client, VerificationChannel::Sms, &m_codes);
        QVERIFY(sent);
        QCOMPARE(sent->maskedDestination, MaskedDestination::phone(client.phone));
        QCOMPARE(sent->maskedDestination, u"+44 74•• •••007"_s);
        QCOMPARE(rig.server.count("POST", u"/Messages.json"_s), 1);
        // The client's SMS history lists it, under its purpose; the log has no text to leak.
        const QList<SmsMessageRecord> logged = MessageLog(rig.database.db()).byClient(client.id).value();
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().purpose, u"identity-code"_s);
        QCOMPARE(logged.first().operatorName, u"sam"_s);
        auto off = rig.disableWithCode(support, client, sent->challengeId);
        QVERIFY2(off, qPrintable(off ? QString() : off.error().toString()));
        const AuditEvent disabled = rig.events(client, Disable).first();
        QCOMPARE(disabled.details.value(u"verified_by"_s).toString(), u"code"_s);
        QCOMPARE(disabled.details.value(u"channel"_s).toString(), u"sms"_s);
        break;
    }
    case Path::VerifiedByEmail: {
        auto sent = rig.sendAndVerify(client, VerificationChannel::Email, &m_codes);
        QVERIFY(sent);
        QCOMPARE(sent->maskedDestination, u"j•••@example.com"_s);
        QCOMPARE(rig.email.sent.size(), 1);
        QCOMPARE(rig.email.sent.first().to, client.email);
        QCOMPARE(rig.server.count("POST"), 0); // nothing to the phone whose factor is removed
        const AuditEvent send = rig.events(client, Send).first();
        QCOMPARE(send.details.value(u"destination"_s).toString(), u"j•••@example.com"_s);
        QCOMPARE(send.details.value(u"outcome"_s).toString(), u"sent"_s);
        QCOMPARE(send.details.value(u"attempts_left"_s).toInt(), 3);
        QVERIFY(rig.disableWithCode(support, client, sent->challengeId));
        break;
    }
    case Path::DeliveryFails: {
        rig.server.setFault(FakeSmsServer::Fault::Unauthorized);
        auto failed = rig.sendCode(support, client, VerificationChannel::Sms);
        QCOMPARE(refusalOf(failed.error()), VerificationRefusal::DeliveryFailed);
        QCOMPARE(failed.error().detail, u"wrong_credentials"_s);
        const AuditEvent send = rig.events(client, Send).first();
        QCOMPARE(send.details.value(u"outcome"_s).toString(), u"failed"_s);
        QCOMPARE(send.details.value(u"attempts_left"_s).toInt(), 0);
        // A code that never went out cannot be read back, whatever is typed.
        QCOMPARE(rig.verifyCode(support, client, u"123456"_s)->outcome, Outcome::NoOpenCode);
        break;
    }
    case Path::DeliveryUncertain: {
        // The provider took the request but the answer broke off: the client may have the code.
        rig.server.setFault(FakeSmsServer::Fault::ResetMidAnswer, 1);
        auto sent = rig.sendCode(support, client, VerificationChannel::Sms);
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().toString()));
        QVERIFY(sent->deliveryUncertain);
        QCOMPARE(rig.events(client, Send).first().details.value(u"outcome"_s).toString(), u"unknown"_s);
        m_codes.append(rig.lastCode(VerificationChannel::Sms));
        QCOMPARE(rig.verifyCode(support, client, m_codes.last())->outcome, Outcome::Verified);
        QVERIFY(rig.disableWithCode(support, client, sent->challengeId));
        break;
    }
    case Path::WrongCodeThreeTimes: {
        auto sent = rig.sendCode(support, client, VerificationChannel::Email);
        QVERIFY(sent);
        const QString code = rig.lastCode(VerificationChannel::Email);
        m_codes.append(code);
        const QString wrong = IdentityRig::otherThan(code);
        QCOMPARE(rig.verifyCode(support, client, wrong)->outcome, Outcome::Wrong);
        QCOMPARE(rig.verifyCode(support, client, wrong)->attemptsLeft, 1);
        auto third = rig.verifyCode(secondSupport, client, wrong);
        QCOMPARE(third->outcome, Outcome::Locked);
        QCOMPARE(third->attemptsLeft, 0);
        // Locked: even the right code no longer verifies, and nothing allows the disable.
        QCOMPARE(rig.verifyCode(support, client, code)->outcome, Outcome::Locked);
        auto refused = rig.disableWithCode(support, client, sent->challengeId);
        QCOMPARE(refusalOf(refused.error()), VerificationRefusal::NotVerified);
        const QList<AuditEvent> checks = rig.events(client, Check);
        QCOMPARE(checks.at(0).details.value(u"outcome"_s).toString(), u"wrong"_s);
        QCOMPARE(checks.at(0).details.value(u"attempts_left"_s).toInt(), 2);
        QCOMPARE(checks.at(2).details.value(u"outcome"_s).toString(), u"locked"_s);
        QCOMPARE(checks.at(2).operatorName, u"sue"_s);
        break;
    }
    case Path::ExpiredCode: {
        QVERIFY(rig.sendCode(support, client, VerificationChannel::Sms));
        const QString code = rig.lastCode(VerificationChannel::Sms);
        m_codes.append(code);
        rig.clock.advanceSeconds(10 * 60);
        QCOMPARE(rig.verifyCode(support, client, code)->outcome, Outcome::Expired);
        break;
    }
    case Path::VerifiedCodeExpires: {
        auto sent = rig.sendCode(support, client, VerificationChannel::Sms);
        QVERIFY(sent);
        m_codes.append(rig.lastCode(VerificationChannel::Sms));
        rig.clock.advanceSeconds(9 * 60);
        QCOMPARE(rig.verifyCode(support, client, m_codes.last())->outcome, Outcome::Verified);
        rig.clock.advanceSeconds(61);
        QCOMPARE(refusalOf(rig.disableWithCode(support, client, sent->challengeId).error()),
                 VerificationRefusal::CodeExpired);
        break;
    }
    case Path::NewCodeSupersedes: {
        auto first = rig.sendCode(support, client, VerificationChannel::Email);
        QVERIFY(first);
        const QString firstCode = rig.lastCode(VerificationChannel::Email);
        auto second = rig.sendCode(support, client, VerificationChannel::Email);
        QVERIFY(second);
        const QString secondCode = rig.lastCode(VerificationChannel::Email);
        m_codes << firstCode << secondCode;
        QVERIFY(firstCode != secondCode); // 1 in 10^6 that this fails by chance
        QCOMPARE(rig.verifyCode(support, client, firstCode)->outcome, Outcome::Wrong);
        QCOMPARE(rig.verifyCode(support, client, secondCode)->outcome, Outcome::Verified);
        QCOMPARE(refusalOf(rig.disableWithCode(support, client, first->challengeId).error()),
                 VerificationRefusal::NotVerified);
        QVERIFY(rig.disableWithCode(support, client, second->challengeId));
        break;
    }
    case Path::SmsCannotVerifyRemovingSms: {
        auto refused = rig.sendCode(support, client, VerificationChannel::Sms);
        QCOMPARE(refusalOf(refused.error()), VerificationRefusal::ChannelNotAllowed);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(rig.server.count("POST"), 0);
        QCOMPARE(rig.events(client, Send).first().details.value(u"refusal"_s).toString(), u"channel-not-allowed"_s);
        break;
    }
    case Path::TooManySends: {
        const QDateTime start = rig.clock.nowUtc();
        for (int i = 0; i < 3; ++i) {
            auto sent = rig.sendCode(support, client, VerificationChannel::Email);
            QVERIFY(sent);
            QCOMPARE(sent->sendsLeft, 2 - i);
            m_codes.append(rig.lastCode(VerificationChannel::Email));
            rig.clock.advanceSeconds(60);
        }
        auto limited = rig.sendCode(support, client, VerificationChannel::Email);
        QCOMPARE(refusalOf(limited.error()), VerificationRefusal::TooManySends);
        QCOMPARE(limited.error().code, Error::Code::RateLimited);
        QCOMPARE(QDateTime::fromString(limited.error().detail, Qt::ISODate), start.addSecs(10 * 60));
        QCOMPARE(rig.email.sent.size(), 3);
        rig.clock.set(start.addSecs(10 * 60));
        QVERIFY(rig.sendCode(support, client, VerificationChannel::Email));
        m_codes.append(rig.lastCode(VerificationChannel::Email));
        break;
    }
    case Path::SimSwapForcesFourEyes: {
        CarrierSignal swapped;
        swapped.simSwappedWithin7Days = CarrierSignal::SimSwap::Swapped;
        swapped.checkedAt = rig.clock.nowUtc();
        for (const VerificationChannel channel : {VerificationChannel::Sms, VerificationChannel::Email}) {
            auto refused = rig.sendCode(support, client, channel, swapped);
            QCOMPARE(refusalOf(refused.error()), VerificationRefusal::SimSwapped);
        }
        QCOMPARE(rig.server.count("POST"), 0);
        QCOMPARE(rig.email.sent.size(), 0);
        QCOMPARE(rig.events(client, Send).first().details.value(u"sim_swap"_s).toString(), u"swapped"_s);
        auto request = rig.requests.request(support, IdentityRig::requestFor(client));
        QVERIFY(request);
        auto approved = rig.requests.approve(secondSupport, request->id);
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().toString()));
        break;
    }
    case Path::RequesterCannotApprove: {
        auto request = rig.requests.request(support, IdentityRig::requestFor(client));
        QVERIFY(request);
        QCOMPARE(refusalOf(rig.requests.approve(support, request->id).error()), VerificationRefusal::OwnRequest);
        // The same operator in other letters is still the same operator.
        const Actor shouting {u"SAM"_s, Role::Admin};
        QCOMPARE(refusalOf(rig.requests.approve(shouting, request->id).error()), VerificationRefusal::OwnRequest);
        QCOMPARE(rig.requests.find(support, request->id)->state, DisableRequest::State::Pending);
        QCOMPARE(rig.events(client, Approve).first().details.value(u"refusal"_s).toString(), u"own-request"_s);
        break;
    }
    case Path::SecondOperatorApproves: {
        auto request = rig.requests.request(support, IdentityRig::requestFor(client));
        QVERIFY(request);
        QCOMPARE(request->state, DisableRequest::State::Pending);
        QCOMPARE(request->expiresAt, rig.clock.nowUtc().addSecs(24 * 3600));
        QCOMPARE(rig.requests.pending(viewer)->size(), 1);
        rig.clock.advanceSeconds(3600);
        auto approved = rig.requests.approve(admin, request->id);
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().toString()));
        QCOMPARE(approved->request.state, DisableRequest::State::Approved);
        QCOMPARE(approved->request.decidedBy, u"alice"_s);
        QCOMPARE(approved->before.method, TwoFactorMethod::Sms);
        QCOMPARE(approved->after.method, TwoFactorMethod::None);
        QVERIFY(rig.requests.pending(viewer)->isEmpty());
        const AuditEvent disabled = rig.events(client, Disable).first();
        QCOMPARE(disabled.operatorName, u"alice"_s);
        QCOMPARE(disabled.reason, u"SUP-77 lost phone"_s);
        QCOMPARE(disabled.details.value(u"four_eyes_request"_s).toInteger(), request->id);
        QCOMPARE(disabled.details.value(u"requested_by"_s).toString(), u"sam"_s);
        QCOMPARE(disabled.details.value(u"identity_checked"_s).toString(), u"passport seen at the branch"_s);
        break;
    }
    case Path::Rejected: {
        auto request = rig.requests.request(support, IdentityRig::requestFor(client));
        QVERIFY(request);
        auto rejected = rig.requests.reject(secondSupport, request->id, u"caller failed the security questions"_s);
        QVERIFY(rejected);
        QCOMPARE(rejected->state, DisableRequest::State::Rejected);
        QCOMPARE(rejected->decisionReason, u"caller failed the security questions"_s);
        QCOMPARE(refusalOf(rig.requests.approve(admin, request->id).error()), VerificationRefusal::RequestDecided);
        break;
    }
    case Path::RequestExpires: {
        auto request = rig.requests.request(support, IdentityRig::requestFor(client));
        QVERIFY(request);
        rig.clock.advanceSeconds(24 * 3600);
        QVERIFY(rig.requests.pending(admin)->isEmpty());
        QCOMPARE(refusalOf(rig.requests.approve(admin, request->id).error()), VerificationRefusal::RequestExpired);
        QCOMPARE(rig.requests.find(admin, request->id)->state, DisableRequest::State::Expired);
        // An expired request no longer blocks a new one.
        QVERIFY(rig.requests.request(secondSupport, IdentityRig::requestFor(client)));
        break;
    }
    case Path::ClientChangedSinceRequest: {
        auto request = rig.requests.request(support, IdentityRig::requestFor(client));
        QVERIFY(request);
        QVERIFY(rig.sql(u"UPDATE clients SET email = 'new@example.com', row_version = row_version + 1 WHERE id = ?"_s,
                        {client.id}));
        auto refused = rig.requests.approve(admin, request->id);
        QCOMPARE(refusalOf(refused.error()), VerificationRefusal::ClientChanged);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(rig.requests.find(admin, request->id)->state, DisableRequest::State::Stale);
        break;
    }
    case Path::CodeReuseRefused: {
        auto sent = rig.sendAndVerify(client, VerificationChannel::Email, &m_codes);
        QVERIFY(sent);
        QVERIFY(rig.disableWithCode(support, client, sent->challengeId));
        // The client turns the authenticator back on; the old code does not allow a second disable.
        QVERIFY(rig.sql(u"UPDATE clients SET twofa_method = 'authenticator', twofa_enabled_at = ?, "
                        u"totp_secret_sealed = x'00', row_version = row_version + 1 WHERE id = ?"_s,
                        {rig.clock.nowUtc().toString(Qt::ISODateWithMs), client.id}));
        auto refused = rig.disableWithCode(support, rig.reload(client), sent->challengeId);
        QCOMPARE(refusalOf(refused.error()), VerificationRefusal::CodeUsed);
        break;
    }
    case Path::NoticeSent: {
        auto sent = rig.sendAndVerify(client, VerificationChannel::Sms, &m_codes);
        QVERIFY(sent);
        rig.server.clearRequests();
        QVERIFY(rig.disableWithCode(support, client, sent->challengeId, u"SUP-42 lost phone"_s));
        const NoticeReport report = rig.notify(support, client, u"SUP-42 lost phone"_s);
        QVERIFY(report.allSent());
        QCOMPARE(report.deliveries.size(), 2);
        const QString sms = rig.server.requests().last().formValue(u"Body"_s);
        QVERIFY2(sms.contains(u"Google Authenticator was turned off"_s), qPrintable(sms));
        QVERIFY(sms.contains(u"2026-11-23 12:00 UTC"_s));
        QVERIFY(sms.contains(u"SUP-42 lost phone"_s));
        QVERIFY(sms.contains(ClientNoticeSettings::defaultContactLine()));
        const RecordingEmailChannel::Sent& mail = rig.email.sent.last();
        QCOMPARE(mail.to, client.email);
        QCOMPARE(mail.tag.purpose, u"client-notice"_s);
        QVERIFY(mail.body.contains(u"reference: SUP-42 lost phone"_s));
        QVERIFY(mail.body.contains(ClientNoticeSettings::defaultContactLine()));
        for (const AuditEvent& event : rig.events(client, Notice))
            QCOMPARE(event.details.value(u"outcome"_s).toString(), u"sent"_s);
        break;
    }
    case Path::NoticeFails: {
        const ClientNoticeSettings settings(rig.database.db(), rig.audit);
        QCOMPARE(settings.setContactLine(support, u"call me"_s).error().code, Error::Code::PermissionDenied);
        QCOMPARE(settings.setContactLine(admin, u"call\nme"_s).error().field, u"contact-line"_s);
        QVERIFY(settings.setContactLine(admin, u"call +44 20 7946 0000 (the number on your card)."_s));
        QCOMPARE(settings.contactLine(), u"call +44 20 7946 0000 (the number on your card)."_s);
        auto request = rig.requests.request(support, IdentityRig::requestFor(client));
        QVERIFY(request);
        auto approved = rig.requests.approve(secondSupport, request->id);
        QVERIFY(approved);
        rig.server.twilioSendErrorCode = 30003;
        rig.email.answer = ChannelOutcome::failed(u"tls_failure"_s);
        const NoticeReport report = rig.notify(secondSupport, approved->before, approved->request.reason);
        QVERIFY(!report.allSent());
        QCOMPARE(report.failures().size(), 2);
        QVERIFY(rig.email.sent.last().body.contains(u"the number on your card"_s));
        QStringList failures;
        for (const AuditEvent& event : rig.events(client, Notice)) {
            QCOMPARE(event.details.value(u"outcome"_s).toString(), u"failed"_s);
            failures.append(event.details.value(u"failure"_s).toString());
        }
        failures.sort();
        QCOMPARE(failures, (QStringList {u"rejected"_s, u"tls_failure"_s}));
        break;
    }
    }
}

QTEST_GUILESS_MAIN(TestIdentityVerification)
#include "tst_identityverification.moc"
