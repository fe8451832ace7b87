// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/storage/RememberedDatabase.h"

#include "core/secrets/SecretStore.h"

#include <QSettings>

namespace backoffice::ui::RememberedDatabase {

namespace {
const auto locationKey = QStringLiteral("database/location");
} // namespace

DatabaseLocation location()
{
    const QString text = QSettings().value(locationKey).toString();
    if (text.isEmpty())
        return DatabaseLocation::defaultLocation();
    auto parsed = DatabaseLocation::parse(text);
    return parsed ? parsed.value() : DatabaseLocation::defaultLocation();
}

void remember(const DatabaseLocation& location)
{
    QSettings settings;
    if (location.kind == DatabaseLocation::Kind::Sqlite
        && location.sqlitePath == DatabaseLocation::defaultLocation().sqlitePath)
        settings.remove(locationKey);
    else
        settings.setValue(locationKey, location.toText()); // never the password
}

DatabaseLocation withSavedPassword(DatabaseLocation location, SecretStore& secrets)
{
    if (location.kind != DatabaseLocation::Kind::PostgreSql || !location.password.isEmpty())
        return location;
    // NotFound (none saved) or an unavailable keychain: libpq's PGPASSWORD or ~/.pgpass, if any.
    if (auto saved = secrets.readBlocking(SecretKeys::databasePassword(location.url)))
        location.password = QString::fromUtf8(saved.value());
    return location;
}

} // namespace backoffice::ui::RememberedDatabase
