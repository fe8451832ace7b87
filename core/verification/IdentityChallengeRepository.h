// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/verification/IdentityChallenge.h"

#include <QList>

#include <optional>

namespace backoffice {

class Database;

/// Every statement on identity_challenges. Writes are *InTransaction and run inside the caller's
/// Database::writeTransaction, with the audit event that records them (IdentityVerificationService).
/// State changes are conditional on the state expected, so two desktops racing on one challenge
/// cannot both win: the loser's change affects no row and is refused.
class IdentityChallengeRepository
{
public:
    explicit IdentityChallengeRepository(const Database& database);

    Result<IdentityChallenge> find(qint64 id) const;
    /// The client's newest challenge, if any: the only one that can be live, since a new one
    /// supersedes the rest.
    Result<std::optional<IdentityChallenge>> latest(qint64 clientId) const;
    /// When each of the client's challenges made after `since` was made, oldest first: the sends the
    /// rate limit counts.
    Result<QList<QDateTime>> sendsSince(qint64 clientId, const QDateTime& since) const;

    /// Returns the new id.
    Result<qint64> insertInTransaction(const IdentityChallenge& challenge) const;
    /// Moves the client's live challenge, if any, to Superseded; returns how many moved (0 or 1).
    Result<int> supersedeLiveInTransaction(qint64 clientId) const;
    /// Moves the challenge from `from` to `to`; Conflict when it is no longer in `from`.
    Status changeStateInTransaction(qint64 id, IdentityChallenge::State from, IdentityChallenge::State to) const;
    /// Takes one attempt from an Open challenge that has any left; Conflict when it has none or is
    /// no longer open. Returns the attempts left after this one.
    Result<int> takeAttemptInTransaction(qint64 id) const;
    /// Open -> Verified, recording when and by whom.
    Status markVerifiedInTransaction(qint64 id, const QDateTime& at, const QString& by) const;
    /// Verified -> Consumed, only for this client and method and before it expires; Conflict otherwise.
    Status consumeInTransaction(qint64 id, qint64 clientId, TwoFactorMethod method, const QDateTime& at) const;

private:
    Result<QList<IdentityChallenge>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
};

} // namespace backoffice
