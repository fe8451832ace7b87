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
    QUrl url; ///< for Kind::PostgreSql (the password, if any, is never shown)

    /// Parses what `--db` takes: a file path or a postgresql:// URL.
    static Result<DatabaseLocation> parse(const QString& text);
    /// `backoffice.sqlite` in QStandardPaths::AppDataLocation (the folder is created when opened).
    static DatabaseLocation defaultLocation();
    /// For messages and the window title: never includes a password.
    QString displayName() const;
};

} // namespace backoffice
