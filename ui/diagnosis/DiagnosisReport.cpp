// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagnosis/DiagnosisReport.h"
#include "core/common/DateTimeText.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

namespace {
QString colourFor(Finding::Outcome outcome)
{
    switch (outcome) {
    case Finding::Outcome::Ok:
        return u"#1b7f3b"_s;
    case Finding::Outcome::Warning:
        return u"#9a6700"_s;
    case Finding::Outcome::Problem:
        return u"#b3261e"_s;
    case Finding::Outcome::Unknown:
        return u"#5f6368"_s;
    }
    return {};
}
} // namespace

QString DiagnosisReport::toHtml(const Diagnosis& diagnosis)
{
    QString html = u"<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"_s.arg(
        tr("2FA diagnosis").toHtmlEscaped());
    html += u"<h2>%1</h2>"_s.arg(
        tr("2FA diagnosis for client %1 (%2)").arg(diagnosis.clientId).arg(diagnosis.clientName).toHtmlEscaped());
    html
        += u"<p>%1<br>%2</p>"_s.arg(tr("2FA method: %1").arg(twoFactorMethodToString(diagnosis.method)).toHtmlEscaped(),
                                    tr("Checked at: %1").arg(preciseDateTimeText(diagnosis.at)).toHtmlEscaped());
    if (diagnosis.cancelled)
        html += u"<p><b>%1</b></p>"_s.arg(
            tr("The diagnosis was cancelled before every check finished.").toHtmlEscaped());
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"_s;
    html += u"<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>"_s.arg(
        tr("Outcome").toHtmlEscaped(), tr("Check").toHtmlEscaped(), tr("Evidence").toHtmlEscaped(),
        tr("What to do").toHtmlEscaped());
    for (const Finding& finding : diagnosis.findings) {
        html += u"<tr><td><font color=\"%1\"><b>%2</b></font></td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            colourFor(finding.outcome), outcomeDisplayName(finding.outcome).toHtmlEscaped(),
            finding.title.toHtmlEscaped(), finding.detail.toHtmlEscaped(), finding.action.toHtmlEscaped());
    }
    html += u"</table></body></html>"_s;
    return html;
}

bool DiagnosisReport::save(const Diagnosis& diagnosis, const QString& path, QString* error)
{
    const QString html = toHtml(diagnosis);
    if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        // QTextDocument::print reports no errors: remove an older file first, so the check below
        // tells whether this report was written.
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error)
                *error = tr("The file %1 exists and cannot be replaced.").arg(path);
            return false;
        }
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("2FA diagnosis"));
        writer.setCreator(u"Back Office"_s);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
        if (!QFile::exists(path)) {
            if (error)
                *error = tr("The PDF could not be written to %1.").arg(path);
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace backoffice::ui
