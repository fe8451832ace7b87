// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace backoffice::ui {

/// The long operations in progress anywhere in the GUI (a diagnosis, provider checks, an export), so
/// that quitting can say what would be cancelled instead of dropping it silently. A page that starts
/// such work holds a Token for as long as it runs.
class RunningWork : public QObject
{
    Q_OBJECT

public:
    /// Registered while it lives; move-only. `description` is shown to the operator (translated).
    class Token
    {
    public:
        Token() = default;
        Token(Token&& other) noexcept;
        Token& operator=(Token&& other) noexcept;
        Token(const Token&) = delete;
        Token& operator=(const Token&) = delete;
        ~Token();
        /// Ends the registration early (the work finished or was cancelled).
        void release();

    private:
        friend class RunningWork;
        explicit Token(quint64 id) : m_id(id) { }
        quint64 m_id = 0;
    };

    static RunningWork& instance();

    [[nodiscard]] Token begin(const QString& description);
    /// What is running now, oldest first.
    QStringList descriptions() const;

signals:
    void changed();

private:
    RunningWork() = default;
    void end(quint64 id);

    quint64 m_nextId = 1;
    QList<std::pair<quint64, QString>> m_running;
};

} // namespace backoffice::ui
