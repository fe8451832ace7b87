// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DatabaseLocation.h"

namespace backoffice {
class SecretStore;
}

namespace backoffice::ui {

/// The database this desk opens when started without --db: the one last chosen in File > Open team
/// database…, kept in QSettings as its URL (never a password), or the desk's own SQLite file.
namespace RememberedDatabase {
/// The remembered location, or DatabaseLocation::defaultLocation() when none (or it no longer parses).
DatabaseLocation location();
/// Remembers `location` without its password; the default SQLite file is remembered as "none".
void remember(const DatabaseLocation& location);
/// For a PostgreSQL location without a password: the one saved in `secrets` for its server, database
/// and user (SecretKeys::databasePassword), if any; waits for the keychain (startup only).
DatabaseLocation withSavedPassword(DatabaseLocation location, SecretStore& secrets);
} // namespace RememberedDatabase

} // namespace backoffice::ui
