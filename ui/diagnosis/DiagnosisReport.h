// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/Finding.h"

#include <QCoreApplication>
#include <QString>

namespace backoffice::ui {

/// The diagnosis as a document for a ticket: HTML (also the source of the PDF) and files on disk.
class DiagnosisReport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisReport)

public:
    static QString toHtml(const Diagnosis& diagnosis);
    /// Writes HTML or, when `path` ends in .pdf, a PDF (A4, via QPdfWriter). False with `error` set on failure.
    static bool save(const Diagnosis& diagnosis, const QString& path, QString* error);
};

} // namespace backoffice::ui
