// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/VerificationRefusal.h"

#include <array>

namespace backoffice::VerificationRefusals {

namespace {
struct Entry
{
    VerificationRefusal refusal;
    QStringView name;
    Error::Code code;
};
using R = VerificationRefusal;
using C = Error::Code;
constexpr std::array<Entry, 16> Entries {{
    {R::ChannelNotAllowed, u"channel-not-allowed", C::InvalidInput},
    {R::SimSwapped, u"sim-swap", C::InvalidInput},
    {R::NoDestination, u"no-destination", C::InvalidInput},
    {R::ChannelUnavailable, u"channel-unavailable", C::InvalidInput},
    {R::MethodNotOn, u"method-not-on", C::Conflict},
    {R::TooManySends, u"too-many-sends", C::RateLimited},
    {R::DeliveryFailed, u"delivery-failed", C::Remote},
    {R::NotVerified, u"not-verified", C::PermissionDenied},
    {R::CodeNotForClient, u"code-not-for-client", C::PermissionDenied},
    {R::CodeUsed, u"code-used", C::PermissionDenied},
    {R::CodeExpired, u"code-expired", C::PermissionDenied},
    {R::RequestPending, u"request-pending", C::Conflict},
    {R::OwnRequest, u"own-request", C::PermissionDenied},
    {R::RequestDecided, u"request-decided", C::Conflict},
    {R::RequestExpired, u"request-expired", C::Conflict},
    {R::ClientChanged, u"client-changed", C::Conflict},
}};
} // namespace

Error make(VerificationRefusal refusal, const QString& detail)
{
    for (const Entry& entry : Entries) {
        if (entry.refusal == refusal)
            return Error {entry.code, entry.name.toString(), detail};
    }
    return Error {Error::Code::Internal, {}, detail};
}

VerificationRefusal of(const Error& error)
{
    for (const Entry& entry : Entries) {
        if (entry.code == error.code && entry.name == error.field)
            return entry.refusal;
    }
    return VerificationRefusal::None;
}

QString name(VerificationRefusal refusal)
{
    for (const Entry& entry : Entries) {
        if (entry.refusal == refusal)
            return entry.name.toString();
    }
    return {};
}

} // namespace backoffice::VerificationRefusals
