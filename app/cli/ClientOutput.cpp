// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ClientOutput.h"

#include "core/common/TextSafety.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli::ClientOutput {

QString safe(const QString& text)
{
    return TextSafety::escaped(text);
}

void printSafeJson(CliContext& context, const QJsonDocument& document)
{
    QStringList lines = QString::fromUtf8(document.toJson(QJsonDocument::Indented)).split(u'\n');
    for (QString& line : lines)
        line = safe(line);
    context.out << lines.join(u'\n');
    context.out.flush();
}

QString utcText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const Client& client)
{
    QJsonObject twofa {
        {u"method"_s, twoFactorMethodToString(client.method)},
        {u"enabled_at"_s,
         client.enabledAt.isValid() ? QJsonValue(utcText(client.enabledAt)) : QJsonValue(QJsonValue::Null)}};
    if (client.authenticator) {
        twofa.insert(u"algorithm"_s, client.authenticator->algorithm);
        twofa.insert(u"digits"_s, client.authenticator->digits);
        twofa.insert(u"period"_s, client.authenticator->period);
    }
    if (client.method == TwoFactorMethod::Sms)
        twofa.insert(u"phone"_s, client.phone);
    return {{u"id"_s, client.id},
            {u"first_name"_s, client.firstName},
            {u"last_name"_s, client.lastName},
            {u"email"_s, client.email},
            {u"phone"_s, client.phone},
            {u"country"_s, client.country},
            {u"created_at"_s, utcText(client.createdAt)},
            {u"row_version"_s, client.rowVersion},
            {u"twofa"_s, twofa}};
}

} // namespace backoffice::cli::ClientOutput
