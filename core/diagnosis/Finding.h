// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace backoffice {

/// One answer of a diagnosis: which check, how it came out, the evidence, and what the operator does.
struct Finding
{
    enum class Outcome
    {
        Ok,
        Warning,
        Problem,
        Unknown
    };

    QString check; ///< stable id, e.g. "sms.provider.balance"
    QString title; ///< the check in the operator's words
    Outcome outcome = Outcome::Unknown;
    QString detail; ///< the evidence, or for Unknown why it could not be checked
    QString action; ///< the recommended action; empty when nothing is to be done

    QJsonObject toJson() const;
};

QString outcomeToString(Finding::Outcome outcome); ///< "ok", "warning", "problem", "unknown"
QString outcomeDisplayName(Finding::Outcome outcome); ///< translated

/// The findings for one client at one time.
struct Diagnosis
{
    qint64 clientId = 0;
    QString clientName;
    TwoFactorMethod method = TwoFactorMethod::None;
    QDateTime at; ///< UTC, when it was started
    QList<Finding> findings;
    bool cancelled = false;

    bool allOk() const;
    Finding::Outcome worst() const;
    QJsonObject toJson() const;
    /// A plain-text report for a ticket (translated headings).
    QString toPlainText() const;
};

} // namespace backoffice
