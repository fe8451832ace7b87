// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/verification/ClientNotifier.h"

#include <QCoreApplication>
#include <QStringList>

namespace backoffice::ui {

/// How the notice after a disable went, one line per channel, for the client window and the
/// Pending approvals page alike.
class NoticeReportText
{
    Q_DECLARE_TR_FUNCTIONS(NoticeReportText)

public:
    static QStringList lines(const NoticeReport& report);
};

} // namespace backoffice::ui
