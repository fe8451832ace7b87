// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"
#include "core/session/ChangeFeed.h"

#include <QCoreApplication>
#include <QString>

namespace backoffice::ui {

/// What the audit page shows people for the log's machine names (which stay in tooltips, the CSV
/// export and the CLI, where filters use them).
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    /// "Two-factor authentication disabled" for client.2fa.disable; an action this version does
    /// not know is shown as its identifier.
    static QString action(const QString& action);
    /// A one-line summary of before → after: for settings recorded as JSON objects only what
    /// changed, in words ("Sender: A → B"); otherwise the two values.
    static QString changeSummary(const AuditEvent& event);
    /// Before and after in full, for the tooltip.
    static QString changeInFull(const AuditEvent& event);
    /// What an open window says when its record was changed elsewhere meanwhile: "Changed while
    /// this window was open: SMS provider changed by bob at 4 Dec 2026 10:42.", or only that it
    /// changed when the change set was too large to tell which event it was.
    static QString changedElsewhere(const std::optional<RecordChange>& change);
};

} // namespace backoffice::ui
