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
    Loader loader;
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

namespace {
std::optional<QByteArray> installed(const QString& databaseId)
{
    QReadLocker locker(&ring().lock);
    const auto found = ring().keys.constFind(databaseId);
    if (found == ring().keys.constEnd())
        return std::nullopt;
    return *found;
}
} // namespace

std::optional<QByteArray> find(const QString& databaseId)
{
    if (auto key = installed(databaseId))
        return key;
    Loader loader;
    {
        QReadLocker locker(&ring().lock);
        loader = ring().loader;
    }
    if (!loader)
        return std::nullopt;
    loader(databaseId); // unlocked: it installs
    return installed(databaseId);
}

void setLoader(Loader loader)
{
    QWriteLocker locker(&ring().lock);
    ring().loader = std::move(loader);
}

void forget(const QString& databaseId)
{
    QWriteLocker locker(&ring().lock);
    ring().keys.remove(databaseId);
}

} // namespace backoffice::AuditKeyRing
