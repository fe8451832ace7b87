// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/VerificationChannel.h"

#include "core/common/EnumNames.h"

namespace backoffice {

namespace {
constexpr EnumNames<VerificationChannel, 2> ChannelNames({{
    {VerificationChannel::Sms, u"sms"},
    {VerificationChannel::Email, u"email"},
}});
} // namespace

QString verificationChannelToString(VerificationChannel channel)
{
    return ChannelNames.name(channel);
}

std::optional<VerificationChannel> verificationChannelFromString(const QString& text)
{
    const QString typed = text.trimmed().toLower();
    if (typed == u"e-mail")
        return VerificationChannel::Email;
    return ChannelNames.value(typed);
}

bool channelMayVerifyRemovalOf(VerificationChannel channel, TwoFactorMethod method)
{
    switch (method) {
    case TwoFactorMethod::Authenticator:
        return true;
    case TwoFactorMethod::Sms:
        return channel == VerificationChannel::Email;
    case TwoFactorMethod::None:
        return false;
    }
    return false;
}

} // namespace backoffice
