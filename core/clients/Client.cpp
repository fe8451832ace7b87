// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/Client.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QString twoFactorMethodToString(TwoFactorMethod method)
{
    switch (method) {
    case TwoFactorMethod::None:
        return u"none"_s;
    case TwoFactorMethod::Authenticator:
        return u"authenticator"_s;
    case TwoFactorMethod::Sms:
        return u"sms"_s;
    }
    return {};
}

std::optional<TwoFactorMethod> twoFactorMethodFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"none")
        return TwoFactorMethod::None;
    if (t == u"authenticator")
        return TwoFactorMethod::Authenticator;
    if (t == u"sms")
        return TwoFactorMethod::Sms;
    return std::nullopt;
}

} // namespace backoffice
