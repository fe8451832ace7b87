// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace backoffice {

class Database;

/// Brings a database to the current schema with the numbered scripts in
/// resources/migrations/<dialect>/NNN_name.sql, each applied in its own transaction together with
/// the version row, so a failed upgrade leaves the previous version intact.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(const Database& database);

    /// The scripts this build knows, in order.
    QList<Migration> knownMigrations() const;
    int latestVersion() const;
    /// SchemaTooNew when the database was made by a newer build; reads only.
    Status checkSupported() const;
    /// The same for a database at version `current` (currentVersion(), already read).
    Status checkSupported(int current) const;
    Status migrate() const;

    /// Splits a script into statements at top-level semicolons (a trigger's BEGIN ... END body
    /// keeps its own). Comments starting with -- are dropped.
    static QStringList splitStatements(const QString& script);

    /// The version the database has now (0 before the first migration).
    int currentVersion() const;

private:
    const Database& m_database;
    /// knownMigrations(), listed once: every open asks for them, and the resources never change.
    mutable std::optional<QList<Migration>> m_known;
};

} // namespace backoffice
