// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

namespace backoffice::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Back Office"));
}

} // namespace backoffice::ui
