// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseInfo.h"

#include "core/storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

DatabaseInfo::DatabaseInfo(const Database& database) : m_database(database) { }

Result<QString> DatabaseInfo::value(const QString& key) const
{
    auto value = m_database.scalar(u"SELECT value FROM database_info WHERE key = ?"_s, {key});
    if (!value)
        return value.error().code == Error::Code::NotFound ? Error::notFound(u"database-info"_s, key) : value.error();
    return value.value().toString();
}

Status DatabaseInfo::setInTransaction(const QString& key, const QString& value) const
{
    return m_database.run(m_database.dialect().upsert(u"database_info"_s, {u"key"_s}, {u"value"_s}), {key, value});
}

Status DatabaseInfo::removeInTransaction(const QString& key) const
{
    return m_database.run(u"DELETE FROM database_info WHERE key = ?"_s, {key});
}

} // namespace backoffice
