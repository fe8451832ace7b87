// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CommitWatcher.h"

#include "core/common/Logging.h"
#include "core/storage/Database.h"

#include <QSqlDriver>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {

/// SQLite: PRAGMA data_version changes when any other connection has committed since it was last
/// read on this one (never for this connection's own commits, which the caller knows of).
class DataVersionWatcher final : public CommitWatcher
{
public:
    explicit DataVersionWatcher(const Database& database) : m_database(database)
    {
        m_version = read();
        m_timer.setInterval(SqlitePollInterval);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = read();
            if (now != m_version) {
                m_version = now;
                emit committed();
            }
        });
        m_timer.start();
    }

private:
    qint64 read() const
    {
        auto version = m_database.integer(u"PRAGMA data_version"_s);
        return version ? version.value() : m_version;
    }

    const Database& m_database;
    QTimer m_timer;
    qint64 m_version = 0;
};

/// PostgreSQL: LISTEN on the audit log's channel through the driver, which watches the connection's
/// socket in this thread's event loop; a slow timer as well, as a notification sent while the
/// connection was broken is lost.
class NotificationWatcher final : public CommitWatcher
{
public:
    explicit NotificationWatcher(const Database& database) : m_driver(database.connection().driver())
    {
        const QString channel = QString::fromLatin1(PostgreSqlChannel);
        if (m_driver && m_driver->subscribeToNotification(channel)) {
            m_channel = channel;
            connect(m_driver, &QSqlDriver::notification, this, [this](const QString& name) {
                if (name == m_channel)
                    emit committed();
            });
        } else {
            qCWarning(lcStorage) << "cannot listen for changes; other desks' changes are noticed every"
                                 << NotificationSafetyInterval.count() << "ms";
        }
        m_timer.setInterval(NotificationSafetyInterval);
        connect(&m_timer, &QTimer::timeout, this, &CommitWatcher::committed);
        m_timer.start();
    }
    ~NotificationWatcher() override
    {
        if (m_driver && !m_channel.isEmpty())
            m_driver->unsubscribeFromNotification(m_channel);
    }

private:
    QSqlDriver* m_driver;
    QString m_channel;
    QTimer m_timer;
};

} // namespace

std::unique_ptr<CommitWatcher> CommitWatcher::pollingDataVersion(const Database& database)
{
    return std::make_unique<DataVersionWatcher>(database);
}

std::unique_ptr<CommitWatcher> CommitWatcher::listeningForNotifications(const Database& database)
{
    return std::make_unique<NotificationWatcher>(database);
}

} // namespace backoffice
