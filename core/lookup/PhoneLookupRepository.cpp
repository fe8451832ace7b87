// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lookup/PhoneLookupRepository.h"

#include "core/storage/Database.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

PhoneLookupRepository::PhoneLookupRepository(const Database& database) : m_database(database) { }

Result<std::optional<PhoneLookupResult>> PhoneLookupRepository::find(const QString& e164,
                                                                     const QDateTime& notBefore) const
{
    // ISO 8601 UTC with milliseconds sorts as text in both dialects.
    auto query = m_database.exec(u"SELECT result FROM phone_lookups WHERE phone_number = ? AND looked_up_at >= ?"_s,
                                 {e164, iso(notBefore)});
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
    auto stored = m_database.exec(
        u"INSERT INTO phone_lookups (phone_number, looked_up_at, provider_id, result) VALUES (?, ?, ?, ?) "
        u"ON CONFLICT (phone_number) DO UPDATE SET looked_up_at = excluded.looked_up_at, "
        u"provider_id = excluded.provider_id, result = excluded.result"_s,
        {result.phoneNumber, iso(result.lookedUpAt),
         result.providerId > 0 ? QVariant(result.providerId) : QVariant(QMetaType(QMetaType::LongLong)), json});
    if (!stored)
        return stored.error();
    return Ok {};
}

} // namespace backoffice
