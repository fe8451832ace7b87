// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace backoffice {

/// A four-eyes request to turn a client's factor off (disable_requests): filed by one operator with
/// how the caller's identity was checked, decided by another.
struct DisableRequest
{
    enum class State
    {
        Pending, ///< waiting for a second operator
        Approved, ///< approved; the factor was turned off in the same transaction
        Rejected, ///< rejected with a reason
        Expired, ///< not decided within 24 hours
        Stale, ///< the client changed after the request was filed (row version), so it was refused
    };

    qint64 id = 0;
    qint64 clientId = 0;
    TwoFactorMethod method = TwoFactorMethod::None; ///< the factor to turn off
    qint64 clientRowVersion = 0; ///< the client as the requester saw it; a newer one is refused
    QString reason; ///< reason or ticket reference: becomes the disable's reason
    QString identityCheck; ///< how the caller's identity was checked ("passport seen at the branch")
    QString requestedBy;
    QDateTime requestedAt; ///< UTC
    QDateTime expiresAt; ///< UTC
    State state = State::Pending;
    QString decidedBy;
    QDateTime decidedAt; ///< UTC, once decided
    QString decisionReason; ///< why it was rejected, if it was
};

QString disableRequestStateToString(DisableRequest::State state); ///< "pending", "approved", ...: stored
std::optional<DisableRequest::State> disableRequestStateFromString(const QString& text);

} // namespace backoffice
