// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace backoffice {

/// A fixed table of an enum's stored names, read both ways: one table per enum, so a value and its
/// name cannot drift apart between the writer and the reader.
template<typename Enum, std::size_t Size> class EnumNames
{
public:
    using Entry = std::pair<Enum, QStringView>;
    constexpr explicit EnumNames(std::array<Entry, Size> entries) : m_entries(entries) { }

    QString name(Enum value) const
    {
        for (const auto& [entry, text] : m_entries) {
            if (entry == value)
                return text.toString();
        }
        return {};
    }
    std::optional<Enum> value(QStringView text) const
    {
        for (const auto& [entry, name] : m_entries) {
            if (name == text)
                return entry;
        }
        return std::nullopt;
    }

private:
    std::array<Entry, Size> m_entries;
};

} // namespace backoffice
