// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/ClientMessageText.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ClientMessageText {

namespace {
/// Times in notices are UTC and say so: the client's time zone is not known here.
QString utc(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString greeting(const Client& client)
{
    const QString name = client.displayName().trimmed();
    return name.isEmpty() ? u"Hello,"_s : u"Dear %1,"_s.arg(name);
}
} // namespace

QString methodName(TwoFactorMethod method)
{
    switch (method) {
    case TwoFactorMethod::Authenticator:
        return u"Google Authenticator"_s;
    case TwoFactorMethod::Sms:
        return u"SMS confirmation"_s;
    case TwoFactorMethod::None:
        break;
    }
    return u"two-factor authentication"_s;
}

QString codeSms(const QString& code, int validMinutes)
{
    return u"Your identity code is %1 (valid %2 min). Read it out only on a call you made to our support. "
           u"We never call you to ask for it."_s.arg(code)
               .arg(validMinutes);
}

QString codeEmailSubject()
{
    return u"Your identity code"_s;
}

QString codeEmailBody(const Client& client, const QString& code, int validMinutes)
{
    return u"%1\n\n"
           u"Your identity code is: %2\n\n"
           u"It is valid for %3 minutes. Read it out only on a call you made to our support team, when they ask "
           u"for it. We never call, write or message you to ask for this code.\n\n"
           u"If you did not contact us, do not share this code with anyone: someone may be trying to change the "
           u"security of your account.\n"_s.arg(greeting(client), code)
               .arg(validMinutes);
}

QString noticeSms(const Notice& notice)
{
    return u"%1 was turned off on your account on %2 (ref %3). If this was not you: %4"_s.arg(
        methodName(notice.removed), utc(notice.at), notice.ticket, notice.contactLine);
}

QString noticeEmailSubject()
{
    return u"Two-factor authentication was turned off on your account"_s;
}

QString noticeEmailBody(const Client& client, const Notice& notice)
{
    return u"%1\n\n"
           u"%2 was turned off on your account on %3 at your request (reference: %4).\n\n"
           u"To protect your account again, turn two-factor authentication back on in your account's security "
           u"settings.\n\n"
           u"If you did not ask for this, someone may be trying to take over your account. %5\n"_s.arg(
               greeting(client), methodName(notice.removed), utc(notice.at), notice.ticket, notice.contactLine);
}

} // namespace backoffice::ClientMessageText
