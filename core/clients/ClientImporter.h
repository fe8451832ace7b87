// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"

#include <QList>
#include <QString>

class QIODevice;

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
        UnterminatedQuote, ///< not valid CSV: a quoted field is never closed (nothing after it is read)
        QuoteInUnquotedField, ///< not valid CSV: a `"` inside a field that did not start with one
        TextAfterClosingQuote, ///< not valid CSV: text between a closing quote and the separator
        BareCarriageReturn, ///< lines end with CR alone (old Mac); nothing after it is read
        ReadFailed, ///< the file could not be read to its end; detail: the system's message
        WrongFieldCount,
        InvalidUtf8, ///< `position` is the character where the bad bytes start; detail: the byte
        ControlCharacter, ///< C0/C1 controls and DEL; `position` and detail (U+XXXX) say which
        BidiControl, ///< bidirectional overrides, isolates and marks; `position` and detail say which
        TooLong, ///< detail: the maximum number of characters
        Required,
        NotAPositiveInteger,
        IdOutOfRange, ///< above MaxClientId
        DuplicateInFile, ///< detail: the line of the first occurrence
        AlreadyExists,
        BadEmail,
        PhoneNotE164,
        PhoneInvalid, ///< not a phone number at all: impossible length or no such country code
        PhoneNotInNumberingPlan, ///< a warning: imported, but the numbering plan does not know the range
        BadCountry,
        UnknownMethod,
        SmsNeedsPhone,
        MustBeEmpty, ///< a TOTP setting on a client whose method is not the authenticator
        SecretNotBase32, ///< detail: what is wrong (character and position, length, padding)
        SecretTooShort,
        DigitsOutOfRange,
        PeriodOutOfRange,
        UnknownAlgorithm,
    };

    qint64 line = 0; ///< 1-based line in the file where the record starts
    QString column; ///< the CSV column name ("" for the whole record)
    Reason reason = Reason::Required;
    QString detail; ///< untranslated context: the expected header, the first line of a duplicate
    qsizetype position = 0; ///< 1-based character in the field, for encoding and character problems

    /// `line N: column: reason` in English (QCoreApplication::translate context "ImportProblem").
    QString toString() const;
};

/// What an import did: either the problems (and nothing was written) or the number of clients added,
/// with warnings about what was imported anyway.
struct ImportOutcome
{
    QList<ImportProblem> problems; ///< the first ClientImporter::MaxListed, in file order
    qint64 problemCount = 0; ///< all of them
    QList<ImportProblem> warnings; ///< the first MaxListed; rows imported all the same
    qint64 warningCount = 0;
    qint64 imported = 0;

    bool ok() const { return problemCount == 0; }
};

/// Imports clients from CSV (RFC 4180, UTF-8) with the header
/// `id,first_name,last_name,email,phone,country,twofa_method,totp_secret,totp_digits,totp_period,totp_algorithm`.
/// It stands in for the client UI (the only place a second factor is turned on).
///
/// The file is streamed: each row is validated and inserted inside one write transaction, so memory
/// stays flat whatever the size of the file. After the first bad row every remaining row is still
/// checked, so all problems are reported, and then the transaction is rolled back: one bad row
/// means nothing is imported. Hostile text is refused with its line, column and character: bytes
/// that are not UTF-8, control and bidirectional-override characters, over-long fields.
/// Authenticator secrets are sealed with the data key on the way in and never stored in clear.
class ClientImporter
{
public:
    /// At most this many problems (and warnings) are listed; all are counted.
    static constexpr int MaxListed = 1000;
    /// The longest value each column accepts, in characters.
    static int maximumLength(int column);
    static const QStringList& expectedHeader();

    ClientImporter(const Database& database, const AuditLog& audit, const SecretCipher& cipher,
                   const Clock& clock = SystemClock::instance());

    /// Validates and inserts every client of `csv` (open for reading) and one `clients.import` audit
    /// event, in one transaction. Errors: PermissionDenied, Storage; bad rows are reported in the
    /// outcome (nothing written), not as an error.
    Result<ImportOutcome> import(const Actor& actor, QIODevice& csv) const;
    /// The same for a file already in memory.
    Result<ImportOutcome> import(const Actor& actor, const QByteArray& csv) const;

private:
    const Database& m_database;
    const AuditLog& m_audit;
    const SecretCipher& m_cipher;
    const Clock& m_clock;
};

} // namespace backoffice
