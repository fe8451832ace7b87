// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/DiagnosisCheck.h"

#include <QTimer>

namespace backoffice {

void DiagnosisCheck::finishSoon(const QList<Finding>& findings)
{
    QTimer::singleShot(0, this, [this, findings] { emit finished(findings); });
}

} // namespace backoffice
