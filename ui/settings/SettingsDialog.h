// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace backoffice::ui {

/// File > Settings: the language Back Office is shown in, the system's or one chosen here. The choice is stored on
/// accept() and used from the next start: pages built in one language stay in it until then, as a note says.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    QComboBox* m_language;
};

} // namespace backoffice::ui
