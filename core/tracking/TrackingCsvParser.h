#pragma once

#include "core/tracking/TrackingCandidate.h"
#include "core/tracking/TrackingNumberDetector.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>

// Why a whole import file was refused; no row of it is applied.
enum class TrackingImportFileError {
    None,
    Unreadable,      // it could not be opened or read
    TooLarge,        // more than TrackingCsvParser::kMaxFileBytes
    TooManyRows,     // more than TrackingCsvParser::kMaxRows data rows
    Empty,           // no header row
    NoHeader,        // the first row names none of the columns
    MissingColumn,   // the header has no order or no tracking number column
    DuplicateColumn, // the header names a column twice
};

// Why one row was skipped.
enum class TrackingImportRowError {
    MissingOrder,
    OrderTooLong,
    MissingNumber,
    BadNumber,         // the detector refused the text (see TrackingNumberInput)
    SpreadsheetNumber, // a spreadsheet turned the number into "3.70725E+17"
    WrongCheckDigit,
    UnknownCompany,
    TooManyColumns,
    UnterminatedQuote,
};

// A row that can be applied.
struct TrackingImportRow
{
    int line = 0;                 // the physical line of the file where the row starts
    QString order;                // as written, trimmed ("#1001", "1001")
    QString number;               // normalised, as the carrier tracks it
    QString company;              // Shopify's spelling; empty when neither given nor detected
    QString url;                  // the carrier's tracking page, when known
    bool companyDetected = false; // the file gave no company, the detector chose it
    CheckDigitState checkDigit = CheckDigitState::NotApplicable;

    friend bool operator==(const TrackingImportRow &, const TrackingImportRow &) = default;
};

// A row that was skipped, and why.
struct TrackingImportProblem
{
    int line = 0;
    TrackingImportRowError error = TrackingImportRowError::BadNumber;
    QString message; // translated, without the line number

    friend bool operator==(const TrackingImportProblem &, const TrackingImportProblem &) = default;
};

struct TrackingImportResult
{
    TrackingImportFileError fileError = TrackingImportFileError::None;
    QString fileErrorMessage; // translated; empty when the file was read
    QList<TrackingImportRow> rows;
    QList<TrackingImportProblem> problems;
    QChar delimiter;              // as detected from the header
    bool decodedAsLatin1 = false; // the file was not UTF-8 (older Excel "CSV" on Windows)

    bool isReadable() const { return fileError == TrackingImportFileError::None; }
};

// Reads a tracking import file: a header row, then one row per tracking number with the
// columns order, tracking number and, optionally, company, in any order. It accepts what
// spreadsheets write: UTF-8 with or without a byte order mark (Latin-1 when it is not UTF-8),
// comma, semicolon or tab as delimiter (from the header; an Excel "sep=;" line is honoured),
// quoted fields with line breaks, CRLF or LF. Blank rows are skipped; a bad row is reported by
// its line and skipped, and the other rows still count. docs/tracking-numbers.md lists the
// column names it knows in English, Danish and German.
class TrackingCsvParser final
{
public:
    static constexpr qint64 kMaxFileBytes = qint64(10) * 1024 * 1024;
    static constexpr int kMaxRows = 50000;
    static constexpr qsizetype kMaxOrderLength = 255;

    explicit TrackingCsvParser(const TrackingNumberDetector &detector);

    TrackingImportResult parse(const QByteArray &content) const;
    TrackingImportResult parseFile(const QString &path) const;

private:
    TrackingNumberDetector m_detector;
};
