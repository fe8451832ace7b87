// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace backoffice {

/// The GSM 03.38 default alphabet (7-bit) with its extension table: what an SMS carries without
/// switching to UCS-2. Providers that do not detect the encoding themselves (Vonage) must be told
/// when a text falls outside it, or the carrier receives question marks.
namespace GsmAlphabet {
/// True when every character of `text` is in the default alphabet or its extension table.
bool encodes(QStringView text);
} // namespace GsmAlphabet

} // namespace backoffice
