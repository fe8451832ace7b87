// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"

#include <QDateTime>
#include <QString>

namespace backoffice {

/// The texts Back Office sends to clients: the identity code and the notice after a disable.
///
/// They are deliberately plain English and not tr(): they go to the client, not to the operator, so
/// the operator's interface language says nothing about the client's, and a translated notice would
/// follow whoever happened to be at the desk. A brokerage that writes to its clients in another
/// language changes these texts here (or, later, makes them a per-database template).
namespace ClientMessageText {
/// The SMS with the code: short (one GSM-7 part), with the one rule that defeats the attack.
QString codeSms(const QString& code, int validMinutes);
QString codeEmailSubject();
QString codeEmailBody(const Client& client, const QString& code, int validMinutes);

/// What was turned off, when, under which ticket, and what to do if it was not the client.
struct Notice
{
    TwoFactorMethod removed = TwoFactorMethod::None;
    QDateTime at; ///< UTC, when it was turned off
    QString ticket; ///< the disable's reason or ticket reference
    QString contactLine; ///< the database's client_notice_contact setting
};
QString noticeSms(const Notice& notice);
QString noticeEmailSubject();
QString noticeEmailBody(const Client& client, const Notice& notice);

/// "Google Authenticator", "SMS confirmation": as the client knows the option.
QString methodName(TwoFactorMethod method);
} // namespace ClientMessageText

} // namespace backoffice
