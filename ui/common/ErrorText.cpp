// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ErrorText.h"

#include "core/operators/PasswordHasher.h"
#include "core/twofactor/TwoFactorService.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

namespace {
QString invalidInput(const Error& error)
{
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
