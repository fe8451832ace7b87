// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlRows.h"
#include "core/storage/SqlTime.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString providerColumns = u"id, kind, name, enabled, account_id, api_key_sid, sender, base_url, status_page_url, "
                                u"low_balance_threshold, timeout_ms, has_secret, row_version, created_at, updated_at, "
                                u"reports_base_url, lookup_base_url"_s;
const QString checkColumns
    = u"id, provider_id, at, check_kind, outcome, failure, balance, currency, provider_code, detail, operator"_s;

ProviderConfig providerFrom(const QSqlQuery& row)
{
    ProviderConfig config;
    SqlRows::readColumns(row, config.id, config.kind, config.name, config.enabled, config.accountId, config.apiKeySid,
                         config.sender, config.baseUrl, config.statusPageUrl, config.lowBalanceThreshold,
                         config.timeoutMs, config.hasSecret, config.rowVersion, config.createdAt, config.updatedAt,
                         config.reportsBaseUrl, config.lookupBaseUrl);
    return config;
}

ProviderCheckRecord checkFrom(const QSqlQuery& row)
{
    ProviderCheckRecord record;
    SqlRows::readColumns(row, record.id, record.providerId, record.at,
                         SqlRows::parsed(record.kind, checkKindFromString, CheckKind::Credentials),
                         SqlRows::parsed(record.outcome, checkOutcomeFromString, CheckOutcome::Problem), record.failure,
                         record.balance, record.currency, record.providerCode, record.detail, record.operatorName);
    return record;
}

QVariant thresholdValue(const ProviderConfig& config)
{
    return config.lowBalanceThreshold ? QVariant(*config.lowBalanceThreshold) : QVariant(QMetaType(QMetaType::Double));
}

int severity(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Problem:
        return 3;
    case CheckOutcome::Warning:
        return 2;
    case CheckOutcome::Ok:
        return 1;
    case CheckOutcome::Cancelled:
        return 0;
    }
    return 0;
}

} // namespace

ProviderRepository::ProviderRepository(const Database& database) : m_database(database) { }

Result<QList<ProviderConfig>> ProviderRepository::list() const
{
    return SqlRows::select(m_database,
                           u"SELECT %1 FROM sms_providers ORDER BY %2, id"_s.arg(
                               providerColumns, m_database.dialect().caseInsensitive(u"name"_s)),
                           {}, providerFrom);
}

Result<QList<ProviderSummary>> ProviderRepository::summaries() const
{
    auto providers = list();
    if (!providers)
        return providers.error();
    QList<ProviderSummary> result;
    for (const ProviderConfig& config : providers.value()) {
        ProviderSummary summary;
        summary.config = config;
        auto balance
            = SqlRows::selectFirst(m_database,
                                   u"SELECT %1 FROM sms_provider_checks WHERE provider_id = ? AND check_kind = "
                                   u"'balance' AND balance IS NOT NULL ORDER BY id DESC LIMIT 1"_s.arg(checkColumns),
                                   {config.id}, checkFrom);
        if (!balance)
            return balance.error();
        summary.lastBalance = balance.value();
        auto last = SqlRows::selectFirst(
            m_database,
            u"SELECT %1 FROM sms_provider_checks WHERE provider_id = ? ORDER BY id DESC LIMIT 1"_s.arg(checkColumns),
            {config.id}, checkFrom);
        if (!last)
            return last.error();
        summary.lastCheck = last.value();
        for (const CheckKind kind : {CheckKind::Credentials, CheckKind::Balance, CheckKind::ServiceStatus}) {
            auto latest
                = SqlRows::selectFirst(m_database,
                                       u"SELECT %1 FROM sms_provider_checks WHERE provider_id = ? AND check_kind = ? "
                                       u"AND outcome <> 'cancelled' ORDER BY id DESC LIMIT 1"_s.arg(checkColumns),
                                       {config.id, checkKindToString(kind)}, checkFrom);
            if (!latest)
                return latest.error();
            if (!latest.value())
                continue;
            const ProviderCheckRecord& record = *latest.value();
            if (!summary.health || severity(record.outcome) > severity(summary.health->outcome)
                || (severity(record.outcome) == severity(summary.health->outcome) && record.id > summary.health->id))
                summary.health = record;
        }
        result.append(summary);
    }
    return result;
}

Result<ProviderConfig> ProviderRepository::find(qint64 id) const
{
    return SqlRows::theOne(SqlRows::select(m_database,
                                           u"SELECT %1 FROM sms_providers WHERE id = ?"_s.arg(providerColumns), {id},
                                           providerFrom),
                           u"provider"_s, QString::number(id));
}

Result<qint64> ProviderRepository::countEnabled() const
{
    return m_database.integer(u"SELECT count(*) FROM sms_providers WHERE enabled = 1"_s);
}

Result<qint64> ProviderRepository::insertInTransaction(const ProviderConfig& config, const QDateTime& now) const
{
    auto inserted = m_database.insert(
        u"INSERT INTO sms_providers (kind, name, enabled, account_id, api_key_sid, sender, base_url, status_page_url, "
        u"low_balance_threshold, timeout_ms, has_secret, created_at, updated_at, row_version, reports_base_url, "
        u"lookup_base_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1, ?, ?)"_s,
        {Database::text(config.kind), Database::text(config.name.trimmed()), config.enabled ? 1 : 0,
         Database::text(config.accountId), Database::text(config.apiKeySid), Database::text(config.sender),
         Database::text(config.baseUrl), Database::text(config.statusPageUrl), thresholdValue(config), config.timeoutMs,
         SqlTime::bind(now), SqlTime::bind(now), Database::text(config.reportsBaseUrl),
         Database::text(config.lookupBaseUrl)});
    if (!inserted) {
        if (Database::isUniqueViolation(inserted.error()))
            return Error {Error::Code::Conflict, u"name"_s,
                          u"a provider named '%1' exists"_s.arg(config.name.trimmed())};
        return inserted.error();
    }
    return inserted;
}

Status ProviderRepository::updateInTransaction(const ProviderConfig& config, const QDateTime& now) const
{
    auto updated = m_database.exec(
        u"UPDATE sms_providers SET name = ?, enabled = ?, account_id = ?, api_key_sid = ?, sender = ?, base_url = ?, "
        u"status_page_url = ?, low_balance_threshold = ?, timeout_ms = ?, updated_at = ?, row_version = row_version + "
        u"1, reports_base_url = ?, lookup_base_url = ? "
        u"WHERE id = ? AND row_version = ?"_s,
        {Database::text(config.name.trimmed()), config.enabled ? 1 : 0, Database::text(config.accountId),
         Database::text(config.apiKeySid), Database::text(config.sender), Database::text(config.baseUrl),
         Database::text(config.statusPageUrl), thresholdValue(config), config.timeoutMs, SqlTime::bind(now),
         Database::text(config.reportsBaseUrl), Database::text(config.lookupBaseUrl), config.id, config.rowVersion});
    if (!updated) {
        if (Database::isUniqueViolation(updated.error()))
            return Error {Error::Code::Conflict, u"name"_s,
                          u"a provider named '%1' exists"_s.arg(config.name.trimmed())};
        return updated.error();
    }
    if (updated.value().numRowsAffected() != 1)
        return Error::conflict(u"provider %1 changed since it was opened"_s.arg(config.id));
    return Ok {};
}

Status ProviderRepository::removeInTransaction(qint64 id) const
{
    auto removed = m_database.exec(u"DELETE FROM sms_providers WHERE id = ?"_s, {id});
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() != 1)
        return Error::notFound(u"provider"_s, QString::number(id));
    return Ok {};
}

Status ProviderRepository::setHasSecretInTransaction(qint64 id, bool hasSecret, const QDateTime& now) const
{
    auto updated = m_database.exec(
        u"UPDATE sms_providers SET has_secret = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"_s,
        {hasSecret ? 1 : 0, SqlTime::bind(now), id});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error::notFound(u"provider"_s, QString::number(id));
    return Ok {};
}

Result<qint64> ProviderRepository::recordCheck(const ProviderCheckRecord& record) const
{
    return m_database.insert(
        u"INSERT INTO sms_provider_checks (provider_id, at, check_kind, outcome, failure, balance, currency, "
        u"provider_code, detail, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {record.providerId, SqlTime::bind(record.at), checkKindToString(record.kind),
         checkOutcomeToString(record.outcome), Database::text(record.failure),
         record.balance.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(record.balance),
         record.currency.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(record.currency),
         Database::text(record.providerCode), Database::text(record.detail), Database::text(record.operatorName)});
}

Result<QList<ProviderCheckRecord>> ProviderRepository::checks(qint64 providerId, int limit) const
{
    return SqlRows::select(
        m_database,
        u"SELECT %1 FROM sms_provider_checks WHERE provider_id = ? ORDER BY id DESC LIMIT ?"_s.arg(checkColumns),
        {providerId, limit}, checkFrom);
}

} // namespace backoffice
