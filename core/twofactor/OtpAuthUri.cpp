// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/twofactor/OtpAuthUri.h"

#include "core/twofactor/Base32.h"

#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// A decimal parameter; anything but plain digits is refused rather than read as 0.
Result<int> number(const QString& field, const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || text.isEmpty() || !std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
        return Error::invalid(field, u"'%1' is not a number"_s.arg(text));
    return value;
}
} // namespace

Result<OtpAuthUri> OtpAuthUri::parse(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(u"otpauth"_s, Qt::CaseInsensitive) != 0)
        return Error::invalid(u"uri"_s, u"not an otpauth:// URI"_s);
    const QString type = url.host().toLower();
    if (type == u"hotp")
        return Error::invalid(u"type"_s, u"HOTP (counter-based) authenticators are not supported, only TOTP"_s);
    if (type != u"totp")
        return Error::invalid(u"type"_s, u"'%1' is not totp"_s.arg(url.host()));

    OtpAuthUri uri;
    // Split at the first literal ':' before decoding: an issuer or account may hold an encoded one (%3A).
    QString label = url.path(QUrl::FullyEncoded);
    if (label.startsWith(u'/'))
        label.remove(0, 1);
    auto decoded = [](const QString& part) {
        return QUrl::fromPercentEncoding(part.toUtf8()).trimmed();
    };
    if (decoded(label).isEmpty())
        return Error::invalid(u"label"_s, u"missing (the account name after otpauth://totp/)"_s);
    QString labelIssuer;
    if (const qsizetype colon = label.indexOf(u':'); colon >= 0) {
        labelIssuer = decoded(label.left(colon));
        uri.accountName = decoded(label.mid(colon + 1));
    } else {
        uri.accountName = decoded(label);
    }
    if (uri.accountName.isEmpty())
        return Error::invalid(u"label"_s, u"the account name is empty"_s);

    const QUrlQuery query(url);
    QSet<QString> seen;
    QString secretText;
    QString issuer;
    QString algorithm = u"SHA1"_s;
    int digits = 6;
    int period = TotpParameters::DefaultPeriod;
    bool hasIssuer = false;
    for (const auto& [rawName, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QString name = rawName.toLower();
        if (name.isEmpty())
            continue; // "&&" or "=x": nothing a parameter could mean (found by fuzz_otpauth_uri)
        if (seen.contains(name))
            return Error::invalid(name, u"given more than once"_s);
        seen.insert(name);
        if (name == u"secret") {
            secretText = value;
        } else if (name == u"issuer") {
            issuer = value.trimmed();
            hasIssuer = true;
        } else if (name == u"algorithm") {
            algorithm = value;
        } else if (name == u"digits") {
            auto parsed = number(name, value);
            if (!parsed)
                return parsed.error();
            digits = parsed.value();
        } else if (name == u"period") {
            auto parsed = number(name, value);
            if (!parsed)
                return parsed.error();
            period = parsed.value();
        }
        // Other parameters (image, counter, ...) carry nothing a TOTP check needs.
    }
    if (!seen.contains(u"secret"_s))
        return Error::invalid(u"secret"_s, u"missing"_s);
    auto secret = Base32::decodeSecret(secretText);
    if (!secret)
        return secret.error();
    uri.secret = secret.value();

    if (hasIssuer && !labelIssuer.isEmpty() && labelIssuer != issuer)
        return Error::invalid(u"issuer"_s,
                              u"the label says '%1', the issuer parameter '%2'"_s.arg(labelIssuer, issuer));
    uri.issuer = hasIssuer ? issuer : labelIssuer;

    auto parameters = TotpParameters::from(algorithm, digits, period);
    if (!parameters)
        return parameters.error();
    uri.parameters = parameters.value();
    return uri;
}

QString OtpAuthUri::toString() const
{
    QUrl url;
    url.setScheme(u"otpauth"_s);
    url.setHost(u"totp"_s);
    // Values are percent-encoded here so an '&' or '=' in an issuer cannot split the query, and a ':'
    // in the issuer or the account cannot move the label's separator.
    auto encoded = [](const QString& value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    url.setPath(u"/"_s + (issuer.isEmpty() ? encoded(accountName) : encoded(issuer) + u':' + encoded(accountName)),
                QUrl::StrictMode);
    auto item = [&](const char* name, const QString& value) {
        return QString::fromLatin1(name) + u'=' + encoded(value);
    };
    QStringList items {item("secret", Base32::encode(secret))};
    if (!issuer.isEmpty())
        items << item("issuer", issuer);
    items << item("algorithm", totpAlgorithmToString(parameters.algorithm))
          << item("digits", QString::number(parameters.digits)) << item("period", QString::number(parameters.period));
    url.setQuery(items.join(u'&'), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace backoffice
