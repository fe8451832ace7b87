// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>

namespace backoffice {

/// The keys a desk needs to work on a database: the data key that seals authenticator secrets and
/// the audit key that MACs the audit log. Moved between desks as one base64 line (the data key,
/// then the audit key); a line with the data key alone (from before keyed audit logs) is accepted.
struct KeyBundle
{
    QByteArray dataKey;
    QByteArray auditKey; ///< empty in a bundle from before keyed audit logs

    QByteArray encode() const;
    /// InvalidInput "key" naming what is wrong (never echoing the text).
    static Result<KeyBundle> decode(const QByteArray& text);
};

} // namespace backoffice
