// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/PhoneNumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using i18n::phonenumbers::PhoneNumberUtil;

namespace backoffice {

PhoneNumberInfo PhoneNumber::inspect(const QString& text)
{
    PhoneNumberInfo info;
    QString compact = text.trimmed();
    if (compact.isEmpty())
        return info;
    compact.remove(QRegularExpression(u"[\\s\\-().]"_s));
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{1,14}$"_s);
    if (!e164.match(compact).hasMatch()) {
        info.problem = PhoneNumberInfo::Problem::NotE164;
        return info;
    }

    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(compact.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        info.problem = PhoneNumberInfo::Problem::Unparsable;
        return info;
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    info.e164 = QString::fromStdString(formatted);
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    if (region.empty() || region == "ZZ")
        util->GetRegionCodeForCountryCode(number.country_code(), &region);
    if (region != "ZZ" && region != "001")
        info.regionCode = QString::fromStdString(region);
    const PhoneNumberUtil::ValidationResult possible = util->IsPossibleNumberWithReason(number);
    if (possible != PhoneNumberUtil::IS_POSSIBLE && possible != PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY) {
        info.problem = PhoneNumberInfo::Problem::NotPossible;
        return info;
    }
    if (!util->IsValidNumber(number)) {
        info.problem = PhoneNumberInfo::Problem::Invalid;
        return info;
    }
    info.problem = PhoneNumberInfo::Problem::None;
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
