// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/email/EmailMessage.h"

#include "core/email/SmtpSettings.h"

#include <QLocale>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
bool isAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || (c.unicode() < 0x20 && c != u'\n' && c != u'\t'))
            return false;
    }
    return true;
}

/// 7bit needs ASCII in lines of at most 998 characters (RFC 5322).
bool fitsSevenBit(const QString& text)
{
    if (!isAscii(text))
        return false;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (line.size() > 998)
            return false;
    }
    return true;
}

/// RFC 2047 encoded words of at most 75 characters each, split between whole UTF-8 characters.
QByteArray encodedWords(const QString& text)
{
    QList<QByteArray> words;
    QString chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString next = chunk + text.mid(i, length);
        // "=?UTF-8?B?" + base64 + "?=" stays under 75 characters with 45 bytes of UTF-8.
        if (next.toUtf8().size() > 45) {
            words.append("=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=");
            chunk.clear();
        }
        chunk += text.mid(i, length);
        i += length - 1;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=");
    return words.join("\r\n ");
}

/// Lines ending in CRLF, whatever the text used.
QByteArray crlfLines(const QString& text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    return normalised.toUtf8().replace('\n', "\r\n");
}
} // namespace

QList<Error> EmailMessage::validate() const
{
    QList<Error> problems;
    if (!EmailAddress::isValid(to))
        problems.append(Error::invalid(u"to"_s, u"must be an e-mail address (name@example.com)"_s));
    if (subject.trimmed().isEmpty())
        problems.append(Error::invalid(u"subject"_s, u"required"_s));
    else if (subject.size() > 200)
        problems.append(Error::invalid(u"subject"_s, u"longer than 200 characters"_s));
    for (const QChar c : subject) {
        if (c.category() == QChar::Other_Control) {
            problems.append(Error::invalid(u"subject"_s, u"contains a line break or control character"_s));
            break;
        }
    }
    if (body.size() > 100000)
        problems.append(Error::invalid(u"body"_s, u"longer than 100000 characters"_s));
    return problems;
}

QByteArray EmailMessage::toMime(const QString& from, const QDateTime& at) const
{
    const QString domain = from.mid(from.indexOf(u'@') + 1);
    QByteArray mime;
    mime += "Date: " + QLocale::c().toString(at.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s).toLatin1() + "\r\n";
    mime += "From: " + from.toLatin1() + "\r\n";
    mime += "To: " + to.toLatin1() + "\r\n";
    mime += "Subject: " + (isAscii(subject) ? subject.toLatin1() : encodedWords(subject)) + "\r\n";
    mime += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' + domain.toLatin1()
        + ">\r\n";
    mime += "MIME-Version: 1.0\r\n";
    mime += "Content-Type: text/plain; charset=UTF-8\r\n";
    if (fitsSevenBit(body)) {
        mime += "Content-Transfer-Encoding: 7bit\r\n\r\n";
        mime += crlfLines(body);
    } else {
        mime += "Content-Transfer-Encoding: base64\r\n\r\n";
        const QByteArray encoded = crlfLines(body).toBase64();
        for (qsizetype i = 0; i < encoded.size(); i += 76)
            mime += encoded.mid(i, 76) + "\r\n";
    }
    if (!mime.endsWith("\r\n"))
        mime += "\r\n";
    return mime;
}

} // namespace backoffice
