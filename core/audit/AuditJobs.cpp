// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditJobs.h"

#include "core/audit/AuditReader.h"

#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

AuditVerificationJob* startAuditVerification(DatabaseLocation location, Actor actor, QObject* parent)
{
    return AuditVerificationJob::start(
        std::move(location),
        [actor = std::move(actor)](TaskContext& task) -> Result<AuditVerification> {
            const AuditLog log(task.database());
            const AuditReader reader(log, actor);
            const auto counted = reader.count({});
            const qint64 total = counted ? counted.value() : 0;
            return reader.verify([&task, total](qint64 checked) {
                task.progress(checked, total);
                return !task.isCancelled();
            });
        },
        parent);
}

AuditExportJob* startAuditExport(DatabaseLocation location, Actor actor, AuditFilter filter, QString path,
                                 QObject* parent)
{
    return AuditExportJob::start(
        std::move(location),
        [actor = std::move(actor), filter = std::move(filter),
         path = std::move(path)](TaskContext& task) -> Result<qint64> {
            const AuditLog log(task.database());
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Error::invalid(u"file"_s, file.errorString());
            auto written = AuditReader(log, actor).exportCsv(filter, file, [&task](qint64 done, qint64 total) {
                task.progress(done, total);
                return !task.isCancelled();
            });
            if (!written) {
                file.cancelWriting();
                return written.error();
            }
            if (!file.commit())
                return Error::invalid(u"file"_s, file.errorString());
            return written;
        },
        parent);
}

} // namespace backoffice
