// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QProgressBar;
class QPushButton;

namespace backoffice::ui {

/// A progress bar and its Cancel button side by side, hidden until work starts and again once it ends: what a
/// page or dialog shows while it waits for the providers or a report (the UI itself never waits).
class ProgressWithCancel : public QWidget
{
    Q_OBJECT

public:
    /// The texts come translated from the page: the bar's accessible name, the button's text and accessible name.
    /// `cancelObjectName` is the name the button is found by.
    ProgressWithCancel(const QString& barName, const QString& cancelText, const QString& cancelName,
                       const QString& cancelObjectName, QWidget* parent);

    QProgressBar* bar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }

    /// Shows the bar at 0 of `maximum` steps (0: busy, the steps unknown) and Cancel.
    void start(int maximum);
    void setValue(int done);
    /// Hides the bar and Cancel.
    void finish();

signals:
    void cancelClicked();

private:
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace backoffice::ui
