// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(u"--db"_s, u"empty database location"_s);
    if (trimmed.startsWith(u"postgresql://") || trimmed.startsWith(u"postgres://")) {
        QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return Error::invalid(u"--db"_s, u"expected postgresql://user@host:port/dbname"_s);
        DatabaseLocation location;
        location.kind = Kind::PostgreSql;
        location.url = url;
        return location;
    }
    if (trimmed.contains(u"://"))
        return Error::invalid(u"--db"_s, u"unsupported scheme; use a file path or postgresql://"_s);
    DatabaseLocation location;
    location.sqlitePath = QFileInfo(trimmed).absoluteFilePath();
    return location;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    DatabaseLocation location;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    location.sqlitePath = QDir(folder).filePath(u"backoffice.sqlite"_s);
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (kind == Kind::Sqlite)
        return QDir::toNativeSeparators(sqlitePath);
    return url.toDisplayString(QUrl::RemovePassword);
}

QString DatabaseLocation::toText() const
{
    if (kind == Kind::Sqlite)
        return sqlitePath;
    return url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
}

} // namespace backoffice
