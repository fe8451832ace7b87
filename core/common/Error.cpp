// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Error.h"

namespace backoffice {

namespace {
const char* codeName(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidInput:
        return "invalid input";
    case Error::Code::NotFound:
        return "not found";
    case Error::Code::Conflict:
        return "conflict";
    case Error::Code::PermissionDenied:
        return "permission denied";
    case Error::Code::Storage:
        return "database error";
    case Error::Code::SchemaTooNew:
        return "schema too new";
    case Error::Code::KeychainUnavailable:
        return "keychain unavailable";
    case Error::Code::KeyMissing:
        return "key missing";
    case Error::Code::DecryptionFailed:
        return "decryption failed";
    case Error::Code::Network:
        return "network error";
    case Error::Code::Remote:
        return "remote error";
    case Error::Code::Cancelled:
        return "cancelled";
    case Error::Code::RateLimited:
        return "rate limited";
    case Error::Code::Locked:
        return "locked";
    case Error::Code::Busy:
        return "database busy";
    case Error::Code::Internal:
        return "internal error";
    }
    return "error";
}
} // namespace

QString Error::toString() const
{
    QString text = QString::fromLatin1(codeName(code));
    if (!field.isEmpty())
        text += QStringLiteral(" (") + field + u')';
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}

} // namespace backoffice
