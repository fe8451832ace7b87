// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace backoffice {

/// Where a code or a notice went, as operators, the audit log and the CLI show it: enough for the
/// caller to recognise ("the number ending 456"), too little to learn the number or address from.
/// The bullets are U+2022.
namespace MaskedDestination {
/// "+447911123456" -> "+44 79•• •••456": the country code, the first 2 and the last 3 national
/// digits, grouped as the number is written internationally. Short numbers keep fewer digits (at
/// least 3 are always masked). Something that is not a phone number keeps only its last 3 digits.
QString phone(const QString& e164);
/// "jane.doe@example.com" -> "j•••@example.com": the first character of the local part, three
/// bullets whatever its length, and the domain.
QString email(const QString& address);
} // namespace MaskedDestination

} // namespace backoffice
