// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clients/Client.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "operators/Actor.h"

#include <QList>
#include <QString>

namespace backoffice {

class AuditLog;
class Database;
class SecretCipher;

/// One thing wrong with an import file, reported as `line N: column: reason`.
struct ImportProblem
{
    enum class Reason
    {
        EmptyFile,
        BadHeader, ///< the header is not exactly the expected column list
        CsvSyntax, ///< the text is not valid RFC 4180 (detail says how)
        WrongFieldCount,
        Required,
        NotAPositiveInteger,
        DuplicateInFile, ///< detail: the line of the first occurrence
        AlreadyExists,
        BadEmail,
        PhoneNotE164,
        PhoneInvalid,
        BadCountry,
        UnknownMethod,
        SmsNeedsPhone,
        MustBeEmpty, ///< a TOTP setting on a client whose method is not the authenticator
        SecretNotBase32,
        SecretTooShort,
        DigitsOutOfRange,
        PeriodOutOfRange,
        UnknownAlgorithm,
    };

    int line = 0; ///< 1-based line in the file where the record starts
    QString column; ///< the CSV column name ("" for the whole record)
    Reason reason = Reason::Required;
    QString detail; ///< untranslated context: the expected header, the first line of a duplicate

    /// `line N: column: reason` in English (QCoreApplication::translate context "ImportProblem").
    QString toString() const;
};

/// What an import did: either the problems (and nothing was written) or the number of clients added.
struct ImportOutcome
{
    QList<ImportProblem> problems;
    int imported = 0;

    bool ok() const { return problems.isEmpty(); }
};

/// Imports clients from CSV (RFC 4180) with the header
/// `id,first_name,last_name,email,phone,country,twofa_method,totp_secret,totp_digits,totp_period,totp_algorithm`.
/// It stands in for the client UI (the only place a second factor is turned on). Every row is validated
/// before anything is written; one bad row means nothing is imported. Authenticator secrets are sealed
/// with the data key on the way in and never stored in clear.
class ClientImporter
{
public:
    static const QStringList& expectedHeader();

    ClientImporter(const Database& database, const AuditLog& audit, const SecretCipher& cipher,
                   const Clock& clock = SystemClock::instance());

    /// Validates every record (including ids already in the database) and returns the clients ready to
    /// insert (secrets sealed, enabled at import time) or every problem found.
    ImportOutcome validate(const QString& csv, QList<Client>* clients) const;
    /// Validates, then inserts all clients and one `clients.import` audit event in one transaction.
    /// Errors: PermissionDenied, Storage; bad rows are reported in the outcome, not as an error.
    Result<ImportOutcome> import(const Actor& actor, const QString& csv) const;

private:
    const Database& m_database;
    const AuditLog& m_audit;
    const SecretCipher& m_cipher;
    const Clock& m_clock;
};

} // namespace backoffice
