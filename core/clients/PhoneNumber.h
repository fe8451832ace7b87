// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <string>

namespace backoffice {

/// What libphonenumber knows about a number. The type comes from the numbering plan's ranges, not
/// from live carrier data: it is a hint (a ported number keeps its old range), not proof.
struct PhoneNumberInfo
{
    enum class Problem
    {
        None,
        Empty,
        Unparsable,
        NotE164,
        NotPossible, ///< parsed, but no number of the country code has this length: not a phone number
        Invalid ///< possible, but outside every range the numbering plan metadata knows (maybe a new range)
    };
    enum class Type
    {
        Unknown,
        Mobile,
        FixedLine,
        FixedLineOrMobile,
        Voip,
        TollFree,
        Other
    };

    Problem problem = Problem::Empty;
    Type type = Type::Unknown;
    QString e164; ///< normalised, when parsable
    /// ISO 3166-1 alpha-2 of the number's region, when known; for a number the plan does not know,
    /// the main region of its country code (GB for +44).
    QString regionCode;

    bool isValid() const { return problem == Problem::None; }
    /// Whether the number can receive SMS as far as its range tells (mobile, or can't tell).
    bool canReceiveSms() const
    {
        return isValid() && (type == Type::Mobile || type == Type::FixedLineOrMobile || type == Type::Unknown);
    }
};

/// Validation of phone numbers with libphonenumber. Stored numbers must be E.164 (`+` then digits).
/// libphonenumber (and protobuf under it) sits in the phone-number module (PhoneNumberEngine), loaded
/// on the first call; a missing module is a broken installation and ends the program with a message.
class PhoneNumber
{
public:
    /// How much to find out: everything, or (for bulk validation) only whether the number is valid,
    /// leaving the type Unknown and, for a valid number, the region empty.
    enum class Depth
    {
        Full,
        Validity
    };
    /// Parses a number written in E.164 (spaces and dashes tolerated) and validates it.
    static PhoneNumberInfo inspect(const QString& text, Depth depth = Depth::Full);
    /// Whether `text` is exactly E.164 and a valid number.
    static bool isValidE164(const QString& text) { return inspect(text).isValid(); }
    /// An example mobile number for a region, in E.164 (used by the demo data generator).
    static QString exampleMobile(const QString& regionCode);

    /// A number as people write it across borders, "+44 7911 123456", and its country code (44).
    struct InternationalForm
    {
        QString text;
        int countryCode = 0;
    };
    /// The international form of `e164`; nothing when libphonenumber cannot parse it.
    static std::optional<InternationalForm> international(const QString& e164);
};

/// What of PhoneNumber needs libphonenumber: the one seam between core and the phone-number module
/// (core/clients/LibPhoneNumberModule.cpp, loaded through RuntimeModule).
class PhoneNumberEngine
{
public:
    virtual ~PhoneNumberEngine() = default;
    /// Validates `e164`, which is already `+` and 1 to 15 digits, the first not 0; `info` arrives
    /// with problem Empty and leaves with the verdict.
    virtual void inspect(const std::string& e164, PhoneNumber::Depth depth, PhoneNumberInfo& info) const = 0;
    virtual QString exampleMobile(const QString& regionCode) const = 0;
    virtual std::optional<PhoneNumber::InternationalForm> international(const QString& e164) const = 0;
};

/// The module's one exported function returns its engine, alive until the process ends.
inline constexpr char phoneNumberModuleName[] = "phonenumbers";
inline constexpr char phoneNumberEngineSymbol[] = "backoffice_phone_number_engine";

} // namespace backoffice
