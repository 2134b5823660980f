#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

// One record of a CSV text and where it stands in the file.
struct CsvRecord
{
    int line = 0;       // the physical line (from 1) where the record starts
    QStringList fields; // at most CsvReader::kMaxFields; fieldCount says how many there were
    qsizetype fieldCount = 0;
    bool unterminatedQuote = false; // a quoted field ran to the end of the text
};

// Splits text into CSV records as RFC 4180 describes them, and as spreadsheets write them:
// fields separated by a delimiter, quoted with double quotes, a doubled quote standing for
// one, line breaks (CRLF, LF or a lone CR) ending a record except inside quotes. It is lenient
// where spreadsheets are sloppy: a quote inside an unquoted field, or text after a closing
// quote, is kept as it is. It never fails; what it could not make sense of is flagged.
class CsvReader final
{
public:
    static constexpr qsizetype kMaxFields = 256; // more are counted but not kept

    CsvReader(QStringView text, QChar delimiter);

    // Reads the next record; false at the end of the text.
    bool next(CsvRecord &record);

    // The delimiter a header line uses: the most frequent of comma, semicolon and tab outside
    // quotes; a comma when there is none.
    static QChar detectDelimiter(QStringView headerLine);

private:
    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_position = 0;
    int m_line = 1;
};
