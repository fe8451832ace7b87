// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/twofactor/TwoFactorService.h"

namespace backoffice::test {

/// The request to turn off `client`'s factor as the operator who opened the client now sees it
/// (its method and row version), asked for by the client, for `reason`; without an identity code
/// (verificationId 0) until the test sets one.
inline DisableTwoFactorRequest disableRequestFor(const Client& client, const QString& reason)
{
    DisableTwoFactorRequest request;
    setClientAsSeen(request, client);
    request.reason = reason;
    request.clientRequested = true;
    return request;
}

} // namespace backoffice::test
