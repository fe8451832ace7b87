// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/Finding.h"
#include "core/common/DateTimeText.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QString outcomeToString(Finding::Outcome outcome)
{
    switch (outcome) {
    case Finding::Outcome::Ok:
        return u"ok"_s;
    case Finding::Outcome::Warning:
        return u"warning"_s;
    case Finding::Outcome::Problem:
        return u"problem"_s;
    case Finding::Outcome::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString outcomeDisplayName(Finding::Outcome outcome)
{
    switch (outcome) {
    case Finding::Outcome::Ok:
        return QCoreApplication::translate("Diagnosis", "OK");
    case Finding::Outcome::Warning:
        return QCoreApplication::translate("Diagnosis", "Warning");
    case Finding::Outcome::Problem:
        return QCoreApplication::translate("Diagnosis", "Problem");
    case Finding::Outcome::Unknown:
        return QCoreApplication::translate("Diagnosis", "Could not check");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    return {{u"check"_s, check},
            {u"title"_s, title},
            {u"outcome"_s, outcomeToString(outcome)},
            {u"detail"_s, detail},
            {u"action"_s, action}};
}

bool Diagnosis::allOk() const
{
    return !cancelled && worst() == Finding::Outcome::Ok;
}

Finding::Outcome Diagnosis::worst() const
{
    // Severity order: problem > unknown > warning > ok. "Could not check" is worse than a warning:
    // the operator does not know.
    auto rank = [](Finding::Outcome outcome) {
        switch (outcome) {
        case Finding::Outcome::Ok:
            return 0;
        case Finding::Outcome::Warning:
            return 1;
        case Finding::Outcome::Unknown:
            return 2;
        case Finding::Outcome::Problem:
            return 3;
        }
        return 3;
    };
    Finding::Outcome worst = Finding::Outcome::Ok;
    for (const Finding& finding : findings) {
        if (rank(finding.outcome) > rank(worst))
            worst = finding.outcome;
    }
    return worst;
}

QJsonObject Diagnosis::toJson() const
{
    QJsonArray list;
    for (const Finding& finding : findings)
        list.append(finding.toJson());
    return {{u"client_id"_s, double(clientId)},
            {u"method"_s, twoFactorMethodToString(method)},
            {u"at"_s, at.toUTC().toString(Qt::ISODate)},
            {u"cancelled"_s, cancelled},
            {u"findings"_s, list}};
}

QString Diagnosis::toPlainText() const
{
    QString text;
    text += QCoreApplication::translate("Diagnosis", "2FA diagnosis for client %1 (%2)").arg(clientId).arg(clientName)
        + u'\n';
    text += QCoreApplication::translate("Diagnosis", "2FA method: %1").arg(twoFactorMethodToString(method)) + u'\n';
    text += QCoreApplication::translate("Diagnosis", "Checked at: %1").arg(preciseDateTimeText(at)) + u'\n';
    if (cancelled)
        text += QCoreApplication::translate("Diagnosis", "The diagnosis was cancelled before every check finished.")
            + u'\n';
    for (const Finding& finding : findings) {
        text += u"\n[%1] %2\n"_s.arg(outcomeDisplayName(finding.outcome), finding.title);
        if (!finding.detail.isEmpty())
            text += u"  "_s + finding.detail + u'\n';
        if (!finding.action.isEmpty())
            text += u"  "_s + QCoreApplication::translate("Diagnosis", "What to do: %1").arg(finding.action) + u'\n';
    }
    return text;
}

} // namespace backoffice
