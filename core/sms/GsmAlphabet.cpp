// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/GsmAlphabet.h"

namespace backoffice::GsmAlphabet {

namespace {
// The 128 characters of the default alphabet (0x1B, the escape to the extension table, stands as
// a space here: a text never contains it itself), then the extension table's characters.
constexpr char16_t defaultAlphabet[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u0020ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                       u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
constexpr char16_t extensionTable[] = u"\f^{}\\[~]|€";

bool contains(const char16_t* table, char16_t c)
{
    for (; *table; ++table) {
        if (*table == c)
            return true;
    }
    return false;
}
} // namespace

bool encodes(QStringView text)
{
    for (const QChar c : text) {
        // A surrogate (emoji and other characters beyond the BMP) is never in either table.
        if (!contains(defaultAlphabet, c.unicode()) && !contains(extensionTable, c.unicode()))
            return false;
    }
    return true;
}

} // namespace backoffice::GsmAlphabet
