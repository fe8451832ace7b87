// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QUrl>

namespace backoffice {

/// Where the database is: a SQLite file (the default, in the user's app-data folder) or, for a team
/// sharing one database, a PostgreSQL URL `postgresql://user@host:port/dbname`.
struct DatabaseLocation
{
    enum class Kind
    {
        Sqlite,
        PostgreSql
    };

    Kind kind = Kind::Sqlite;
    QString sqlitePath; ///< absolute file path, for Kind::Sqlite
    QUrl url; ///< for Kind::PostgreSql; never holds a password (Database::open refuses one there)
    /// For Kind::PostgreSql: the password typed or taken from the keychain, handed to the driver
    /// apart from the URL (QSqlDatabase::setPassword). Never in url, displayName(), toText(),
    /// settings or logs. Empty: libpq's PGPASSWORD or ~/.pgpass, if any.
    QString password;

    /// Parses what `--db` takes: a file path or a postgresql:// URL.
    static Result<DatabaseLocation> parse(const QString& text);
    /// `backoffice.sqlite` in QStandardPaths::AppDataLocation (the folder is created when opened).
    static DatabaseLocation defaultLocation();
    /// For messages and the window title: never includes a password.
    QString displayName() const;
    /// What parse() takes back, to remember the location (QSettings): never includes a password.
    QString toText() const;
};

} // namespace backoffice
