// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/OsUser.h"

#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QString osUserName()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return u"unknown"_s;
}

} // namespace backoffice
