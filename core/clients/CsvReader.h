// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace backoffice {

/// One record of a CSV file and the line it starts on (a quoted field may span several lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// A place where the text is not valid RFC 4180.
struct CsvSyntaxError
{
    enum class Kind
    {
        UnterminatedQuote, ///< a quoted field runs to the end of the file
        QuoteInUnquotedField, ///< a `"` inside a field that did not start with one
        TextAfterClosingQuote, ///< characters between a closing quote and the next comma or line end
    };
    int line = 0;
    int field = 0; ///< 1-based
    Kind kind = Kind::UnterminatedQuote;
};

/// Splits RFC 4180 text into records: comma separated, fields optionally in double quotes, a doubled
/// quote inside quotes is one quote, quoted fields may hold commas and line breaks, lines end with
/// CRLF or LF. Written by hand because Qt has no CSV reader and the import must report the exact
/// line of every problem.
class CsvReader
{
public:
    struct Parsed
    {
        QList<CsvRecord> records;
        QList<CsvSyntaxError> errors;
    };

    /// Parses everything; a record with a syntax error is reported and left out. A final line break
    /// does not make an empty record; blank lines elsewhere are skipped.
    static Parsed parse(const QString& text);
};

} // namespace backoffice
