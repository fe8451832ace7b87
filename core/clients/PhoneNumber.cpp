// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/PhoneNumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using i18n::phonenumbers::PhoneNumberUtil;

namespace backoffice {

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

    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(compact, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        info.problem = PhoneNumberInfo::Problem::Unparsable;
        return info;
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    info.e164 = QString::fromStdString(formatted);
    // The main region of the country code, for numbers the plan cannot place (GB for +44).
    auto countryRegion = [&] {
        std::string region;
        util->GetRegionCodeForCountryCode(number.country_code(), &region);
        if (region != "ZZ" && region != "001")
            info.regionCode = QString::fromStdString(region);
    };
    const PhoneNumberUtil::ValidationResult possible = util->IsPossibleNumberWithReason(number);
    if (possible != PhoneNumberUtil::IS_POSSIBLE && possible != PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY) {
        info.problem = PhoneNumberInfo::Problem::NotPossible;
        countryRegion();
        return info;
    }
    if (!util->IsValidNumber(number)) {
        info.problem = PhoneNumberInfo::Problem::Invalid;
        countryRegion();
        return info;
    }
    info.problem = PhoneNumberInfo::Problem::None;
    if (depth == Depth::Validity)
        return info;
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    if (region != "ZZ" && region != "001")
        info.regionCode = QString::fromStdString(region);
    switch (util->GetNumberType(number)) {
    case PhoneNumberUtil::MOBILE:
        info.type = PhoneNumberInfo::Type::Mobile;
        break;
    case PhoneNumberUtil::FIXED_LINE:
        info.type = PhoneNumberInfo::Type::FixedLine;
        break;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        info.type = PhoneNumberInfo::Type::FixedLineOrMobile;
        break;
    case PhoneNumberUtil::VOIP:
        info.type = PhoneNumberInfo::Type::Voip;
        break;
    case PhoneNumberUtil::TOLL_FREE:
        info.type = PhoneNumberInfo::Type::TollFree;
        break;
    case PhoneNumberUtil::UNKNOWN:
        info.type = PhoneNumberInfo::Type::Unknown;
        break;
    default:
        info.type = PhoneNumberInfo::Type::Other;
        break;
    }
    return info;
}

QString PhoneNumber::exampleMobile(const QString& regionCode)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (!util->GetExampleNumberForType(regionCode.toStdString(), PhoneNumberUtil::MOBILE, &number))
        return {};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace backoffice
