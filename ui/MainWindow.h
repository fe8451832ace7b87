// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace backoffice::ui {

/// The application window: a navigation tree on the left (Clients > General, System > ...) and the
/// selected page on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace backoffice::ui
