// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/DemoDataJob.h"

#include "core/audit/AuditLog.h"
#include "core/clients/DemoDataGenerator.h"

#include <QRandomGenerator>

namespace backoffice {

DemoDataJob* startDemoData(DatabaseLocation location, SecretCipher cipher, Actor actor, qint64 count, QObject* parent)
{
    const quint64 seed = QRandomGenerator::system()->generate64();
    return DemoDataJob::start(
        std::move(location),
        [cipher = std::move(cipher), actor = std::move(actor), count, seed](TaskContext& task) {
            const AuditLog audit(task.database());
            DemoDataGenerator generator(cipher, seed);
            auto created = generator.generate(task.database(), audit, actor, count, [&task](qint64 done, qint64 total) {
                task.progress(done, total);
                return !task.isCancelled();
            });
            if (created)
                task.keepResult(); // committed: the clients are there whatever the operator clicked since
            return created;
        },
        parent);
}

} // namespace backoffice
