// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace backoffice {

class Database;

/// Tells the main window's status bar whether SMS can be sent: no provider enabled, an enabled
/// provider whose last check failed, or whose last balance is under its threshold. Reads the stored
/// check results (it never calls the network itself); call refresh() after checks or edits.
class ProviderHealthMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ProviderHealthMonitor(const Database& database, QObject* parent = nullptr);

    const QString& summary() const { return m_summary; }
    bool problem() const { return m_problem; }

public slots:
    void refresh();

signals:
    /// `summary` is translated, one line; `problem` says whether to show it as a warning.
    void healthChanged(const QString& summary, bool problem);

private:
    const Database& m_database;
    QString m_summary;
    bool m_problem = false;
    bool m_known = false;
};

} // namespace backoffice
