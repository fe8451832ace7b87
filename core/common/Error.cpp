// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Error.h"

#include <QCoreApplication>

namespace backoffice {

QString Error::toString() const
{
    QString text;
    switch (code) {
    case Code::InvalidInput:
        text = QCoreApplication::translate("Error", "invalid %1").arg(field);
        break;
    case Code::NotFound:
        text = QCoreApplication::translate("Error", "%1 not found").arg(field);
        break;
    case Code::Conflict:
        text = QCoreApplication::translate("Error", "the record was changed by someone else; reload and try again");
        break;
    case Code::PermissionDenied:
        text = QCoreApplication::translate("Error", "your role does not allow this");
        break;
    case Code::Storage:
        text = QCoreApplication::translate("Error", "database error");
        break;
    case Code::SchemaTooNew:
        text = QCoreApplication::translate("Error", "the database was created by a newer version of Back Office");
        break;
    case Code::KeychainUnavailable:
        text = QCoreApplication::translate("Error", "the system keychain is unavailable");
        break;
    case Code::KeyMissing:
        text = field == QLatin1String("audit-key")
            ? QCoreApplication::translate("Error", "the audit key is missing from the keychain")
            : QCoreApplication::translate("Error", "the data key is missing from the keychain");
        break;
    case Code::DecryptionFailed:
        text = QCoreApplication::translate("Error",
                                           "a stored secret could not be decrypted (wrong key or tampered data)");
        break;
    case Code::Network:
        text = QCoreApplication::translate("Error", "network error");
        break;
    case Code::Remote:
        text = QCoreApplication::translate("Error", "the remote service refused the request");
        break;
    case Code::Cancelled:
        text = QCoreApplication::translate("Error", "cancelled");
        break;
    case Code::RateLimited:
        text = QCoreApplication::translate("Error", "too many attempts");
        break;
    case Code::Locked:
        text = QCoreApplication::translate("Error", "account locked");
        break;
    case Code::Busy:
        text = QCoreApplication::translate("Error", "the database is busy");
        break;
    case Code::Internal:
        text = QCoreApplication::translate("Error", "internal error");
        break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}

} // namespace backoffice
