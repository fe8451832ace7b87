// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/operators/Actor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace backoffice {
class OperatorService;
}

namespace backoffice::ui {

class OperatorsModel;

/// System > Operators: administrators list operators, add them, disable or enable them, change
/// their role and reset their password. Other roles see why the page is empty; OperatorService
/// refuses them anyway, the page only avoids offering what would be refused.
class OperatorsPage : public QWidget
{
    Q_OBJECT

public:
    OperatorsPage(const OperatorService& operators, const Actor& actor, const Clock& clock = SystemClock::instance(),
                  QWidget* parent = nullptr);

    /// After sign-out / switch operator.
    void setActor(const Actor& actor);
    OperatorsModel* model() const { return m_model; }
    /// Selects the row of `userName`; false when absent.
    bool selectOperator(const QString& userName);
    QString statusText() const;

public slots:
    void refresh();
    void addOperator();
    void toggleDisabled();
    void applyRole();
    void resetPassword();

private:
    int selectedRow() const;
    void updateButtons();
    void showStatus(const QString& text);

    const OperatorService& m_operators;
    const Clock& m_clock;
    Actor m_actor;
    OperatorsModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_toggle;
    QComboBox* m_role;
    QPushButton* m_setRole;
    QPushButton* m_reset;
    QLabel* m_status;
};

} // namespace backoffice::ui
