// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/email/SmtpSettings.h"

#include "core/sms/NetworkBackend.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QString smtpSecurityToString(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::StartTls:
        return u"starttls"_s;
    case SmtpSecurity::Tls:
        return u"tls"_s;
    case SmtpSecurity::None:
        return u"none"_s;
    }
    return {};
}

std::optional<SmtpSecurity> smtpSecurityFromString(const QString& text)
{
    for (const SmtpSecurity security : {SmtpSecurity::StartTls, SmtpSecurity::Tls, SmtpSecurity::None}) {
        if (text == smtpSecurityToString(security))
            return security;
    }
    return std::nullopt;
}

namespace EmailAddress {
bool isValid(const QString& address)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                                          u"[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"_s);
    return address.size() <= 254 && shape.match(address).hasMatch();
}
} // namespace EmailAddress

bool SmtpSettings::hostIsLoopback() const
{
    if (host == u"localhost")
        return true;
    return network().isLoopbackAddress(host);
}

QList<Error> SmtpSettings::validate() const
{
    // A host name or an IP address: never a URL, a user or a path.
    static const QRegularExpression hostShape(u"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
                                              u"(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"_s);
    QList<Error> problems;
    if (host.isEmpty())
        problems.append(Error::invalid(u"host"_s, u"required"_s));
    else if (host.size() > 253 || (!hostShape.match(host).hasMatch() && !network().isIpAddress(host)))
        problems.append(Error::invalid(u"host"_s, u"must be a host name or an IP address"_s));
    if (port < 1 || port > 65535)
        problems.append(Error::invalid(u"port"_s, u"must be between 1 and 65535"_s));
    if (security == SmtpSecurity::None && !host.isEmpty() && !hostIsLoopback())
        problems.append(Error::invalid(u"security"_s, u"none is only allowed for 127.0.0.1, ::1 or localhost"_s));
    if (user.size() > 256)
        problems.append(Error::invalid(u"user"_s, u"longer than 256 characters"_s));
    for (const QChar c : user) {
        if (c.category() == QChar::Other_Control) {
            problems.append(Error::invalid(u"user"_s, u"contains control characters"_s));
            break;
        }
    }
    if (fromAddress.isEmpty())
        problems.append(Error::invalid(u"from"_s, u"required"_s));
    else if (!EmailAddress::isValid(fromAddress))
        problems.append(Error::invalid(u"from"_s, u"must be an e-mail address (name@example.com)"_s));
    if (timeoutMs < 1000 || timeoutMs > 120000)
        problems.append(Error::invalid(u"timeout"_s, u"must be between 1 and 120 seconds"_s));
    return problems;
}

} // namespace backoffice
