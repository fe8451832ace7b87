// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ErrorText.h"

#include "core/common/DateTimeText.h"
#include "core/operators/PasswordHasher.h"
#include "core/twofactor/TwoFactorService.h"
#include "core/verification/VerificationRefusal.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

namespace {
/// An ISO 8601 UTC time from an error's detail as the GUI shows times.
QString timeText(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? dateTimeText(at) : iso;
}

/// Caller verification and four-eyes refusals, each with what to do next.
QString refusal(VerificationRefusal refusal, const QString& detail)
{
    switch (refusal) {
    case VerificationRefusal::None:
        break;
    case VerificationRefusal::ChannelNotAllowed:
        return ErrorText::tr("An SMS cannot prove who is calling when SMS confirmation is what is removed. Send the "
                             "code by e-mail.");
    case VerificationRefusal::SimSwapped:
        return ErrorText::tr("The carrier reports a recent SIM swap on the client's number: the caller may not be the "
                             "client. No code was sent; only a colleague's approval remains.");
    case VerificationRefusal::NoDestination:
        return detail == u"sms" ? ErrorText::tr("The client has no phone number on file.")
                                : ErrorText::tr("The client has no e-mail address on file.");
    case VerificationRefusal::ChannelUnavailable:
        return detail == u"sms"
            ? ErrorText::tr("No SMS provider is enabled with a saved secret (System > SMS providers).")
            : ErrorText::tr("E-mail is not set up; an administrator sets it up in the settings.");
    case VerificationRefusal::MethodNotOn:
        return ErrorText::tr("The client does not have this 2FA option on any more.");
    case VerificationRefusal::TooManySends:
        return ErrorText::tr("Three codes were sent to this client in the last 10 minutes. The next one can go out at "
                             "%1.")
            .arg(timeText(detail));
    case VerificationRefusal::DeliveryFailed:
        return detail.isEmpty() ? ErrorText::tr("The code did not go out; no code is open.")
                                : ErrorText::tr("The code did not go out (%1); no code is open.").arg(detail);
    case VerificationRefusal::NotVerified:
        return ErrorText::tr("The caller's identity is not verified: send a code and check the code the client reads "
                             "out, or ask a colleague to approve.");
    case VerificationRefusal::CodeNotForClient:
        return ErrorText::tr("The verified code was for another client or another 2FA option.");
    case VerificationRefusal::CodeUsed:
        return ErrorText::tr("This code was already used for a disable. Send a new one.");
    case VerificationRefusal::CodeExpired:
        return detail.isEmpty() ? ErrorText::tr("The code expired. Send a new one.")
                                : ErrorText::tr("The code expired at %1. Send a new one.").arg(timeText(detail));
    case VerificationRefusal::RequestPending:
        return ErrorText::tr("A disable request for this client is already waiting for approval (request %1).")
            .arg(detail);
    case VerificationRefusal::OwnRequest:
        return ErrorText::tr("You filed this request yourself: a second operator must approve it.");
    case VerificationRefusal::RequestDecided:
        return ErrorText::tr("The request was already decided (%1).").arg(detail);
    case VerificationRefusal::RequestExpired:
        return detail.isEmpty()
            ? ErrorText::tr("The request expired without approval; file a new one.")
            : ErrorText::tr("The request expired at %1 without approval; file a new one.").arg(timeText(detail));
    case VerificationRefusal::ClientChanged:
        return ErrorText::tr("The client changed since the request was filed. Look at the client again and file a new "
                             "request if still needed.");
    }
    return {};
}

QString invalidInput(const Error& error)
{
    if (error.field == u"reason" && error.detail.startsWith(u"min-length:"))
        return ErrorText::tr("Give a meaningful reason: a ticket reference (like SUP-1234) or at least %1 characters.")
            .arg(error.detail.mid(11));
    if (error.field == u"reason" && error.detail.startsWith(u"too-long:"))
        return ErrorText::tr("The reason is longer than %1 characters.").arg(error.detail.mid(9));
    if (error.field == u"code")
        return ErrorText::tr("The code is six digits.");
    if (error.field == u"identity-checked")
        return ErrorText::tr("Say how the caller's identity was checked, in at least 10 characters.");
    if (error.field == u"password")
        return ErrorText::tr("The password needs at least %n characters.", nullptr, PasswordHasher::minimumLength);
    if (error.field == u"user-name")
        return ErrorText::tr("A user name is 1 to 64 letters, digits, '.', '_', '-' or '@', without spaces.");
    if (error.field == u"display-name")
        return ErrorText::tr("The display name is too long.");
    if (error.field == u"role")
        return ErrorText::tr("The first operator must be an administrator.");
    if (error.field == u"reason" || error.field == u"client-requested")
        return ErrorText::tr("Tick that the client asked for this and give a reason.");
    if (error.detail.isEmpty())
        return ErrorText::tr("Check the field \"%1\".").arg(error.field);
    return ErrorText::tr("Check the field \"%1\": %2").arg(error.field, error.detail);
}

QString conflict(const Error& error)
{
    if (error.field == u"client")
        return ErrorText::tr("The client was changed by someone else; look at it again.");
    if (error.field == u"user-name")
        return ErrorText::tr("An operator with this user name exists already.");
    if (error.field == u"last-admin")
        return ErrorText::tr("This is the last enabled administrator: nobody could manage operators any more.");
    if (error.field == u"operators-exist")
        return ErrorText::tr("Operators exist already; an administrator must add new ones.");
    if (const auto already = TwoFactorService::alreadyDisabled(error))
        return ErrorText::tr("Two-factor authentication was already disabled by %1 at %2; nothing was changed.")
            .arg(already->by, QLocale().toString(already->at.toLocalTime(), QLocale::ShortFormat));
    return ErrorText::tr("The record was changed by someone else; reload and try again.");
}

QString permissionDenied(const Error& error)
{
    if (error.field == u"manage-operators")
        return ErrorText::tr("Only administrators manage operators.");
    if (error.field == u"disable-2fa")
        return ErrorText::tr("Your role does not allow disabling a client's two-factor authentication.");
    if (error.field == u"check-code")
        return ErrorText::tr("Your role does not allow checking codes; ask a support operator.");
    if (error.field == u"manage-keys")
        return ErrorText::tr("Only administrators export or import keys.");
    if (error.field == u"copy-database")
        return ErrorText::tr("Only administrators copy the whole database.");
    return ErrorText::tr("Your role does not allow this.");
}

QString notFound(const Error& error)
{
    if (error.field == u"operator")
        return ErrorText::tr("This operator does not exist any more.");
    if (error.field == u"client")
        return ErrorText::tr("This client no longer exists.");
    if (error.field == u"provider")
        return ErrorText::tr("This SMS provider does not exist any more.");
    if (error.field == u"message")
        return ErrorText::tr("This message is not in the log.");
    return ErrorText::tr("Not found: %1.").arg(error.field);
}

/// A technical detail (a driver's or a keychain's message) as context, after the sentence.
QString withDetail(const QString& sentence, const Error& error)
{
    return error.detail.isEmpty() ? sentence : ErrorText::tr("%1 (%2)").arg(sentence, error.detail);
}
} // namespace

QString ErrorText::describe(const Error& error)
{
    if (const VerificationRefusal refused = VerificationRefusals::of(error); refused != VerificationRefusal::None)
        return refusal(refused, error.detail);
    switch (error.code) {
    case Error::Code::InvalidInput:
        return invalidInput(error);
    case Error::Code::NotFound:
        return notFound(error);
    case Error::Code::Conflict:
        return conflict(error);
    case Error::Code::PermissionDenied:
        return permissionDenied(error);
    case Error::Code::Storage:
        return withDetail(tr("The database reported an error."), error);
    case Error::Code::SchemaTooNew:
        return tr("The database was created by a newer version of Back Office.");
    case Error::Code::KeychainUnavailable:
        return tr("The system keychain is unavailable (%1). Unlock it or start it, then try again.").arg(error.detail);
    case Error::Code::KeyMissing:
        return error.field == u"audit-key"
            ? tr("This database's audit key is not in the keychain. Import it with 'backoffice-cli keys import' "
                 "from a desktop that has it.")
            : tr("This database's data key is not in the keychain. Import it with 'backoffice-cli keys import' "
                 "from a desktop that has it.");
    case Error::Code::DecryptionFailed:
        return tr("A stored secret cannot be decrypted (wrong key or damaged data).");
    case Error::Code::Network:
        return withDetail(tr("The service cannot be reached."), error);
    case Error::Code::Remote:
        return withDetail(tr("The remote service refused the request."), error);
    case Error::Code::Cancelled:
        return tr("Cancelled.");
    case Error::Code::RateLimited:
        return tr("Too many attempts; try again later.");
    case Error::Code::Locked:
        return tr("The account is locked.");
    case Error::Code::Busy:
        return withDetail(tr("Another program is writing to the database; try again in a moment."), error);
    case Error::Code::Internal:
        return withDetail(tr("Something went wrong inside Back Office."), error);
    }
    return {};
}

} // namespace backoffice::ui
