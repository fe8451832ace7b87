// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/operators/Actor.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace backoffice {
class CodeCheckService;
struct CodeCheckAllowance;
struct CodeCheckResult;
struct Error;
} // namespace backoffice

namespace backoffice::ui {

/// "Check a code", for a client's Settings tab when Google Authenticator is on: the operator types the
/// code the client reads out and gets the answer in words an operator can pass on (right code; device
/// clock off by about N minutes and how the client fixes it; or no match, so disable and re-enrol).
/// It shows how many of the 10 checks per 10 minutes are left and locks itself when none are. The
/// code field is cleared after every check: codes are never kept.
///
/// A check is a local SQLite write and at most 5,761 HMACs (about 2 ms), so it runs on the UI thread.
class CheckCodeWidget : public QGroupBox
{
    Q_OBJECT

public:
    CheckCodeWidget(const CodeCheckService& service, Actor actor, qint64 clientId, QWidget* parent = nullptr,
                    const Clock& clock = SystemClock::instance());

    /// Re-reads the allowance (after the reset time, or when another operator checked).
    void refreshAllowance();
    /// Follows the client's current state: once Google Authenticator is off (disabled in this dialog or
    /// elsewhere) there is no code to check, and the old advice ("disable it") no longer applies.
    void showClientState(const backoffice::Client& client);

signals:
    /// After every check that reached the service (an audit event may have been written).
    void checkFinished();

private slots:
    void check();

private:
    void showResult(const CodeCheckResult& result);
    void showError(const Error& error);
    void showAllowance(const CodeCheckAllowance& allowance);
    void setLocked(bool locked, const QString& reason = {});
    void updateButton();
    QString timeText(const QDateTime& utc) const;

    const CodeCheckService& m_service;
    const Actor m_actor;
    const qint64 m_clientId;
    const Clock& m_clock;
    bool m_locked = false;
    QLineEdit* m_code = nullptr;
    QPushButton* m_checkButton = nullptr;
    QLabel* m_answer = nullptr;
    QLabel* m_allowance = nullptr;
    QTimer* m_unlockTimer = nullptr;
};

} // namespace backoffice::ui
