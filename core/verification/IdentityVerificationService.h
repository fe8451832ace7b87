// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/verification/CarrierSignal.h"
#include "core/verification/IdentityChallenge.h"
#include "core/verification/IdentityCode.h"
#include "core/verification/VerificationChannel.h"

#include <QObject>

#include <functional>
#include <optional>

namespace backoffice {

class Database;
class EmailChannel;
class SmsChannel;

/// What the operator asks for: a code to the client on a channel, before removing `method`.
struct CodeRequest
{
    qint64 clientId = 0;
    TwoFactorMethod method = TwoFactorMethod::None; ///< the factor to be removed, as the operator saw it on
    VerificationChannel channel = VerificationChannel::Email;
    CarrierSignal carrier; ///< what the carrier says about the phone on file, if it was asked
};

/// A code that went out (or may have: `deliveryUncertain`).
struct CodeSent
{
    qint64 challengeId = 0;
    VerificationChannel channel = VerificationChannel::Email;
    QString maskedDestination; ///< "+44 79•• •••456", "j•••@example.com"
    QDateTime expiresAt; ///< UTC
    int attemptsLeft = 0;
    int sendsLeft = 0; ///< further codes the client may get before the rate limit
    bool deliveryUncertain = false; ///< the channel's answer never came whole: the code may have arrived
};

/// One attempt at reading the code back.
struct CodeCheck
{
    enum class Outcome
    {
        Verified, ///< right code: `challengeId` allows one disable of the method until `validUntil`
        Wrong, ///< wrong code; `attemptsLeft` more tries
        Locked, ///< no tries left (this attempt was the third wrong one, or an earlier one was)
        Expired, ///< the code's 10 minutes are over
        NoOpenCode, ///< no code was sent to this client for this method, or it was replaced or used
    };

    Outcome outcome = Outcome::NoOpenCode;
    qint64 challengeId = 0;
    int attemptsLeft = 0;
    QDateTime validUntil; ///< UTC
    VerificationChannel channel = VerificationChannel::Email;
    QString maskedDestination;
};

QString codeCheckOutcomeToString(CodeCheck::Outcome outcome); ///< "verified", "wrong", ...: audited

/// Proves the caller is the client before a second factor is turned off: a one-time code on a
/// channel the client controls that is not the factor being removed, read back to the operator.
///
/// Codes: six digits from the CSPRNG, valid 10 minutes, 3 attempts, stored only as a keyed MAC
/// (IdentityCodeHasher), compared in constant time. A new code replaces the client's open one; a
/// client gets at most 3 codes in 10 minutes. Removing Google Authenticator: SMS or e-mail; removing
/// SMS: e-mail only. A recent SIM swap (CarrierSignal) refuses every code: the four-eyes way
/// (DisableRequestService) is then the only one, since whoever holds the number may hold more.
///
/// Every send, refused send and attempt is an audit event with the channel, the masked destination,
/// the outcome and the attempts left; never the code. Every call needs Permission::DisableTwoFactor
/// (support, admin); a viewer's attempt is refused and audited by the Authorizer.
class IdentityVerificationService
{
public:
    static constexpr int codeValidityMinutes = 10;
    static constexpr int maximumAttempts = 3;
    static constexpr int maximumSends = 3; ///< per client within sendWindowMinutes
    static constexpr int sendWindowMinutes = 10;

    /// `codeKey`: the key codes are MACed under (IdentityCodeHasher::deriveKey of the audit key);
    /// without a valid one sending and checking report KeyMissing. `sms` and `email` may be null
    /// when that channel is not set up (ChannelUnavailable). Channels outlive the service's jobs.
    IdentityVerificationService(const Database& database, const AuditLog& audit, const QByteArray& codeKey,
                                SmsChannel* sms, EmailChannel* email, const Clock& clock = SystemClock::instance());

    using SendDone = std::function<void(Result<CodeSent>)>;
    /// Sends a code. Reports once to `done` on `context`'s thread, always later than the call
    /// (dropped if `context` is gone; the send is still recorded). Errors: PermissionDenied,
    /// KeyMissing, NotFound (client), or a VerificationRefusal: ChannelNotAllowed, SimSwapped,
    /// NoDestination, ChannelUnavailable, MethodNotOn, TooManySends, DeliveryFailed.
    void sendCode(const Actor& actor, const CodeRequest& request, QObject* context, SendDone done) const;

    /// Checks the code the client read out against the client's open code for `method`. A wrong
    /// code is an outcome, not an error. The attempt is taken in the write transaction that reads
    /// the attempts left, so parallel guesses from many desks never get more than three. Errors:
    /// PermissionDenied, KeyMissing, InvalidInput (field "code": not six digits; no attempt taken).
    Result<CodeCheck> verifyCode(const Actor& actor, qint64 clientId, TwoFactorMethod method,
                                 const QString& typedCode) const;

    /// The client's code that is on its way, open or verified (for the dialog to resume), if any.
    Result<std::optional<IdentityChallenge>> liveChallenge(const Actor& actor, qint64 clientId) const;

    /// For TwoFactorService::disable, inside its write transaction, before it turns the factor off:
    /// uses up the verified code `challengeId`, which must be this client's, for this method, read
    /// back correctly, not used yet and within its 10 minutes. Single use even under races. Returns
    /// the consumed challenge (for the disable's audit event: channel, destination). Errors:
    /// NotVerified, CodeNotForClient, CodeUsed, CodeExpired (VerificationRefusal), Storage. The
    /// caller's transaction rolls back on any of them, so the caller audits the refusal.
    /// Static: the disable needs only the database, not the channels that send codes.
    static Result<IdentityChallenge> consumeVerificationInTransaction(const Database& database, qint64 clientId,
                                                                      TwoFactorMethod method, qint64 challengeId,
                                                                      const QDateTime& now);

private:
    /// The refusal that stops `request` for `client` before anything is stored, if any.
    std::optional<Error> refusalBeforeSending(const CodeRequest& request, const Client& client) const;

    const Database& m_database;
    const AuditLog& m_audit;
    std::optional<IdentityCodeHasher> m_hasher;
    SmsChannel* m_sms;
    EmailChannel* m_email;
    const Clock& m_clock;
};

} // namespace backoffice
