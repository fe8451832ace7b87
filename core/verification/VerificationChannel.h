// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"

#include <QString>

#include <optional>

namespace backoffice {

/// How a one-time identity code reaches the client: a channel the client already controls.
enum class VerificationChannel
{
    Sms, ///< to the phone on file
    Email, ///< to the e-mail address on file
};

QString verificationChannelToString(VerificationChannel channel); ///< "sms", "email": stored, typed on the CLI
std::optional<VerificationChannel> verificationChannelFromString(const QString& text);

/// Whether a code on `channel` may prove the caller is the client before `method` is removed. The
/// channel must not be the factor being removed: an SMS to the number in question proves nothing
/// when the SMS factor is what the caller wants gone (lost phone, new number, SIM swap).
bool channelMayVerifyRemovalOf(VerificationChannel channel, TwoFactorMethod method);

} // namespace backoffice
