// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/verification/VerificationChannel.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace backoffice {

/// One identity code sent to a client before a factor is removed (identity_challenges). It holds
/// the code only as a keyed MAC (IdentityCodeHasher), never the code.
struct IdentityChallenge
{
    enum class State
    {
        Sending, ///< stored, the code on its way; not yet usable (a crash here leaves it unusable)
        Open, ///< sent; the client may read it back
        Verified, ///< read back correctly; allows one disable of `method` until `expiresAt`
        Consumed, ///< used by the disable it allowed
        Superseded, ///< a newer code was sent to the same client
        Locked, ///< three wrong codes
        Expired, ///< read back (or tried) after `expiresAt`
        Failed, ///< the channel could not deliver it
    };

    qint64 id = 0;
    qint64 clientId = 0;
    TwoFactorMethod method = TwoFactorMethod::None; ///< the factor whose removal it allows
    VerificationChannel channel = VerificationChannel::Email;
    QString maskedDestination; ///< as shown: "+44 79•• •••456", "j•••@example.com"
    QByteArray codeNonce;
    QByteArray codeMac;
    State state = State::Sending;
    int attemptsLeft = 0;
    QDateTime createdAt; ///< UTC
    QDateTime expiresAt; ///< UTC
    QDateTime verifiedAt; ///< UTC, when verified
    QDateTime consumedAt; ///< UTC, when consumed
    QString sentBy; ///< the operator who sent it
    QString verifiedBy; ///< the operator who typed the right code

    /// Whether a new code for the client replaces this one (sending, open, or verified not yet used).
    bool isLive() const { return state == State::Sending || state == State::Open || state == State::Verified; }
};

QString challengeStateToString(IdentityChallenge::State state); ///< "sending", "open", ...: stored
std::optional<IdentityChallenge::State> challengeStateFromString(const QString& text);

} // namespace backoffice
