// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/IdentityChallengeRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlRows.h"
#include "core/storage/SqlTime.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
using State = IdentityChallenge::State;

QString state(State value)
{
    return challengeStateToString(value);
}

Status oneRowOrConflict(const Result<QSqlQuery>& done, qint64 id, const QString& expected)
{
    if (!done)
        return done.error();
    if (done.value().numRowsAffected() != 1)
        return Error::conflict(u"identity challenge %1 is no longer %2"_s.arg(id).arg(expected));
    return Ok {};
}
} // namespace

IdentityChallengeRepository::IdentityChallengeRepository(const Database& database) : m_database(database) { }

Result<QList<IdentityChallenge>> IdentityChallengeRepository::select(const QString& where,
                                                                     const QVariantList& values) const
{
    const auto challengeFrom = [](const QSqlQuery& row) {
        IdentityChallenge c;
        QString nonceHex;
        QString macHex;
        SqlRows::readColumns(row, c.id, c.clientId,
                             SqlRows::parsed(c.method, twoFactorMethodFromString, TwoFactorMethod::None),
                             SqlRows::parsed(c.channel, verificationChannelFromString, VerificationChannel::Email),
                             c.maskedDestination, nonceHex, macHex,
                             // A state this build does not know is treated as spent, never as usable.
                             SqlRows::parsed(c.state, challengeStateFromString, State::Expired), c.attemptsLeft,
                             c.createdAt, c.expiresAt, c.verifiedAt, c.consumedAt, c.sentBy, c.verifiedBy);
        c.codeNonce = QByteArray::fromHex(nonceHex.toLatin1());
        c.codeMac = QByteArray::fromHex(macHex.toLatin1());
        return c;
    };
    return SqlRows::select(m_database,
                           u"SELECT id, client_id, method, channel, destination, code_nonce, code_mac, state, "
                           u"attempts_left, created_at, expires_at, verified_at, consumed_at, sent_by, "
                           u"verified_by FROM identity_challenges "_s
                               + where,
                           values, challengeFrom);
}

Result<IdentityChallenge> IdentityChallengeRepository::find(qint64 id) const
{
    return SqlRows::theOne(select(u"WHERE id = ?"_s, {id}), u"identity-challenge"_s, QString::number(id));
}

Result<std::optional<IdentityChallenge>> IdentityChallengeRepository::latest(qint64 clientId) const
{
    return SqlRows::firstIfAny(select(u"WHERE client_id = ? ORDER BY id DESC LIMIT 1"_s, {clientId}));
}

Result<QList<QDateTime>> IdentityChallengeRepository::sendsSince(qint64 clientId, const QDateTime& since) const
{
    return SqlRows::select(m_database,
                           u"SELECT created_at FROM identity_challenges WHERE client_id = ? AND created_at > ? "
                           u"ORDER BY created_at, id"_s,
                           {clientId, SqlTime::bind(since)},
                           [](const QSqlQuery& row) { return SqlTime::read(row.value(0)); });
}

Result<qint64> IdentityChallengeRepository::insertInTransaction(const IdentityChallenge& c) const
{
    return m_database.insert(
        u"INSERT INTO identity_challenges (client_id, method, channel, destination, code_nonce, code_mac, state, "
        u"attempts_left, created_at, expires_at, sent_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {c.clientId, twoFactorMethodToString(c.method), verificationChannelToString(c.channel),
         Database::text(c.maskedDestination), QString::fromLatin1(c.codeNonce.toHex()),
         QString::fromLatin1(c.codeMac.toHex()), state(c.state), c.attemptsLeft, SqlTime::bind(c.createdAt),
         SqlTime::bind(c.expiresAt), Database::text(c.sentBy)});
}

Result<int> IdentityChallengeRepository::supersedeLiveInTransaction(qint64 clientId) const
{
    auto updated = m_database.exec(u"UPDATE identity_challenges SET state = 'superseded' "
                                   u"WHERE client_id = ? AND state IN ('sending', 'open', 'verified')"_s,
                                   {clientId});
    if (!updated)
        return updated.error();
    return updated.value().numRowsAffected();
}

Status IdentityChallengeRepository::changeStateInTransaction(qint64 id, State from, State to) const
{
    return oneRowOrConflict(m_database.exec(u"UPDATE identity_challenges SET state = ? WHERE id = ? AND state = ?"_s,
                                            {state(to), id, state(from)}),
                            id, state(from));
}

Result<int> IdentityChallengeRepository::takeAttemptInTransaction(qint64 id) const
{
    const Status taken
        = oneRowOrConflict(m_database.exec(u"UPDATE identity_challenges SET attempts_left = attempts_left - 1 "
                                           u"WHERE id = ? AND state = 'open' AND attempts_left > 0"_s,
                                           {id}),
                           id, u"open with attempts left"_s);
    if (!taken)
        return taken.error();
    auto left = m_database.scalar(u"SELECT attempts_left FROM identity_challenges WHERE id = ?"_s, {id});
    if (!left)
        return left.error();
    return left.value().toInt();
}

Status IdentityChallengeRepository::markVerifiedInTransaction(qint64 id, const QDateTime& at, const QString& by) const
{
    return oneRowOrConflict(m_database.exec(u"UPDATE identity_challenges SET state = 'verified', verified_at = ?, "
                                            u"verified_by = ? WHERE id = ? AND state = 'open'"_s,
                                            {SqlTime::bind(at), Database::text(by), id}),
                            id, u"open"_s);
}

Status IdentityChallengeRepository::consumeInTransaction(qint64 id, qint64 clientId, TwoFactorMethod method,
                                                         const QDateTime& at) const
{
    return oneRowOrConflict(
        m_database.exec(u"UPDATE identity_challenges SET state = 'consumed', consumed_at = ? "
                        u"WHERE id = ? AND client_id = ? AND method = ? AND state = 'verified' AND expires_at > ?"_s,
                        {SqlTime::bind(at), id, clientId, twoFactorMethodToString(method), SqlTime::bind(at)}),
        id, u"verified for this client and method"_s);
}

} // namespace backoffice
