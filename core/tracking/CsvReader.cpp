#include "core/tracking/CsvReader.h"

#include <array>

CsvReader::CsvReader(QStringView text, QChar delimiter)
    : m_text(text)
    , m_delimiter(delimiter)
{}

bool CsvReader::next(CsvRecord &record)
{
    if (m_position >= m_text.size())
        return false;

    record = CsvRecord{};
    record.line = m_line;
    QString field;
    bool quoted = false; // inside a quoted section of the current field
    bool endOfRecord = false;

    const auto finishField = [&record, &field] {
        if (record.fieldCount < kMaxFields)
            record.fields.append(field);
        ++record.fieldCount;
        field.clear();
    };

    while (m_position < m_text.size() && !endOfRecord) {
        const QChar c = m_text[m_position++];
        if (quoted) {
            if (c == u'"') {
                if (m_position < m_text.size() && m_text[m_position] == u'"') {
                    field.append(u'"');
                    ++m_position;
                } else {
                    quoted = false;
                }
                continue;
            }
            // A line break inside quotes is data, but still a new line of the file.
            if (c == u'\n'
                || (c == u'\r' && (m_position >= m_text.size() || m_text[m_position] != u'\n')))
                ++m_line;
            field.append(c);
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            // Spaces before an opening quote are padding, not data.
            field.clear();
            quoted = true;
        } else if (c == m_delimiter) {
            finishField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && m_position < m_text.size() && m_text[m_position] == u'\n')
                ++m_position;
            ++m_line;
            endOfRecord = true;
        } else {
            field.append(c);
        }
    }
    record.unterminatedQuote = quoted;
    finishField();
    return true;
}

QChar CsvReader::detectDelimiter(QStringView headerLine)
{
    static constexpr std::array kCandidates{u',', u';', u'\t'};
    std::array<int, kCandidates.size()> counts{};
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == u'"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r')
            break;
        for (std::size_t i = 0; i < kCandidates.size(); ++i) {
            if (c == kCandidates[i])
                ++counts[i];
        }
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < kCandidates.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return QChar(kCandidates[best]);
}
