// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Result.h"

#include <QList>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace backoffice {

class ClientBulkLoad;
class Database;

/// What the Clients > General list asks for: free text, an optional 2FA filter and a sort order.
struct ClientQuery
{
    enum class SortKey
    {
        Id,
        Name,
        Email,
        Phone,
        Country,
        Method,
        EnabledAt
    };

    /// Matched against ID (exactly), and as substrings against names, e-mail and phone. Digits-only
    /// text (spaces, + and dashes allowed) is an ID or part of a phone number.
    QString text;
    std::optional<TwoFactorMethod> method;
    SortKey sortKey = SortKey::Id;
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// The one owner of the clients table: every statement on it. Search and sort run in SQL on
/// indexes (the dialect's substring index), so a page of results costs the same at a thousand
/// clients as at a million. Services (TwoFactorService, ClientImporter, DemoDataGenerator) decide
/// and audit; the *InTransaction writes run inside their write transaction.
class ClientRepository
{
public:
    /// From this many new clients on (into a smaller table), a bulk load suspends the indexes the
    /// dialect can build faster at once (see SqlDialect::clientBulkLoad).
    static constexpr qint64 BulkThreshold = 50000;

    class BulkWriter;

    explicit ClientRepository(const Database& database);

    Result<Client> find(qint64 id) const;
    /// One page of matches, in the query's order. Authenticator secrets are not loaded.
    Result<QList<Client>> search(const ClientQuery& query, int offset, int limit) const;
    /// Number of matches, counted up to `cap` (a broad search over a million rows says "10,000+"
    /// instead of counting them all).
    Result<qint64> count(const ClientQuery& query, qint64 cap) const;
    /// Whether a client with this id exists.
    Result<bool> exists(qint64 id) const;
    /// The highest client id, 0 when there is none.
    Result<qint64> maxId() const;
    /// Whether any client has a sealed authenticator secret (which only the data key opens).
    Result<bool> hasSealedSecrets() const;

    /// Inserts clients (id 0 gets the next free id) inside the caller's write transaction.
    /// Returns the ids given.
    Result<QList<qint64>> insertInTransaction(const QList<Client>& clients) const;
    /// Turns the client's second factor off and erases the authenticator's secret and settings,
    /// if its row version is still `expectedRowVersion`. False when it is not (or the client is gone).
    Result<bool> disableTwoFactorInTransaction(qint64 id, qint64 expectedRowVersion) const;

private:
    const Database& m_database;
};

/// Inserts new clients one at a time inside the caller's write transaction, with its statements
/// prepared once, so an import or the demo generator streams a million rows in flat memory. Once
/// more rows have come (or are expected) than the table held before, and at least BulkThreshold,
/// the dialect's bulk load suspends the indexes and finish() builds them once.
class ClientRepository::BulkWriter
{
public:
    explicit BulkWriter(const Database& database);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    /// Prepares the statements. Call inside the write transaction, before anything else.
    /// `expectedRows` (an estimate, 0 when unknown) lets a large load start in bulk mode at once.
    Status begin(qint64 expectedRows = 0);
    /// Whether a client with this id exists (including the ones inserted through this writer).
    Result<bool> exists(qint64 id);
    /// Inserts one client (id 0 gets the next free id) and returns its id. Errors: Conflict when the
    /// id is taken, Storage.
    Result<qint64> insert(const Client& client);
    /// Builds what bulk loading suspended. Call before the transaction commits; without it the
    /// transaction must be rolled back.
    Status finish();

    qint64 inserted() const { return m_inserted; }
    bool bulk() const { return m_bulk; }

private:
    Status enterBulkMode();

    const Database& m_database;
    std::unique_ptr<ClientBulkLoad> m_bulkLoad;
    QSqlQuery m_insert;
    QSqlQuery m_insertNewId;
    bool m_explicitIds = false; ///< rows were inserted with their id given since the ids were last caught up
    QSqlQuery m_exists;
    qint64 m_threshold = BulkThreshold;
    qint64 m_inserted = 0;
    bool m_bulk = false;
};

} // namespace backoffice
