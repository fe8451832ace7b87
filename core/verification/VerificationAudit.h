// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"

namespace backoffice {

/// The audit actions of caller verification, four-eyes disables and client notices, beside the
/// others in AuditAction (stable: stored, filtered on, exported). None of their events ever holds a
/// code: only the channel, the masked destination, the outcome and the attempts left.
namespace AuditAction {
inline constexpr auto IdentityCodeSent = "client.identity.send"; ///< a code sent, or a send refused
inline constexpr auto IdentityCodeChecked = "client.identity.check"; ///< one attempt at reading it back
inline constexpr auto DisableRequested = "client.2fa.disable.request";
inline constexpr auto DisableApproved = "client.2fa.disable.approve"; ///< also a refused approval
inline constexpr auto DisableRejected = "client.2fa.disable.reject";
inline constexpr auto ClientNoticeSent = "client.notice.send"; ///< one channel's notice after a disable
inline constexpr auto ClientNoticeContactChanged = "settings.client-notice-contact";
} // namespace AuditAction

} // namespace backoffice
