// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditCsvExporter.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

AuditCsvExporter::AuditCsvExporter(const AuditLog& log) : m_log(log) { }

QString AuditCsvExporter::escape(const QString& cell)
{
    QString value = cell;
    if (!value.isEmpty()
        && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-' || value.front() == u'@'
            || value.front() == u'\t' || value.front() == u'\r'))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        value = u'"' + value + u'"';
    }
    return value;
}

QByteArray AuditCsvExporter::headerLine()
{
    return "id,at,operator,action,client_id,target,before,after,reason,details,previous_hash,hash\r\n";
}

QByteArray AuditCsvExporter::line(const AuditEvent& event)
{
    const QStringList cells {QString::number(event.id),
                             event.at.toUTC().toString(Qt::ISODateWithMs),
                             escape(event.operatorName),
                             escape(event.action),
                             event.clientId ? QString::number(*event.clientId) : QString(),
                             escape(event.target),
                             escape(event.before),
                             escape(event.after),
                             escape(event.reason),
                             event.details.isEmpty() ? QString()
                                                     : escape(QString::fromUtf8(
                                                         QJsonDocument(event.details).toJson(QJsonDocument::Compact))),
                             event.previousHash,
                             event.hash};
    return cells.join(u',').toUtf8() + "\r\n";
}

Result<qint64> AuditCsvExporter::write(const AuditFilter& filter, QIODevice& device,
                                       const std::function<bool(qint64, qint64)>& progress) const
{
    auto total = m_log.count(filter);
    if (!total)
        return total.error();
    if (device.write(headerLine()) < 0)
        return Error {Error::Code::Storage, u"file"_s, device.errorString()};
    AuditFilter page = filter;
    qint64 written = 0;
    for (;;) {
        auto events = m_log.list(page, 0, batchSize);
        if (!events)
            return events.error();
        for (const AuditEvent& event : events.value()) {
            if (device.write(line(event)) < 0)
                return Error {Error::Code::Storage, u"file"_s, device.errorString()};
        }
        written += events.value().size();
        if (progress && !progress(written, std::max(total.value(), written)))
            return Error {Error::Code::Cancelled, {}, {}};
        if (events.value().size() < batchSize)
            break;
        page.beforeId = events.value().last().id;
    }
    return written;
}

} // namespace backoffice
