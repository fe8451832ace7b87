// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditKeyRing.h"

#include <QHash>
#include <QReadWriteLock>

namespace backoffice::AuditKeyRing {

namespace {
struct Ring
{
    QReadWriteLock lock;
    QHash<QString, QByteArray> keys;
};

Ring& ring()
{
    static Ring instance;
    return instance;
}
} // namespace

void install(const QString& databaseId, const QByteArray& key)
{
    QWriteLocker locker(&ring().lock);
    ring().keys.insert(databaseId, key);
}

std::optional<QByteArray> find(const QString& databaseId)
{
    QReadLocker locker(&ring().lock);
    const auto found = ring().keys.constFind(databaseId);
    if (found == ring().keys.constEnd())
        return std::nullopt;
    return *found;
}

void forget(const QString& databaseId)
{
    QWriteLocker locker(&ring().lock);
    ring().keys.remove(databaseId);
}

} // namespace backoffice::AuditKeyRing
