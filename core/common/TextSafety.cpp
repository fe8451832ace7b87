// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/TextSafety.h"

namespace backoffice {

namespace {
/// The code point at `i` (a lone surrogate stands for itself) and how many UTF-16 units it takes.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype* units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}
} // namespace

TextSafety::Unsafe TextSafety::classify(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return Unsafe::Control;
    switch (c) {
    case 0x061C: // ARABIC LETTER MARK
    case 0x200E: // LEFT-TO-RIGHT MARK
    case 0x200F: // RIGHT-TO-LEFT MARK
    case 0x2028: // LINE SEPARATOR
    case 0x2029: // PARAGRAPH SEPARATOR
        return Unsafe::Bidi;
    default:
        break;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) // embeddings, overrides, isolates
        return Unsafe::Bidi;
    return Unsafe::None;
}

TextSafety::Finding TextSafety::firstUnsafe(QStringView text)
{
    qsizetype position = 0;
    qsizetype units = 1;
    for (qsizetype i = 0; i < text.size(); i += units) {
        const char32_t c = codePointAt(text, i, &units);
        ++position;
        if (const Unsafe kind = classify(c); kind != Unsafe::None)
            return {kind, position, c};
    }
    return {};
}

TextSafety::Utf8Error TextSafety::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const quint8*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype position = 0;
    qsizetype i = 0;
    while (i < size) {
        const quint8 lead = data[i];
        ++position;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        quint8 low = 0x80; // the range of the second byte (RFC 3629, section 4)
        quint8 high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return {i, position, lead};
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return {i, position, lead};
            const quint8 next = data[i + k];
            if (next < (k == 1 ? low : quint8(0x80)) || next > (k == 1 ? high : quint8(0xBF)))
                return {i, position, lead}; // the sequence is what is wrong, named by its first byte
        }
        i += length;
    }
    return {};
}

QString TextSafety::escaped(QStringView text)
{
    if (!firstUnsafe(text))
        return text.toString();
    QString result;
    result.reserve(text.size() + 16);
    qsizetype units = 1;
    for (qsizetype i = 0; i < text.size(); i += units) {
        const char32_t c = codePointAt(text, i, &units);
        if (classify(c) != Unsafe::None)
            result += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            result += text.mid(i, units);
    }
    return result;
}

qsizetype TextSafety::characterCount(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace backoffice
