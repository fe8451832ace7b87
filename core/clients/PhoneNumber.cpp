// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/PhoneNumber.h"

#include "core/common/RuntimeModule.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// The phone-number module's engine, loaded on the first call. Without it no number can be checked,
/// and answering "unparsable" would send an operator after the client's number for a broken install.
const PhoneNumberEngine& engine()
{
    static const PhoneNumberEngine* const loaded
        = RuntimeModule::required<const PhoneNumberEngine>(phoneNumberModuleName, phoneNumberEngineSymbol);
    return *loaded;
}
} // namespace

PhoneNumberInfo PhoneNumber::inspect(const QString& text, Depth depth)
{
    PhoneNumberInfo info;
    // Spaces, dashes, dots and parentheses people write are dropped; the rest must be + and digits.
    // By hand rather than with regular expressions: an import checks a million of these.
    std::string compact;
    compact.reserve(size_t(text.size()));
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.')
            continue;
        compact.push_back(c.unicode() < 0x80 ? char(c.unicode()) : '?');
    }
    if (compact.empty())
        return info;
    const bool e164 = compact.size() >= 3 && compact.size() <= 16 && compact[0] == '+' && compact[1] >= '1'
        && compact[1] <= '9'
        && std::all_of(compact.begin() + 1, compact.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!e164) {
        info.problem = PhoneNumberInfo::Problem::NotE164;
        return info;
    }

    engine().inspect(compact, depth, info);
    return info;
}

QString PhoneNumber::exampleMobile(const QString& regionCode)
{
    return engine().exampleMobile(regionCode);
}

std::optional<PhoneNumber::InternationalForm> PhoneNumber::international(const QString& e164)
{
    return engine().international(e164);
}

} // namespace backoffice
