// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliErrorText.h"

#include "app/cli/CliContext.h"
#include "core/operators/SignInService.h"
#include "core/twofactor/TwoFactorService.h"
#include "core/verification/VerificationRefusal.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
/// What a permission lets an operator do, to end "operator X (role Y) may not ...".
QString permissionPhrase(const QString& permission)
{
    if (permission == u"read-clients")
        return CliErrorText::tr("look at clients");
    if (permission == u"read-providers")
        return CliErrorText::tr("look at SMS providers");
    if (permission == u"read-audit")
        return CliErrorText::tr("read the audit log");
    if (permission == u"check-code")
        return CliErrorText::tr("check a client's code");
    if (permission == u"diagnose")
        return CliErrorText::tr("diagnose a client");
    if (permission == u"send-test-sms")
        return CliErrorText::tr("send a test SMS");
    if (permission == u"disable-2fa")
        return CliErrorText::tr("disable a client's 2FA");
    if (permission == u"manage-providers")
        return CliErrorText::tr("manage SMS providers");
    if (permission == u"manage-operators")
        return CliErrorText::tr("manage operators");
    if (permission == u"import-clients")
        return CliErrorText::tr("import clients");
    if (permission == u"manage-keys")
        return CliErrorText::tr("export or import keys");
    if (permission == u"copy-database")
        return CliErrorText::tr("copy the whole database");
    return CliErrorText::tr("do this (%1)").arg(permission);
}

QString notFound(const Error& error)
{
    const QString what = error.detail;
    if (error.field == u"client")
        return CliErrorText::tr("client %1 not found").arg(what);
    if (error.field == u"operator")
        return CliErrorText::tr("no operator named %1").arg(what);
    if (error.field == u"provider")
        return CliErrorText::tr("provider %1 not found").arg(what);
    if (error.field == u"message")
        return CliErrorText::tr("message %1 not found").arg(what);
    return what.isEmpty() ? CliErrorText::tr("%1 not found").arg(error.field)
                          : CliErrorText::tr("%1 %2 not found").arg(error.field, what);
}

/// An ISO 8601 UTC time from an error's detail as the CLI shows times.
QString timeText(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : iso;
}

QString channelText(const QString& channel)
{
    return channel == u"sms" ? CliErrorText::tr("phone number") : CliErrorText::tr("e-mail address");
}

/// Caller verification and four-eyes refusals, each with what to do next.
QString refusal(VerificationRefusal refusal, const QString& detail)
{
    switch (refusal) {
    case VerificationRefusal::None:
        break;
    case VerificationRefusal::ChannelNotAllowed:
        return CliErrorText::tr("an SMS cannot prove who is calling when SMS confirmation is what is removed: send the "
                                "code by e-mail (--via email)");
    case VerificationRefusal::SimSwapped:
        return CliErrorText::tr("the carrier reports a recent SIM swap on the client's number: the caller may not be "
                                "the client; no code goes out, ask a colleague to approve (clients request-disable)");
    case VerificationRefusal::NoDestination:
        return CliErrorText::tr("the client has no %1 on file").arg(channelText(detail));
    case VerificationRefusal::ChannelUnavailable:
        return detail == u"sms" ? CliErrorText::tr("no SMS provider is enabled with a saved secret")
                                : CliErrorText::tr("e-mail is not set up (backoffice-cli email set)");
    case VerificationRefusal::MethodNotOn:
        return CliErrorText::tr("the client does not have this 2FA option on (now: %1)").arg(detail);
    case VerificationRefusal::TooManySends:
        return CliErrorText::tr("three codes were sent to this client in the last 10 minutes; the next one can go out "
                                "at %1")
            .arg(timeText(detail));
    case VerificationRefusal::DeliveryFailed:
        return CliErrorText::tr("the code did not go out (%1); no code is open").arg(detail);
    case VerificationRefusal::NotVerified:
        return CliErrorText::tr("the caller's identity is not verified: send a code (clients verify-identity) and give "
                                "the code the client reads back (--verification-code), or ask a colleague to approve "
                                "(clients request-disable)");
    case VerificationRefusal::CodeNotForClient:
        return CliErrorText::tr("the verified code was for another client or another 2FA option");
    case VerificationRefusal::CodeUsed:
        return CliErrorText::tr("this code was already used for a disable; send a new one");
    case VerificationRefusal::CodeExpired:
        return CliErrorText::tr("the code expired at %1; send a new one").arg(timeText(detail));
    case VerificationRefusal::RequestPending:
        return CliErrorText::tr("a disable request for this client is already waiting for approval (request %1)")
            .arg(detail);
    case VerificationRefusal::OwnRequest:
        return CliErrorText::tr("you filed this request; a second operator must approve it");
    case VerificationRefusal::RequestDecided:
        return CliErrorText::tr("the request was already decided (%1)").arg(detail);
    case VerificationRefusal::RequestExpired:
        return CliErrorText::tr("the request expired at %1 without approval; file a new one").arg(timeText(detail));
    case VerificationRefusal::ClientChanged:
        return CliErrorText::tr("the client changed since the request was filed; look at it again and file a new one");
    }
    return {};
}

/// "client 7 changed meanwhile": another desk or window changed it, not a disable (see alreadyDisabled).
QString clientChanged(const Error& error)
{
    return CliErrorText::tr("client %1 changed meanwhile; look at it again").arg(error.detail);
}

QString invalidInput(const Error& error)
{
    if (error.field == u"reason" && error.detail.startsWith(u"min-length:"))
        return CliErrorText::tr("give a meaningful reason: a ticket reference (like SUP-1234) or at least %1 "
                                "characters")
            .arg(error.detail.mid(11));
    if (error.field == u"reason" && error.detail.startsWith(u"too-long:"))
        return CliErrorText::tr("the reason is longer than %1 characters").arg(error.detail.mid(9));
    if (error.field == u"code")
        return CliErrorText::tr("the code is six digits");
    if (error.field == u"database-password")
        return CliErrorText::tr("the database server refused the password (PGPASSWORD or ~/.pgpass)");
    return CliErrorText::tr("invalid %1").arg(error.field);
}

/// The sentence for a code, before the technical detail is added.
QString sentence(const Error& error, const QString& actorName)
{
    if (const VerificationRefusal refused = VerificationRefusals::of(error); refused != VerificationRefusal::None)
        return refusal(refused, error.detail);
    switch (error.code) {
    case Error::Code::InvalidInput:
        return invalidInput(error);
    case Error::Code::NotFound:
        return notFound(error);
    case Error::Code::Conflict:
        if (const auto already = TwoFactorService::alreadyDisabled(error))
            return CliErrorText::tr("2FA already disabled by %1 at %2; nothing was changed")
                .arg(already->by, already->at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        if (error.field == u"client")
            return clientChanged(error);
        return CliErrorText::tr("the record was changed by someone else; reload and try again");
    case Error::Code::PermissionDenied:
        return actorName.isEmpty()
            ? CliErrorText::tr("your role (%1) may not %2").arg(error.detail, permissionPhrase(error.field))
            : CliErrorText::tr("operator %1 (role %2) may not %3")
                  .arg(actorName, error.detail, permissionPhrase(error.field));
    case Error::Code::Storage:
        return CliErrorText::tr("database error");
    case Error::Code::SchemaTooNew:
        return CliErrorText::tr("the database was created by a newer version of Back Office");
    case Error::Code::KeychainUnavailable:
        return CliErrorText::tr("the system keychain is unavailable");
    case Error::Code::KeyMissing:
        return error.field == u"audit-key" ? CliErrorText::tr("the audit key is missing from the keychain")
                                           : CliErrorText::tr("the data key is missing from the keychain");
    case Error::Code::DecryptionFailed:
        return CliErrorText::tr("a stored secret could not be decrypted (wrong key or tampered data)");
    case Error::Code::Network:
        if (error.field == u"database-unreachable")
            return CliErrorText::tr("the database server cannot be reached");
        if (error.field == u"database-certificate")
            return CliErrorText::tr("the database server's certificate is not trusted (check sslrootcert)");
        if (error.field == u"database-tls")
            return CliErrorText::tr("the database server does not offer an encrypted connection");
        return CliErrorText::tr("network error");
    case Error::Code::Remote:
        return CliErrorText::tr("the remote service refused the request");
    case Error::Code::Cancelled:
        return CliErrorText::tr("cancelled");
    case Error::Code::RateLimited:
        return CliErrorText::tr("too many attempts");
    case Error::Code::Locked:
        return CliErrorText::tr("account locked");
    case Error::Code::Busy:
        return CliErrorText::tr("the database is busy");
    case Error::Code::Internal:
        return CliErrorText::tr("internal error");
    }
    return {};
}

/// Whether the sentence already holds the detail (a value it names), so it is not repeated.
bool sentenceHoldsDetail(const Error& error)
{
    return error.code == Error::Code::NotFound || error.code == Error::Code::PermissionDenied
        || VerificationRefusals::of(error) != VerificationRefusal::None
        || (error.code == Error::Code::Conflict && error.field == u"client")
        || (error.code == Error::Code::InvalidInput && (error.field == u"reason" || error.field == u"code"))
        || TwoFactorService::alreadyDisabled(error).has_value();
}
} // namespace

QString CliErrorText::describe(const Error& error, const QString& actorName)
{
    QString text = sentence(error, actorName);
    if (!error.detail.isEmpty() && !sentenceHoldsDetail(error))
        text += u": "_s + error.detail;
    return text;
}

int CliErrorText::exitCode(const Error& error)
{
    switch (error.code) {
    case Error::Code::InvalidInput:
    case Error::Code::PermissionDenied:
        return ExitUsage;
    default:
        return ExitProblem;
    }
}

bool CliErrorText::isSignInRefusal(const Error& error)
{
    return error.code == Error::Code::Locked || error.code == Error::Code::InvalidInput;
}

QString CliErrorText::describeSignInRefusal(const Error& error, const QString& userName)
{
    if (error.code == Error::Code::Locked && error.field == u"attempts-in-progress")
        return tr("operator %1: as many sign-ins as the lockout allows are being checked right now; try again in a "
                  "minute")
            .arg(userName);
    if (error.code == Error::Code::Locked && error.field == u"disabled")
        return tr("operator %1 is disabled").arg(userName);
    if (const QDateTime until = SignInService::lockedUntil(error); until.isValid())
        return tr("operator %1 is locked after too many failed sign-ins until %2")
            .arg(userName, until.toLocalTime().toString(u"HH:mm"_s));
    if (error.code == Error::Code::InvalidInput)
        return tr("sign-in failed for operator %1: wrong user name or password").arg(userName);
    return describe(error);
}

} // namespace backoffice::cli
