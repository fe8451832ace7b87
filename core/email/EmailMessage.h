// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace backoffice {

/// One plain-text e-mail to one client. The sender is the configured SMTP sender.
struct EmailMessage
{
    QString to;
    QString subject; ///< one line, at most 200 characters
    QString body; ///< plain text, UTF-8 on the wire

    /// Every problem, each naming its field ("to", "subject", "body"). A subject with a line break
    /// could add headers, so it is refused, not cleaned.
    QList<Error> validate() const;

    /// The RFC 5322 message as it goes on the wire after DATA: CRLF line ends, a Subject in RFC 2047
    /// encoded words when it is not ASCII, a base64 body when it is not, a Message-ID at the
    /// sender's domain. `at` is the Date header.
    QByteArray toMime(const QString& from, const QDateTime& at) const;
};

} // namespace backoffice
