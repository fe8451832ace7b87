// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/twofactor/Base32.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// The 5-bit value of a base32 character, or -1.
int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a';
    if (u >= u'2' && u <= u'7')
        return u - u'2' + 26;
    return -1;
}

QString describe(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return u"'%1'"_s.arg(c);
    return u"U+%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}
} // namespace

Result<QByteArray> Base32::decode(const QString& text, const QString& field)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 5 / 8 + 1);
    quint32 buffer = 0;
    int bits = 0;
    int symbols = 0;
    int padding = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' || c == u'\t')
            continue;
        if (c == u'=') {
            ++padding;
            continue;
        }
        const int value = valueOf(c);
        if (value < 0)
            return Error::invalid(
                field, u"character %1 at position %2 is not base32 (A-Z, 2-7)"_s.arg(describe(c)).arg(i + 1));
        if (padding > 0)
            return Error::invalid(field,
                                  u"character %1 at position %2 follows '=' padding"_s.arg(describe(c)).arg(i + 1));
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xFF));
        }
    }
    if (symbols == 0)
        return Error::invalid(field, u"empty"_s);
    // 8 symbols carry 5 bytes; a final group of 1, 3 or 6 symbols cannot come from whole bytes.
    const int tail = symbols % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return Error::invalid(field, u"%1 base32 characters is not a possible length"_s.arg(symbols));
    // Padding is optional, but when present it must be exactly what completes the last group.
    if (padding > 0 && padding != (8 - tail) % 8)
        return Error::invalid(field, u"wrong '=' padding: %1 given, %2 expected"_s.arg(padding).arg((8 - tail) % 8));
    return bytes;
}

Result<QByteArray> Base32::decodeSecret(const QString& text, const QString& field, int minimumBytes)
{
    auto bytes = decode(text, field);
    if (!bytes)
        return bytes;
    if (bytes.value().size() < minimumBytes)
        return Error::invalid(
            field,
            u"%1 bits is shorter than the minimum of %2 bits"_s.arg(bytes.value().size() * 8).arg(minimumBytes * 8));
    return bytes;
}

QString Base32::encode(const QByteArray& bytes, Padding padding)
{
    QString text;
    text.reserve((bytes.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text.append(QLatin1Char(alphabet[(buffer >> bits) & 0x1F]));
        }
    }
    if (bits > 0)
        text.append(QLatin1Char(alphabet[(buffer << (5 - bits)) & 0x1F]));
    if (padding == Padding::Include) {
        while (text.size() % 8 != 0)
            text.append(u'=');
    }
    return text;
}

} // namespace backoffice
