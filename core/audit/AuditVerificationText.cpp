// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditVerificationText.h"

#include <QCoreApplication>

namespace backoffice {

namespace {
// Looked up, and filed by lupdate, under the context "AuditVerification".
class VerificationText
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerification)

public:
    static QString describe(const AuditVerification& v);
};
} // namespace

QString describeVerification(const AuditVerification& v)
{
    return VerificationText::describe(v);
}

QString VerificationText::describe(const AuditVerification& v)
{
    const qint64 at = v.firstBrokenEventId.value_or(0);
    const int checked = int(v.eventsChecked);
    switch (v.kind) {
    case AuditVerification::Break::None:
        return tr("The audit log is intact: %n event(s) checked.", nullptr, checked);
    case AuditVerification::Break::Edited:
        return tr("Event %1 does not match its hash: it was edited, or written without the audit key.").arg(at);
    case AuditVerification::Break::Reordered:
        return tr("Event %1 does not follow the event before it: an event was deleted or inserted there.").arg(at);
    case AuditVerification::Break::Truncated:
        if (v.eventsChecked == 0)
            return tr("The audit log is empty but its head says it ends at event %1: events were removed.")
                .arg(v.headLastId);
        return tr("The log ends at event %1 but its head says %2: events were removed.")
            .arg(v.logLastId)
            .arg(v.headLastId);
    case AuditVerification::Break::Appended:
        return tr("The log goes on to event %1 but its head says %2: events were added without the audit key.")
            .arg(v.logLastId)
            .arg(v.headLastId);
    case AuditVerification::Break::Replaced:
        return tr("Event %1 is not the event the log's head names: it was replaced.").arg(at);
    case AuditVerification::Break::CountMismatch:
        return v.eventsChecked < v.headEventCount
            ? tr("The log has %n event(s) but its head counts %1: events were removed.", nullptr, checked)
                  .arg(v.headEventCount)
            : tr("The log has %n event(s) but its head counts %1: events were inserted.", nullptr, checked)
                  .arg(v.headEventCount);
    case AuditVerification::Break::HeadMissing:
        return v.eventsChecked == 0
            ? tr("The audit log is empty and has no head, although operator accounts exist: it was emptied.")
            : tr("The log has %n event(s) but no head: its head was removed, and events after event %1 may be "
                 "missing.",
                 nullptr, checked)
                  .arg(v.logLastId);
    case AuditVerification::Break::HeadForged:
        return tr("The log's head does not match its MAC: it was rewritten without the audit key.");
    case AuditVerification::Break::HeadRecreated:
        return tr("The log's head was missing or forged when event %1 was written: events before it may have "
                  "been removed.")
            .arg(at);
    }
    return {};
}

} // namespace backoffice
