// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

class QIODevice;

namespace backoffice {

/// A place where the text is not valid RFC 4180.
struct CsvSyntaxError
{
    enum class Kind
    {
        UnterminatedQuote, ///< a quoted field runs to the end of the file
        QuoteInUnquotedField, ///< a `"` inside a field that did not start with one
        TextAfterClosingQuote, ///< characters between a closing quote and the next comma or line end
        BareCarriageReturn, ///< a CR not followed by LF outside quotes (old Mac line endings)
    };
    qint64 line = 0;
    int field = 0; ///< 1-based
    Kind kind = Kind::UnterminatedQuote;

    /// Whether reading stops here (the rest of the file cannot be split into records reliably).
    bool isFatal() const { return kind == Kind::UnterminatedQuote || kind == Kind::BareCarriageReturn; }
};

/// What a CsvReader keeps of a record, so memory stays bounded whatever the file holds.
struct CsvLimits
{
    qsizetype maxFieldBytes = 4096; ///< bytes kept of one field; the rest is counted, not kept
    qsizetype maxFields = 64; ///< fields kept of one record; the rest are counted, not kept
};

/// One field as it is in the file: raw bytes (UTF-8 is checked by whoever reads them), at most
/// CsvLimits::maxFieldBytes of them.
struct CsvField
{
    QByteArray bytes;
    bool overlong = false; ///< the field had more bytes than the limit; `bytes` holds the first ones
};

/// One record of a CSV file and the line it starts on (a quoted field may span several lines).
struct CsvRecord
{
    qint64 line = 0;
    QList<CsvField> fields; ///< at most CsvLimits::maxFields
    qsizetype fieldCount = 0; ///< how many fields the record really has
    std::optional<CsvSyntaxError> error; ///< the record's first syntax error; its fields are then unreliable
};

/// Splits RFC 4180 text into records, streaming from a device with memory bounded by the limits
/// whatever the size of the file: comma separated, fields optionally in double quotes, a doubled
/// quote inside quotes is one quote, quoted fields may hold commas and line breaks, lines end with
/// CRLF or LF (a bare CR is reported, not guessed at). A UTF-8 byte order mark at the start is
/// skipped. Works on bytes: the separators are ASCII and never occur inside a UTF-8 sequence.
/// Written by hand because Qt has no CSV reader and the import must report the exact line of every
/// problem.
class CsvReader
{
public:
    using Limits = CsvLimits;

    explicit CsvReader(QIODevice& device, CsvLimits limits = CsvLimits());
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// The next record (a blank line is skipped; a final line break does not make an empty record),
    /// or false at the end of the file, after a fatal syntax error (reported in the record before)
    /// or when the device fails to read (see readFailed()).
    bool next(CsvRecord& record);
    bool readFailed() const { return m_readFailed; }
    /// Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed; }

    struct Parsed
    {
        QList<CsvRecord> records; ///< including those with a syntax error
    };
    /// Everything of an in-memory text at once (tests, fuzzing).
    static Parsed parse(const QByteArray& text, CsvLimits limits = CsvLimits());

private:
    int peek();
    int get();
    bool refill();

    QIODevice& m_device;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_finished = false;
    bool m_readFailed = false;
};

} // namespace backoffice
