// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientRepository.h"

#include "core/clients/ClientBulkWriter.h"
#include "core/storage/Database.h"

#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString listColumns = u"c.id, c.first_name, c.last_name, c.email, c.phone, c.country, c.created_at, "
                            u"c.twofa_method, c.twofa_enabled_at, c.row_version"_s;

QDateTime utcFromText(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

Client clientFromListQuery(const QSqlQuery& query)
{
    Client client;
    client.id = query.value(0).toLongLong();
    client.firstName = query.value(1).toString();
    client.lastName = query.value(2).toString();
    client.email = query.value(3).toString();
    client.phone = query.value(4).toString();
    client.country = query.value(5).toString();
    client.createdAt = utcFromText(query.value(6));
    client.method = twoFactorMethodFromString(query.value(7).toString()).value_or(TwoFactorMethod::None);
    client.enabledAt = utcFromText(query.value(8));
    client.rowVersion = query.value(9).toLongLong();
    return client;
}

/// An FTS5 string literal: the term in double quotes, inner quotes doubled, so user text is never
/// read as query syntax.
QString ftsPhrase(const QString& term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString likePrefix(const QString& term)
{
    QString escaped = term;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped + u'%';
}

/// FROM and WHERE of a client query: fixed SQL with every user value bound.
struct QueryParts
{
    QString from = QStringLiteral(" FROM clients c");
    QString where;
    /// The trigram index drives the query (rows come in its rowid order, it stops at the LIMIT).
    bool fromSearchIndex = false;
};

QueryParts queryParts(const ClientQuery& query, QVariantList& values)
{
    QueryParts parts;
    QStringList conditions;
    QVariantList conditionValues;
    if (query.method) {
        // The method has three values: its index only helps when it also gives the order. Otherwise
        // the unary + keeps the planner on the sort order's index, filtering as it walks, instead of
        // reading a third of all clients through the method index and sorting them.
        const bool methodOrders
            = query.sortKey == ClientQuery::SortKey::Method || query.sortKey == ClientQuery::SortKey::EnabledAt;
        conditions << (methodOrders ? u"c.twofa_method = ?"_s : u"+c.twofa_method = ?"_s);
        conditionValues << twoFactorMethodToString(*query.method);
    }

    const QString text = query.text.trimmed();
    static const QRegularExpression phoneLike(u"^\\+?[0-9][0-9\\s\\-()]*$"_s);
    if (phoneLike.match(text).hasMatch()) {
        QString digits = text;
        digits.remove(QRegularExpression(u"[^0-9]"_s));
        bool isNumber = false;
        const qint64 id = digits.toLongLong(&isNumber);
        QStringList alternatives;
        if (isNumber && !text.startsWith(u'+')) {
            alternatives << u"c.id = ?"_s;
            conditionValues << id;
        }
        if (digits.size() >= 3) {
            alternatives << u"c.id IN (SELECT rowid FROM clients_search WHERE clients_search MATCH ?)"_s;
            conditionValues << u"phone : "_s + ftsPhrase(digits);
        }
        conditions << (alternatives.isEmpty() ? u"0"_s : u"("_s + alternatives.join(u" OR "_s) + u')');
    } else if (!text.isEmpty()) {
        QStringList longTerms;
        for (const QString& term : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
            if (term.size() >= 3) {
                longTerms << ftsPhrase(term);
            } else {
                // The trigram index needs three characters; shorter terms match name or e-mail starts.
                conditions << u"(c.last_name LIKE ? ESCAPE '\\' OR c.first_name LIKE ? ESCAPE '\\' "
                              u"OR c.email LIKE ? ESCAPE '\\')"_s;
                const QString pattern = likePrefix(term);
                conditionValues << pattern << pattern << pattern;
            }
        }
        if (!longTerms.isEmpty()) {
            // The search index first, each match looked up by primary key: FTS5 yields rowids in order
            // and stops at the LIMIT, where `id IN (...)` would collect every match first.
            parts.from = u" FROM clients_search s CROSS JOIN clients c ON c.id = s.rowid"_s;
            parts.fromSearchIndex = true;
            conditions.prepend(u"clients_search MATCH ?"_s);
            conditionValues.prepend(longTerms.join(u" AND "_s));
        }
    }
    values << conditionValues;
    if (!conditions.isEmpty())
        parts.where = u" WHERE "_s + conditions.join(u" AND "_s);
    return parts;
}

QString orderClause(const ClientQuery& query, const QueryParts& parts)
{
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QStringList keys;
    switch (query.sortKey) {
    case ClientQuery::SortKey::Id:
        break;
    case ClientQuery::SortKey::Name:
        keys << u"c.last_name COLLATE NOCASE"_s << u"c.first_name COLLATE NOCASE"_s;
        break;
    case ClientQuery::SortKey::Email:
        keys << u"c.email COLLATE NOCASE"_s;
        break;
    case ClientQuery::SortKey::Phone:
        keys << u"c.phone"_s;
        break;
    case ClientQuery::SortKey::Country:
        keys << u"c.country"_s;
        break;
    case ClientQuery::SortKey::Method:
        keys << u"c.twofa_method"_s << u"c.twofa_enabled_at"_s;
        break;
    case ClientQuery::SortKey::EnabledAt:
        keys << u"c.twofa_enabled_at"_s;
        break;
    }
    // A total order, so paging never skips or repeats a row. When the search index drives the query
    // its rowid is the id, and ordering by it lets FTS5 deliver rows already sorted.
    keys << (parts.fromSearchIndex ? u"s.rowid"_s : u"c.id"_s);
    for (QString& key : keys)
        key += direction;
    return u" ORDER BY "_s + keys.join(u", "_s);
}
} // namespace

ClientRepository::ClientRepository(const Database& database) : m_database(database) { }

Result<Client> ClientRepository::find(qint64 id) const
{
    auto query = m_database.exec(u"SELECT "_s + listColumns
                                     + u", c.totp_secret_sealed, c.totp_algorithm, c.totp_digits, c.totp_period "
                                       u"FROM clients c WHERE c.id = ?"_s,
                                 {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::notFound(u"client"_s, QString::number(id));
    Client client = clientFromListQuery(query.value());
    if (client.method == TwoFactorMethod::Authenticator) {
        AuthenticatorSettings settings;
        settings.sealedSecret = query.value().value(10).toByteArray();
        settings.algorithm = query.value().value(11).toString();
        settings.digits = query.value().value(12).toInt();
        settings.period = query.value().value(13).toInt();
        client.authenticator = settings;
    }
    return client;
}

Result<QList<Client>> ClientRepository::search(const ClientQuery& query, int offset, int limit) const
{
    QVariantList values;
    const QueryParts parts = queryParts(query, values);
    const QString sql
        = u"SELECT "_s + listColumns + parts.from + parts.where + orderClause(query, parts) + u" LIMIT ? OFFSET ?"_s;
    values << limit << offset;
    auto rows = m_database.exec(sql, values);
    if (!rows)
        return rows.error();
    QList<Client> clients;
    clients.reserve(limit);
    while (rows.value().next())
        clients.append(clientFromListQuery(rows.value()));
    return clients;
}

Result<qint64> ClientRepository::count(const ClientQuery& query, qint64 cap) const
{
    QVariantList values;
    const QueryParts parts = queryParts(query, values);
    values << cap;
    QString sql = u"SELECT count(*) FROM (SELECT 1"_s + parts.from + parts.where + u" LIMIT ?)"_s;
    if (parts.fromSearchIndex && values.size() == 2) {
        // Only the text condition: the search index alone has the answer (its triggers keep it in step
        // with `clients`), without looking up each match in the table.
        sql = u"SELECT count(*) FROM (SELECT 1 FROM clients_search WHERE clients_search MATCH ? LIMIT ?)"_s;
    }
    auto count = m_database.scalar(sql, values);
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

Result<bool> ClientRepository::exists(qint64 id) const
{
    auto found = m_database.scalar(u"SELECT count(*) FROM clients WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    return found.value().toLongLong() > 0;
}

Result<QList<qint64>> ClientRepository::insertInTransaction(const QList<Client>& clients) const
{
    ClientBulkWriter writer(m_database);
    if (const Status ready = writer.begin(); !ready)
        return ready.error();
    QList<qint64> ids;
    ids.reserve(clients.size());
    for (const Client& client : clients) {
        auto id = writer.insert(client);
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    if (const Status finished = writer.finish(); !finished)
        return finished.error();
    return ids;
}

} // namespace backoffice
