// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/email/SmtpSettings.h"
#include "core/operators/Actor.h"

#include <QObject>

#include <functional>
#include <optional>

namespace backoffice {

class Database;
class SecretStore;

/// The e-mail settings of the database (email_settings, one row) and their password in the
/// keychain. Reading needs ReadProviders, changing them ManageProviders (administrators); every
/// change is an audit event, a password change only says that it changed.
class EmailSettings
{
public:
    EmailSettings(const Database& database, SecretStore& secrets, const Clock& clock = SystemClock::instance());

    /// The stored settings, nullopt when none were saved. For the core services that send e-mail.
    Result<std::optional<SmtpSettings>> load() const;
    Result<std::optional<SmtpSettings>> read(const Actor& actor) const;
    /// Validates (InvalidInput naming the first bad field; `none` only to loopback) and stores. A
    /// change of host or user forgets the saved password: it belonged to the old account.
    Status save(const Actor& actor, const SmtpSettings& settings) const;
    /// Writes the SMTP password to the keychain, then records (and audits) that it changed. NotFound
    /// before settings were saved. Reports to `done` on `context`'s thread, later than the call.
    void storePassword(const Actor& actor, const QByteArray& password, QObject* context,
                       std::function<void(Status)> done) const;

private:
    const Database& m_database;
    SecretStore& m_secrets;
    const Clock& m_clock;
};

} // namespace backoffice
