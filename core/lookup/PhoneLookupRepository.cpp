// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lookup/PhoneLookupRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlTime.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

PhoneLookupRepository::PhoneLookupRepository(const Database& database) : m_database(database) { }

Result<std::optional<PhoneLookupResult>> PhoneLookupRepository::find(const QString& e164,
                                                                     const QDateTime& notBefore) const
{
    // ISO 8601 UTC with milliseconds sorts as text in both dialects.
    auto query = m_database.exec(u"SELECT result FROM phone_lookups WHERE phone_number = ? AND looked_up_at >= ?"_s,
                                 {e164, SqlTime::bind(notBefore)});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<PhoneLookupResult>();
    const QJsonDocument document = QJsonDocument::fromJson(query.value().value(0).toString().toUtf8());
    return PhoneLookupResult::fromJson(document.object());
}

Status PhoneLookupRepository::storeInTransaction(const PhoneLookupResult& result) const
{
    const QString json = QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
    return m_database.run(
        m_database.dialect().upsert(u"phone_lookups"_s, {u"phone_number"_s},
                                    {u"looked_up_at"_s, u"provider_id"_s, u"result"_s}),
        {result.phoneNumber, SqlTime::bind(result.lookedUpAt),
         result.providerId > 0 ? QVariant(result.providerId) : QVariant(QMetaType(QMetaType::LongLong)), json});
}

} // namespace backoffice
