// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/MaskedDestination.h"

#include "core/clients/PhoneNumber.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::MaskedDestination {

namespace {
constexpr QChar Bullet(0x2022);

/// Replaces the digits of `text` from `from` on (0-based, counting digits only) except the first
/// `keepFirst` and the last `keepLast` of them; everything that is not a digit stays.
QString maskDigits(const QString& text, qsizetype from, qsizetype keepFirst, qsizetype keepLast)
{
    const qsizetype digits = std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }) - from;
    QString masked;
    masked.reserve(text.size());
    qsizetype index = -from;
    for (const QChar c : text) {
        if (!c.isDigit()) {
            masked.append(c);
            continue;
        }
        const bool keep = index < 0 || index < keepFirst || index >= digits - keepLast;
        masked.append(keep ? c : Bullet);
        ++index;
    }
    return masked;
}
} // namespace

QString phone(const QString& e164)
{
    const std::optional<PhoneNumber::InternationalForm> form = PhoneNumber::international(e164);
    if (!form) {
        QString digits;
        for (const QChar c : e164) {
            if (c.isDigit())
                digits.append(c);
        }
        return maskDigits(digits, 0, 0, std::min<qsizetype>(3, std::max<qsizetype>(0, digits.size() - 3)));
    }
    const QString& international = form->text; // "+44 7911 123456"
    const qsizetype countryDigits = QString::number(form->countryCode).size();
    const qsizetype national
        = std::count_if(international.begin(), international.end(), [](QChar c) { return c.isDigit(); })
        - countryDigits;
    // At least three national digits stay hidden, however short the number.
    const qsizetype keepLast = national >= 6 ? 3 : std::max<qsizetype>(0, national - 3);
    const qsizetype keepFirst = std::min<qsizetype>(2, std::max<qsizetype>(0, national - keepLast - 3));
    return maskDigits(international, countryDigits, keepFirst, keepLast);
}

QString email(const QString& address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    const QString bullets(3, Bullet);
    if (at < 0)
        return bullets;
    const QStringView local = QStringView(trimmed).left(at);
    QString first;
    if (!local.isEmpty()) {
        // One whole character, even outside the Basic Multilingual Plane.
        first = local.size() > 1 && local.at(0).isHighSurrogate() ? local.left(2).toString() : local.left(1).toString();
    }
    return first + bullets + trimmed.mid(at);
}

} // namespace backoffice::MaskedDestination
