// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/clients/ClientRepository.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"

#include <QList>
#include <QString>

#include <functional>
#include <random>

namespace backoffice {

class AuditLog;
class Database;
class SecretCipher;

/// Makes realistic demo clients: names and e-mail domains from built-in lists, valid E.164 mobile
/// numbers from several countries, and a mix of no 2FA, an authenticator with a random 160-bit secret
/// (sealed with the data key) and SMS. Stands in for the client UI on a demo or test database.
/// Everything but the secrets (always from the system's random source) follows from the seed.
class DemoDataGenerator
{
public:
    /// Called after every batch; returning false cancels (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// From this many clients on (into a smaller table), SQLite indexes are built once at the end
    /// instead of row by row (see ClientRepository::BulkWriter).
    static constexpr qint64 BulkThreshold = ClientRepository::BulkThreshold;

    /// A country the generator draws numbers from: a prefix of a valid mobile range and how many
    /// trailing digits may vary (checked with libphonenumber once, so a million rows stay fast).
    struct MobileRange
    {
        QString region; ///< ISO 3166-1 alpha-2
        QString prefix; ///< E.164 start, e.g. "+4479"
        int freeDigits = 0;
    };
    static const QList<MobileRange>& mobileRanges();

    DemoDataGenerator(const SecretCipher& cipher, quint64 seed, const Clock& clock = SystemClock::instance());

    /// One client with the given id (which is also the associated data of its sealed secret).
    Result<Client> makeClient(qint64 id);

    /// Adds `count` clients after the highest id in the database, in one transaction with one
    /// `clients.demo` audit event. Errors: PermissionDenied, InvalidInput (the ids would pass
    /// MaxClientId), Cancelled (nothing written), Storage.
    Result<qint64> generate(const Database& database, const AuditLog& audit, const Actor& actor, qint64 count,
                            const Progress& progress = {});

private:
    int pick(int size);

    const SecretCipher& m_cipher;
    const Clock& m_clock;
    std::mt19937_64 m_random;
    quint64 m_seed;
};

} // namespace backoffice
