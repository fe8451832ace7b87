// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/RunningWork.h"

#include <utility>

namespace backoffice::ui {

RunningWork::Token::Token(Token&& other) noexcept : m_id(std::exchange(other.m_id, 0)) { }

RunningWork::Token& RunningWork::Token::operator=(Token&& other) noexcept
{
    if (this != &other) {
        release();
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

RunningWork::Token::~Token()
{
    release();
}

void RunningWork::Token::release()
{
    if (m_id != 0)
        RunningWork::instance().end(std::exchange(m_id, 0));
}

RunningWork& RunningWork::instance()
{
    static RunningWork registry;
    return registry;
}

RunningWork::Token RunningWork::begin(const QString& description)
{
    const quint64 id = m_nextId++;
    m_running.append({id, description});
    emit changed();
    return Token(id);
}

QStringList RunningWork::descriptions() const
{
    QStringList result;
    for (const auto& [id, description] : m_running)
        result << description;
    return result;
}

void RunningWork::end(quint64 id)
{
    const auto removed = m_running.removeIf([id](const auto& entry) { return entry.first == id; });
    if (removed > 0)
        emit changed();
}

} // namespace backoffice::ui
