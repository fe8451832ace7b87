// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrator.h"

#include "core/common/Logging.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

Migrator::Migrator(const Database& database) : m_database(database) { }

QList<Migrator::Migration> Migrator::knownMigrations() const
{
    if (m_known)
        return *m_known;
    static const QRegularExpression pattern(u"^(\\d{3})_([A-Za-z0-9_]+)\\.sql$"_s);
    QList<Migration> migrations;
    const QDir folder(m_database.dialect().migrationsFolder());
    // No name filter: QDir would compile it into a regular expression on every listing.
    for (const QString& file : folder.entryList(QDir::Files, QDir::Name)) {
        if (!file.endsWith(u".sql"_s))
            continue;
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            qCWarning(lcStorage) << "ignoring migration with a malformed name:" << file;
            continue;
        }
        migrations.append({match.captured(1).toInt(), match.captured(2), folder.filePath(file)});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    m_known = migrations;
    return migrations;
}

int Migrator::latestVersion() const
{
    const auto migrations = knownMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int Migrator::currentVersion() const
{
    const QStringList tables = m_database.connection().tables();
    if (!tables.contains(u"schema_version"_s))
        return 0;
    return m_database.schemaVersion();
}

Status Migrator::checkSupported() const
{
    return checkSupported(currentVersion());
}

Status Migrator::checkSupported(int current) const
{
    const int latest = latestVersion();
    if (current > latest) {
        return Error {
            Error::Code::SchemaTooNew, {}, u"schema version %1, this build knows up to %2"_s.arg(current).arg(latest)};
    }
    return Ok {};
}

Status Migrator::migrate() const
{
    const int current = currentVersion();
    if (const Status supported = checkSupported(current); !supported)
        return supported;
    for (const Migration& migration : knownMigrations()) {
        if (migration.version <= current)
            continue;
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error {Error::Code::Internal, {}, u"missing migration %1"_s.arg(migration.resourcePath)};
        const QString script = QString::fromUtf8(file.readAll());
        qCInfo(lcStorage) << "applying migration" << migration.version << migration.name;
        const Status applied = m_database.writeTransaction([&]() -> Status {
            // Another program may have applied it while this one waited for the write lock.
            if (currentVersion() >= migration.version)
                return Ok {};
            for (const QString& statement : splitStatements(script)) {
                // Not prepared: DDL and function bodies are not statements a server prepares.
                QSqlQuery query(m_database.connection());
                if (!query.exec(statement))
                    return Error::storage(
                        u"migration %1: %2"_s.arg(migration.version).arg(query.lastError().text().trimmed()));
            }
            if (auto done = m_database.exec(u"DELETE FROM schema_version"_s); !done)
                return done.error();
            if (auto done = m_database.exec(u"INSERT INTO schema_version (version) VALUES (?)"_s, {migration.version});
                !done)
                return done.error();
            return Ok {};
        });
        if (!applied)
            return applied;
    }
    return Ok {};
}

QStringList Migrator::splitStatements(const QString& script)
{
    static const QRegularExpression beginAtEnd(u"\\bBEGIN\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endLine(u"^\\s*END\\s*;\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    bool inBody = false;
    bool inDollarQuote = false; // a PostgreSQL function body between $$ and $$
    for (const QString& rawLine : script.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (!inDollarQuote && (line.isEmpty() || line.startsWith(u"--")))
            continue;
        current += rawLine + u'\n';
        if (line.count(u"$$"_s) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        if (inDollarQuote)
            continue;
        if (inBody) {
            if (endLine.match(line).hasMatch()) {
                inBody = false;
                statements.append(current.trimmed().chopped(1));
                current.clear();
            }
            continue;
        }
        if (beginAtEnd.match(line).hasMatch()) {
            inBody = true;
            continue;
        }
        if (line.endsWith(u';')) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace backoffice
