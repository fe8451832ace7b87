// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/CsvReader.h"

namespace backoffice {

CsvReader::Parsed CsvReader::parse(const QString& text)
{
    Parsed parsed;
    const qsizetype size = text.size();
    qsizetype i = 0;
    int line = 1;

    while (i < size) {
        CsvRecord record;
        record.line = line;
        bool recordBroken = false;
        bool recordEnded = false;
        while (!recordEnded) {
            QString field;
            const int fieldNumber = int(record.fields.size()) + 1;
            if (i < size && text.at(i) == u'"') {
                ++i;
                bool closed = false;
                while (i < size) {
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < size && text.at(i + 1) == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\n')
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    parsed.errors.append({record.line, fieldNumber, CsvSyntaxError::Kind::UnterminatedQuote});
                    return parsed;
                }
                // After the closing quote only a separator or the line end may follow.
                if (i < size && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r') {
                    if (!recordBroken)
                        parsed.errors.append({line, fieldNumber, CsvSyntaxError::Kind::TextAfterClosingQuote});
                    recordBroken = true;
                    while (i < size && text.at(i) != u',' && text.at(i) != u'\n')
                        ++i;
                }
            } else {
                while (i < size) {
                    const QChar c = text.at(i);
                    if (c == u',' || c == u'\n' || (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                        || (c == u'\r' && i + 1 == size))
                        break;
                    if (c == u'"' && !recordBroken) {
                        parsed.errors.append({line, fieldNumber, CsvSyntaxError::Kind::QuoteInUnquotedField});
                        recordBroken = true;
                    }
                    field += c;
                    ++i;
                }
            }
            record.fields.append(field);
            if (i >= size) {
                recordEnded = true;
            } else if (text.at(i) == u',') {
                ++i;
            } else {
                if (text.at(i) == u'\r')
                    ++i;
                if (i < size && text.at(i) == u'\n')
                    ++i;
                ++line;
                recordEnded = true;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!recordBroken && !blank)
            parsed.records.append(record);
    }
    return parsed;
}

} // namespace backoffice
