// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace backoffice {

/// RFC 4648 base32, the text form of authenticator secrets. Decoding is as forgiving as people
/// typing a secret need (any case, spaces, missing '=' padding) and strict about everything else:
/// a wrong character is never skipped silently, because a secret decoded "almost right" yields
/// codes that never match.
class Base32
{
public:
    /// RFC 4226 asks for at least 128 bits and requires 80 at the very least; less is refused.
    static constexpr int MinimumSecretBytes = 10;
    /// RFC 4226's 128 bits: what new secrets (imports, enrolments) must have. Stored 80-bit secrets
    /// are still checked.
    static constexpr int RecommendedSecretBytes = 16;

    /// Errors are InvalidInput with `field` as given and `detail` naming the problem: the first
    /// character outside A–Z, 2–7 (with its 1-based position in `text`), '=' followed by data,
    /// too much padding, a length no base32 text can have, or empty input.
    static Result<QByteArray> decode(const QString& text, const QString& field = QStringLiteral("secret"));
    /// decode() that also refuses a secret shorter than `minimumBytes`.
    static Result<QByteArray> decodeSecret(const QString& text, const QString& field = QStringLiteral("secret"),
                                           int minimumBytes = MinimumSecretBytes);

    enum class Padding
    {
        Omit,
        Include
    };
    /// Upper-case RFC 4648 text.
    static QString encode(const QByteArray& bytes, Padding padding = Padding::Omit);
};

} // namespace backoffice
