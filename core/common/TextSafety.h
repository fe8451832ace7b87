// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace backoffice {

/// Where a text from outside (an import file, a provider's answer) is unsafe to store or to print:
/// bytes that are not UTF-8, and characters that steer a terminal or the direction of text instead
/// of being text. Shared by the validators that refuse them and the outputs that escape them.
class TextSafety
{
public:
    /// A character that is not text: C0 controls (including TAB, CR and LF), DEL and C1 controls, or a
    /// bidirectional control (embeddings, overrides, isolates, marks) or a line/paragraph separator.
    enum class Unsafe
    {
        None,
        Control,
        Bidi,
    };

    /// What kind of unsafe character `c` is, if any.
    static Unsafe classify(char32_t c);

    /// The first problem in `text`, 1-based `position` counting characters (code points).
    struct Finding
    {
        Unsafe kind = Unsafe::None;
        qsizetype position = 0;
        char32_t character = 0;

        explicit operator bool() const { return kind != Unsafe::None; }
    };
    static Finding firstUnsafe(QStringView text);

    /// The first byte of `bytes` where strict UTF-8 (RFC 3629: no overlong forms, no surrogates,
    /// nothing above U+10FFFF, no truncated sequence) breaks.
    struct Utf8Error
    {
        qsizetype byteOffset = -1; ///< 0-based offset of the bad sequence; -1 when the bytes are valid
        qsizetype position = 0; ///< 1-based character position of the bad sequence
        quint8 byte = 0; ///< the first byte of the bad sequence

        explicit operator bool() const { return byteOffset >= 0; }
    };
    static Utf8Error firstInvalidUtf8(QByteArrayView bytes);

    /// `text` with every unsafe character replaced by `\uXXXX`: safe on a terminal and, inside a JSON
    /// string, still valid JSON that decodes to the stored text.
    static QString escaped(QStringView text);

    /// Number of characters (code points, not UTF-16 units).
    static qsizetype characterCount(QStringView text);
};

} // namespace backoffice
