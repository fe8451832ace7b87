// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QString>

namespace backoffice {

/// Why caller verification or a four-eyes step was refused, typed, so the GUI and the CLI choose
/// the words (core never returns translated text). It travels in an Error whose `field` is the
/// refusal's stable name (and whose `code` is the broad kind, for callers that only need that);
/// `detail` carries the facts listed with each refusal.
enum class VerificationRefusal
{
    None, ///< the error is not one of these (permission, storage, bad input: see Error itself)
    ChannelNotAllowed, ///< InvalidInput: SMS cannot verify removing SMS (e-mail only)
    SimSwapped, ///< InvalidInput: the carrier reports a recent SIM swap: only the four-eyes way remains
    NoDestination, ///< InvalidInput: no phone number (SMS) or e-mail address (e-mail) on file
    ChannelUnavailable, ///< InvalidInput: no SMS provider or no e-mail sending is set up here
    MethodNotOn, ///< Conflict: the client does not have this method on (any more)
    TooManySends, ///< RateLimited: detail is the ISO 8601 UTC time the next code may be sent
    DeliveryFailed, ///< Remote: the code did not go out; detail is the channel's failure
    NotVerified, ///< PermissionDenied: no code was read back for this client and method
    CodeNotForClient, ///< PermissionDenied: the verified code is another client's or another method's
    CodeUsed, ///< PermissionDenied: the verified code already allowed a disable
    CodeExpired, ///< PermissionDenied: the code's 10 minutes are over
    RequestPending, ///< Conflict: the client already has a pending request; detail is its id
    OwnRequest, ///< PermissionDenied: the requester cannot approve their own request
    RequestDecided, ///< Conflict: the request was already decided; detail is its state
    RequestExpired, ///< Conflict: the request was not decided within 24 hours
    ClientChanged, ///< Conflict: the client changed since the request was filed or the screen opened
};

namespace VerificationRefusals {
/// The Error that carries `refusal`, with `detail`.
Error make(VerificationRefusal refusal, const QString& detail = {});
/// The refusal `error` carries, or None.
VerificationRefusal of(const Error& error);
/// The stable name ("sim-swap", "own-request", ...), as Error::field and in audit details.
QString name(VerificationRefusal refusal);
} // namespace VerificationRefusals

} // namespace backoffice
