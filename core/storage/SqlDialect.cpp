// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlDialect.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QString SqlDialect::driverName() const
{
    return m_kind == DatabaseLocation::Kind::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

QString SqlDialect::migrationsFolder() const
{
    return m_kind == DatabaseLocation::Kind::Sqlite ? u":/migrations/sqlite"_s : u":/migrations/postgresql"_s;
}

QString SqlDialect::beginWriteTransaction() const
{
    return m_kind == DatabaseLocation::Kind::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN ISOLATION LEVEL SERIALIZABLE"_s;
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_kind == DatabaseLocation::Kind::Sqlite) {
        // WAL lets the GUI read while the CLI writes; the short busy timeout is one slice of the wait
        // for another writer (Database::writeTransaction waits up to lockWait() and says so);
        // foreign keys are off by default in SQLite.
        return {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                u"PRAGMA busy_timeout = 250"_s,
                // Searching a million clients looks rows up all over the file: memory-mapped reads and a
                // 64 MB page cache (instead of 2 MB) keep a search's first page fast.
                u"PRAGMA mmap_size = 1073741824"_s, u"PRAGMA cache_size = -65536"_s};
    }
    return {};
}

} // namespace backoffice
