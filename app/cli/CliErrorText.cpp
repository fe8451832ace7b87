// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliErrorText.h"

#include "app/cli/CliContext.h"
#include "core/operators/SignInService.h"
#include "core/twofactor/TwoFactorService.h"

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

/// The sentence for a code, before the technical detail is added.
QString sentence(const Error& error, const QString& actorName)
{
    switch (error.code) {
    case Error::Code::InvalidInput:
        return CliErrorText::tr("invalid %1").arg(error.field);
    case Error::Code::NotFound:
        return notFound(error);
    case Error::Code::Conflict:
        if (const auto already = TwoFactorService::alreadyDisabled(error))
            return CliErrorText::tr("2FA already disabled by %1 at %2; nothing was changed")
                .arg(already->by, already->at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
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
