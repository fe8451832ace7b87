// SPDX-License-Identifier: GPL-3.0-or-later
// The phone-number module (libbackoffice_phonenumbers.so): PhoneNumberEngine over libphonenumber. A module
// of its own so libphonenumber and protobuf load only in a process that looks at a phone number.
#include "core/clients/PhoneNumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <utility>

using i18n::phonenumbers::PhoneNumberUtil;

namespace backoffice {

namespace {
PhoneNumberInfo::Type typeOf(PhoneNumberUtil::PhoneNumberType type)
{
    using Type = PhoneNumberInfo::Type;
    // libphonenumber's finer kinds (pager, personal, shared cost, UAN, voicemail...) are all "Other" here.
    static constexpr std::pair<PhoneNumberUtil::PhoneNumberType, Type> known[] {
        {PhoneNumberUtil::MOBILE, Type::Mobile},
        {PhoneNumberUtil::FIXED_LINE, Type::FixedLine},
        {PhoneNumberUtil::FIXED_LINE_OR_MOBILE, Type::FixedLineOrMobile},
        {PhoneNumberUtil::VOIP, Type::Voip},
        {PhoneNumberUtil::TOLL_FREE, Type::TollFree},
        {PhoneNumberUtil::UNKNOWN, Type::Unknown},
    };
    for (const auto& [theirs, ours] : known) {
        if (theirs == type)
            return ours;
    }
    return Type::Other;
}

class LibPhoneNumberEngine final : public PhoneNumberEngine
{
public:
    void inspect(const std::string& e164, PhoneNumber::Depth depth, PhoneNumberInfo& info) const override
    {
        const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
        i18n::phonenumbers::PhoneNumber number;
        if (util->Parse(e164, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
            info.problem = PhoneNumberInfo::Problem::Unparsable;
            return;
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
            return;
        }
        if (!util->IsValidNumber(number)) {
            info.problem = PhoneNumberInfo::Problem::Invalid;
            countryRegion();
            return;
        }
        info.problem = PhoneNumberInfo::Problem::None;
        if (depth == PhoneNumber::Depth::Validity)
            return;
        std::string region;
        util->GetRegionCodeForNumber(number, &region);
        if (region != "ZZ" && region != "001")
            info.regionCode = QString::fromStdString(region);
        info.type = typeOf(util->GetNumberType(number));
    }

    QString exampleMobile(const QString& regionCode) const override
    {
        const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
        i18n::phonenumbers::PhoneNumber number;
        if (!util->GetExampleNumberForType(regionCode.toStdString(), PhoneNumberUtil::MOBILE, &number))
            return {};
        std::string formatted;
        util->Format(number, PhoneNumberUtil::E164, &formatted);
        return QString::fromStdString(formatted);
    }

    std::optional<PhoneNumber::InternationalForm> international(const QString& e164) const override
    {
        const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
        i18n::phonenumbers::PhoneNumber number;
        if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
            return std::nullopt;
        std::string formatted;
        util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
        return PhoneNumber::InternationalForm {QString::fromStdString(formatted), int(number.country_code())};
    }
};
} // namespace

} // namespace backoffice

extern "C" Q_DECL_EXPORT const backoffice::PhoneNumberEngine* backoffice_phone_number_engine()
{
    static const backoffice::LibPhoneNumberEngine engine;
    return &engine;
}
