// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ImportLineIndex.h"

#include "core/storage/Database.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

ImportLineIndex::ImportLineIndex(const Database& database)
    : m_database(database), m_remember(database.connection()), m_firstLine(database.connection())
{
}

Status ImportLineIndex::create()
{
    const SqlDialect& dialect = m_database.dialect();
    const QString type = dialect.bigIntegerType();
    if (auto created = m_database.exec(u"CREATE TEMPORARY TABLE IF NOT EXISTS import_lines (id "_s + type
                                       + u" PRIMARY KEY, line "_s + type + u" NOT NULL)"_s);
        !created)
        return created.error();
    if (auto cleared = m_database.exec(u"DELETE FROM import_lines"_s); !cleared)
        return cleared.error();
    if (!m_remember.prepare(dialect.insertUnlessExists(u"import_lines"_s, {u"id"_s, u"line"_s}, {u"id"_s})))
        return Error::storage(m_remember.lastError().text());
    m_firstLine.setForwardOnly(true);
    if (!m_firstLine.prepare(u"SELECT line FROM import_lines WHERE id = ?"_s))
        return Error::storage(m_firstLine.lastError().text());
    return Ok {};
}

Result<std::optional<qint64>> ImportLineIndex::remember(qint64 id, qint64 line)
{
    m_remember.bindValue(0, id);
    m_remember.bindValue(1, line);
    if (!m_remember.exec())
        return Error::storage(m_remember.lastError().text());
    if (m_remember.numRowsAffected() != 0)
        return std::optional<qint64> {};
    m_firstLine.bindValue(0, id);
    if (!m_firstLine.exec() || !m_firstLine.next())
        return Error::storage(m_firstLine.lastError().text());
    const qint64 first = m_firstLine.value(0).toLongLong();
    m_firstLine.finish();
    return std::optional<qint64>(first);
}

Status ImportLineIndex::drop()
{
    return m_database.run(u"DROP TABLE import_lines"_s);
}

} // namespace backoffice
