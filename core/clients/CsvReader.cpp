// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/CsvReader.h"

#include <QBuffer>
#include <QIODevice>

namespace backoffice {

namespace {
constexpr qint64 ChunkSize = 64 * 1024;
constexpr int EndOfFile = -1;
} // namespace

CsvReader::CsvReader(QIODevice& device, CsvLimits limits) : m_device(device), m_limits(limits) { }

bool CsvReader::refill()
{
    if (m_readFailed)
        return false;
    m_buffer.resize(ChunkSize);
    const qint64 n = m_device.read(m_buffer.data(), ChunkSize);
    if (n < 0) {
        m_readFailed = true;
        m_buffer.clear();
        m_position = 0;
        return false;
    }
    m_buffer.resize(n);
    m_position = 0;
    return n > 0;
}

int CsvReader::peek()
{
    if (m_position >= m_buffer.size() && !refill())
        return EndOfFile;
    return quint8(m_buffer.at(m_position));
}

int CsvReader::get()
{
    const int c = peek();
    if (c != EndOfFile) {
        ++m_position;
        ++m_consumed;
    }
    return c;
}

bool CsvReader::next(CsvRecord& record)
{
    if (!m_started) {
        m_started = true;
        // A byte order mark some spreadsheets write.
        if (peek() == 0xEF && m_buffer.size() - m_position >= 3 && m_buffer.mid(m_position, 3) == "\xEF\xBB\xBF") {
            m_position += 3;
            m_consumed += 3;
        }
    }
    for (;;) {
        if (m_finished || peek() == EndOfFile)
            return false;
        record.line = m_line;
        record.fields.clear();
        record.fieldCount = 0;
        record.error.reset();
        auto fail = [&](CsvSyntaxError::Kind kind) {
            if (!record.error)
                record.error = CsvSyntaxError {m_line, int(std::min<qsizetype>(record.fieldCount, 1 << 30)), kind};
        };

        bool recordEnded = false;
        while (!recordEnded) {
            ++record.fieldCount;
            CsvField field;
            const bool keep = record.fieldCount <= m_limits.maxFields;
            auto append = [&](int c) {
                if (!keep)
                    return;
                if (field.bytes.size() < m_limits.maxFieldBytes)
                    field.bytes.append(char(c));
                else
                    field.overlong = true;
            };
            if (peek() == '"') {
                get();
                bool closed = false;
                for (int c = get(); c != EndOfFile; c = get()) {
                    if (c == '"') {
                        if (peek() == '"') {
                            get();
                            append('"');
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == '\n')
                        ++m_line;
                    append(c);
                }
                if (!closed) {
                    // Reported on the line the record starts, where the quote was opened.
                    record.error.reset();
                    record.error = CsvSyntaxError {record.line, int(std::min<qsizetype>(record.fieldCount, 1 << 30)),
                                                   CsvSyntaxError::Kind::UnterminatedQuote};
                    m_finished = true;
                    return true;
                }
                // After the closing quote only a separator or the line end may follow.
                int c = peek();
                if (c != EndOfFile && c != ',' && c != '\n' && c != '\r') {
                    fail(CsvSyntaxError::Kind::TextAfterClosingQuote);
                    while ((c = peek()) != EndOfFile && c != ',' && c != '\n' && c != '\r')
                        get();
                }
            } else {
                for (int c = peek(); c != EndOfFile && c != ',' && c != '\n' && c != '\r'; c = peek()) {
                    if (c == '"')
                        fail(CsvSyntaxError::Kind::QuoteInUnquotedField);
                    append(get());
                }
            }
            if (keep)
                record.fields.append(std::move(field));
            const int c = get();
            if (c == EndOfFile) {
                recordEnded = true;
            } else if (c == ',') {
                continue;
            } else if (c == '\r' && peek() != '\n') {
                record.error.reset();
                record.error = CsvSyntaxError {m_line, int(std::min<qsizetype>(record.fieldCount, 1 << 30)),
                                               CsvSyntaxError::Kind::BareCarriageReturn};
                m_finished = true;
                return true;
            } else {
                if (c == '\r')
                    get();
                ++m_line;
                recordEnded = true;
            }
        }
        const bool blank = record.fieldCount == 1 && record.fields.first().bytes.isEmpty()
            && !record.fields.first().overlong && !record.error;
        if (!blank)
            return true;
    }
}

CsvReader::Parsed CsvReader::parse(const QByteArray& text, CsvLimits limits)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, limits);
    Parsed parsed;
    CsvRecord record;
    while (reader.next(record))
        parsed.records.append(record);
    return parsed;
}

} // namespace backoffice
