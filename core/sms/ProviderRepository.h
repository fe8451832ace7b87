// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/sms/ProviderCheck.h"
#include "core/sms/ProviderConfig.h"

#include <QList>

#include <optional>

namespace backoffice {

class Database;

/// A provider with what the page shows beside it: the last balance read and the last check.
struct ProviderSummary
{
    ProviderConfig config;
    std::optional<ProviderCheckRecord> lastBalance; ///< last successful balance read
    std::optional<ProviderCheckRecord> lastCheck; ///< the most recent check of any kind
    /// The worst of the latest credentials, balance and service status checks (a later OK status
    /// page must not hide failing credentials); what "last status" and the status bar show.
    std::optional<ProviderCheckRecord> health;
};

/// The one owner of sms_providers and sms_provider_checks: every statement on them. Writes that need an audit event are
/// *InTransaction and run inside the caller's Database::writeTransaction (see ProviderService).
class ProviderRepository
{
public:
    explicit ProviderRepository(const Database& database);

    Result<QList<ProviderConfig>> list() const;
    Result<QList<ProviderSummary>> summaries() const;
    Result<ProviderConfig> find(qint64 id) const;
    /// How many providers are enabled.
    Result<qint64> countEnabled() const;

    /// Returns the new id. Conflict when the name is taken.
    Result<qint64> insertInTransaction(const ProviderConfig& config, const QDateTime& now) const;
    /// Refused (Conflict) when the stored row_version differs from config.rowVersion.
    Status updateInTransaction(const ProviderConfig& config, const QDateTime& now) const;
    Status removeInTransaction(qint64 id) const;
    Status setHasSecretInTransaction(qint64 id, bool hasSecret, const QDateTime& now) const;

    Result<qint64> recordCheck(const ProviderCheckRecord& record) const;
    /// Newest first.
    Result<QList<ProviderCheckRecord>> checks(qint64 providerId, int limit = 50) const;

private:
    const Database& m_database;
};

} // namespace backoffice
