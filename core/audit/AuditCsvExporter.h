// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"

#include <functional>

class QIODevice;

namespace backoffice {

/// Writes the audit log (or the part a filter selects) as RFC 4180 CSV, newest first, in batches so
/// a log of millions of events never sits in memory. Shared by `backoffice-cli audit export` and the
/// audit page. Cells a spreadsheet would run as a formula (starting with = + - @) are prefixed with
/// an apostrophe: the log holds text operators typed.
class AuditCsvExporter
{
public:
    static constexpr int batchSize = 2000;

    explicit AuditCsvExporter(const AuditLog& log);

    /// Returns the number of events written. `progress(written, total)` is called after each batch;
    /// returning false stops with Error::Code::Cancelled.
    Result<qint64> write(const AuditFilter& filter, QIODevice& device,
                         const std::function<bool(qint64 written, qint64 total)>& progress = {}) const;

    static QByteArray headerLine();
    static QByteArray line(const AuditEvent& event);
    static QString escape(const QString& cell);

private:
    const AuditLog& m_log;
};

} // namespace backoffice
