// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/ProviderError.h"

#include <utility>
#include <variant>

namespace backoffice {

/// A provider call's value or its ProviderError: like Result<T>, but keeping the typed failure cause.
template<typename T> class [[nodiscard]] ProviderResult
{
public:
    ProviderResult(T value) // NOLINT(google-explicit-constructor)
        : m_state(std::move(value))
    {
    }
    ProviderResult(ProviderError error) // NOLINT(google-explicit-constructor)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<T>(m_state); }
    const T* operator->() const { return &std::get<T>(m_state); }
    const ProviderError& error() const { return std::get<ProviderError>(m_state); }

private:
    std::variant<T, ProviderError> m_state;
};

} // namespace backoffice
