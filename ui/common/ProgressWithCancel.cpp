// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ProgressWithCancel.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

namespace backoffice::ui {

ProgressWithCancel::ProgressWithCancel(const QString& barName, const QString& cancelText, const QString& cancelName,
                                       const QString& cancelObjectName, QWidget* parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(cancelText, this))
{
    m_bar->setAccessibleName(barName);
    m_cancel->setObjectName(cancelObjectName);
    m_cancel->setAccessibleName(cancelName);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressWithCancel::cancelClicked);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void ProgressWithCancel::start(int maximum)
{
    m_bar->setRange(0, maximum);
    m_bar->setValue(0);
    m_cancel->show();
    show();
}

void ProgressWithCancel::setValue(int done)
{
    m_bar->setValue(done);
}

void ProgressWithCancel::finish()
{
    hide();
}

} // namespace backoffice::ui
