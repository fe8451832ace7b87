// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientRepository.h"

#include "core/common/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/SqlRows.h"
#include "core/storage/SqlTime.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString listColumns = u"c.id, c.first_name, c.last_name, c.email, c.phone, c.country, c.created_at, "
                            u"c.twofa_method, c.twofa_enabled_at, c.row_version"_s;

Client clientFromListQuery(const QSqlQuery& row)
{
    Client client;
    SqlRows::readColumns(row, client.id, client.firstName, client.lastName, client.email, client.phone, client.country,
                         client.createdAt,
                         SqlRows::parsed(client.method, twoFactorMethodFromString, TwoFactorMethod::None),
                         client.enabledAt, client.rowVersion);
    return client;
}

QString likePrefix(const QString& term)
{
    QString escaped = term;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped + u'%';
}

/// FROM, WHERE and the last order key of a client query: fixed SQL with every user value bound.
struct QueryParts
{
    QString from = QStringLiteral(" FROM clients c");
    QString where;
    QString orderKey = QStringLiteral("c.id");
    /// Counts the matches from the search index alone, when the text is the query's only condition.
    QString countUpToLimit;
};

QueryParts queryParts(const SqlDialect& dialect, const ClientQuery& query, QVariantList& values)
{
    QueryParts parts;
    QStringList conditions;
    QVariantList conditionValues;
    // The method has three values: its index only helps when it also gives the order. Otherwise the
    // planner stays on the sort order's index, filtering as it walks, instead of reading a third of all
    // clients through the method index and sorting them.
    const bool methodOrders
        = query.sortKey == ClientQuery::SortKey::Method || query.sortKey == ClientQuery::SortKey::EnabledAt;
    QString methodColumn = methodOrders ? u"c.twofa_method"_s : dialect.withoutIndex(u"c.twofa_method"_s);
    bool otherConditions = false; // besides the text search and the method

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
        if (digits.size() >= SqlDialect::TrigramLength) {
            const ClientTextSearch phone = dialect.clientsWithPhoneContaining(digits);
            alternatives << phone.condition;
            conditionValues << phone.values;
        }
        conditions << (alternatives.isEmpty() ? u"1 = 0"_s : u"("_s + alternatives.join(u" OR "_s) + u')');
    } else if (!text.isEmpty()) {
        QStringList longTerms;
        for (const QString& term : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
            if (term.size() >= SqlDialect::TrigramLength) {
                longTerms << term;
            } else {
                // The trigram index needs three characters; shorter terms match name or e-mail starts.
                otherConditions = true;
                conditions << u"("_s + dialect.likeIgnoringCase(u"c.last_name"_s) + u" OR "_s
                        + dialect.likeIgnoringCase(u"c.first_name"_s) + u" OR "_s
                        + dialect.likeIgnoringCase(u"c.email"_s) + u')';
                const QString pattern = likePrefix(term);
                conditionValues << pattern << pattern << pattern;
            }
        }
        if (!longTerms.isEmpty()) {
            const ClientTextSearch search = dialect.clientsContainingAll(longTerms);
            if (!search.from.isEmpty())
                parts.from = search.from;
            parts.orderKey = search.orderKey;
            if (!search.methodColumn.isEmpty() && !methodOrders)
                methodColumn = search.methodColumn;
            if (!otherConditions)
                parts.countUpToLimit = query.method ? search.countWithMethodUpToLimit : search.countUpToLimit;
            conditions.prepend(search.condition);
            conditionValues = search.values + conditionValues;
        }
    }
    if (query.method) {
        conditions << methodColumn + u" = ?"_s;
        conditionValues << twoFactorMethodToString(*query.method);
    }
    values << conditionValues;
    if (!conditions.isEmpty())
        parts.where = u" WHERE "_s + conditions.join(u" AND "_s);
    return parts;
}

QString orderClause(const SqlDialect& dialect, const ClientQuery& query, const QueryParts& parts)
{
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QStringList keys;
    switch (query.sortKey) {
    case ClientQuery::SortKey::Id:
        break;
    case ClientQuery::SortKey::Name:
        keys << dialect.caseInsensitive(u"c.last_name"_s) << dialect.caseInsensitive(u"c.first_name"_s);
        break;
    case ClientQuery::SortKey::Email:
        keys << dialect.caseInsensitive(u"c.email"_s);
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
    // A total order, so paging never skips or repeats a row.
    keys << parts.orderKey;
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
    const SqlDialect& dialect = m_database.dialect();
    QVariantList values;
    const QueryParts parts = queryParts(dialect, query, values);
    const QString sql = u"SELECT "_s + listColumns + parts.from + parts.where + orderClause(dialect, query, parts)
        + u" LIMIT ? OFFSET ?"_s;
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
    const QueryParts parts = queryParts(m_database.dialect(), query, values);
    values << cap;
    const QString sql = parts.countUpToLimit.isEmpty()
        ? u"SELECT count(*) FROM (SELECT 1"_s + parts.from + parts.where + u" LIMIT ?) matches"_s
        : parts.countUpToLimit;
    return m_database.integer(sql, values);
}

Result<bool> ClientRepository::exists(qint64 id) const
{
    auto found = m_database.integer(u"SELECT count(*) FROM clients WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    return found.value() > 0;
}

Result<qint64> ClientRepository::maxId() const
{
    return m_database.integer(u"SELECT coalesce(max(id), 0) FROM clients"_s);
}

Result<bool> ClientRepository::hasSealedSecrets() const
{
    auto found = m_database.integer(u"SELECT EXISTS (SELECT 1 FROM clients WHERE totp_secret_sealed IS NOT NULL)"_s);
    if (!found)
        return found.error();
    return found.value() != 0;
}

Result<QList<qint64>> ClientRepository::insertInTransaction(const QList<Client>& clients) const
{
    BulkWriter writer(m_database);
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

Result<bool> ClientRepository::disableTwoFactorInTransaction(qint64 id, qint64 expectedRowVersion) const
{
    auto changed = m_database.exec(
        u"UPDATE clients SET twofa_method = 'none', twofa_enabled_at = NULL, totp_secret_sealed = NULL, "
        u"totp_algorithm = NULL, totp_digits = NULL, totp_period = NULL, row_version = row_version + 1 "
        u"WHERE id = ? AND row_version = ?"_s,
        {id, expectedRowVersion});
    if (!changed)
        return changed.error();
    return changed.value().numRowsAffected() == 1;
}

ClientRepository::BulkWriter::BulkWriter(const Database& database)
    : m_database(database)
    , m_bulkLoad(database.dialect().clientBulkLoad(database))
    , m_insert(database.connection())
    , m_insertNewId(database.connection())
    , m_exists(database.connection())
{
}

ClientRepository::BulkWriter::~BulkWriter() = default;

Status ClientRepository::BulkWriter::begin(qint64 expectedRows)
{
    // A taken id inserts nothing (rather than failing, which would end a PostgreSQL transaction); a
    // client without an id gets the next one from the database.
    const QStringList columns {u"id"_s,
                               u"first_name"_s,
                               u"last_name"_s,
                               u"email"_s,
                               u"phone"_s,
                               u"country"_s,
                               u"created_at"_s,
                               u"twofa_method"_s,
                               u"twofa_enabled_at"_s,
                               u"totp_secret_sealed"_s,
                               u"totp_algorithm"_s,
                               u"totp_digits"_s,
                               u"totp_period"_s};
    const SqlDialect& dialect = m_database.dialect();
    if (!m_insert.prepare(dialect.insertUnlessExists(u"clients"_s, columns, {u"id"_s}) + dialect.returningId()))
        return Error::storage(m_insert.lastError().text());
    const QStringList withoutId = columns.mid(1);
    QStringList placeholders;
    placeholders.fill(u"?"_s, withoutId.size());
    if (!m_insertNewId.prepare(
            u"INSERT INTO clients (%1) VALUES (%2)"_s.arg(withoutId.join(u", "_s), placeholders.join(u", "_s))
            + dialect.returningId()))
        return Error::storage(m_insertNewId.lastError().text());
    m_exists.setForwardOnly(true);
    if (!m_exists.prepare(u"SELECT 1 FROM clients WHERE id = ?"_s))
        return Error::storage(m_exists.lastError().text());
    auto threshold = m_bulkLoad->threshold();
    if (!threshold)
        return threshold.error();
    m_threshold = std::max(BulkThreshold, threshold.value());
    if (expectedRows >= m_threshold)
        return enterBulkMode();
    return Ok {};
}

Result<bool> ClientRepository::BulkWriter::exists(qint64 id)
{
    m_exists.bindValue(0, id);
    if (!m_exists.exec())
        return Error::storage(m_exists.lastError().text());
    const bool found = m_exists.next();
    m_exists.finish();
    return found;
}

Status ClientRepository::BulkWriter::enterBulkMode()
{
    if (const Status suspended = m_bulkLoad->suspendIndexes(); !suspended)
        return suspended;
    m_bulk = true;
    qCInfo(lcClients) << "bulk load: indexes and the search index are built at the end";
    return Ok {};
}

Result<qint64> ClientRepository::BulkWriter::insert(const Client& client)
{
    if (!m_bulk && m_inserted >= m_threshold) {
        if (const Status entered = enterBulkMode(); !entered)
            return entered.error();
    }
    const QVariant nullInt {QMetaType(QMetaType::Int)};
    const QVariant nullText {QMetaType(QMetaType::QString)};
    const bool hasAuthenticator = client.method == TwoFactorMethod::Authenticator && client.authenticator;
    if (client.id <= 0 && m_explicitIds) {
        // The database's next id comes after those given (PostgreSQL's sequence does not see them).
        for (const QString& statement : m_database.dialect().afterExplicitIds(u"clients"_s)) {
            if (const Status done = m_database.run(statement); !done)
                return done.error();
        }
        m_explicitIds = false;
    }
    QVariantList values;
    values.reserve(13);
    if (client.id > 0)
        values << client.id;
    values << client.firstName << client.lastName << client.email << Database::text(client.phone)
           << Database::text(client.country) << SqlTime::bind(client.createdAt)
           << twoFactorMethodToString(client.method)
           << (client.method == TwoFactorMethod::None ? nullText : SqlTime::bind(client.enabledAt))
           << (hasAuthenticator ? QVariant(client.authenticator->sealedSecret)
                                : QVariant(QMetaType(QMetaType::QByteArray)))
           << (hasAuthenticator ? QVariant(client.authenticator->algorithm) : nullText)
           << (hasAuthenticator ? QVariant(client.authenticator->digits) : nullInt)
           << (hasAuthenticator ? QVariant(client.authenticator->period) : nullInt);
    qint64 id = 0;
    if (m_bulk) {
        // The indexes are suspended: the bulk load inserts with the same statement (and remembers the
        // row for the search index).
        auto inserted = m_bulkLoad->insertSuspended((client.id > 0 ? m_insert : m_insertNewId).lastQuery(), values);
        if (!inserted)
            return inserted.error();
        if (inserted.value() == 0)
            return Error::conflict(u"client %1 already exists"_s.arg(client.id));
        id = inserted.value();
    } else {
        QSqlQuery& insert = client.id > 0 ? m_insert : m_insertNewId;
        for (int column = 0; column < values.size(); ++column)
            insert.bindValue(column, values.at(column));
        if (!insert.exec()) {
            if (m_database.dialect().isUniqueViolation(insert.lastError()))
                return Error::conflict(u"client %1 already exists"_s.arg(client.id));
            return Error::storage(insert.lastError().text());
        }
        if (insert.numRowsAffected() == 0)
            return Error::conflict(u"client %1 already exists"_s.arg(client.id));
        id = m_database.dialect().insertedId(insert);
        insert.finish();
    }
    m_explicitIds = m_explicitIds || client.id > 0;
    ++m_inserted;
    return id;
}

Status ClientRepository::BulkWriter::finish()
{
    if (m_explicitIds) {
        for (const QString& statement : m_database.dialect().afterExplicitIds(u"clients"_s)) {
            if (const Status done = m_database.run(statement); !done)
                return done;
        }
        m_explicitIds = false;
    }
    if (!m_bulk)
        return Ok {};
    QElapsedTimer timer;
    timer.start();
    if (const Status rebuilt = m_bulkLoad->rebuildIndexes(); !rebuilt)
        return rebuilt;
    m_bulk = false;
    qCInfo(lcClients) << "bulk load: indexes built in" << timer.elapsed() << "ms";
    return Ok {};
}

} // namespace backoffice
