// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Result.h"

#include <QList>

#include <optional>

namespace backoffice {

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

/// Reads and writes clients. Search and sort run in SQL on indexes (a trigram index for substrings),
/// so a page of results costs the same at a thousand clients as at a million.
class ClientRepository
{
public:
    explicit ClientRepository(const Database& database);

    Result<Client> find(qint64 id) const;
    /// One page of matches, in the query's order. Authenticator secrets are not loaded.
    Result<QList<Client>> search(const ClientQuery& query, int offset, int limit) const;
    /// Number of matches, counted up to `cap` (a broad search over a million rows says "10,000+"
    /// instead of counting them all).
    Result<qint64> count(const ClientQuery& query, qint64 cap) const;

    /// Inserts clients (id 0 gets the next free id) inside the caller's write transaction.
    /// Returns the ids given.
    Result<QList<qint64>> insertInTransaction(const QList<Client>& clients) const;
    /// Whether a client with this id exists.
    Result<bool> exists(qint64 id) const;

private:
    const Database& m_database;
};

} // namespace backoffice
