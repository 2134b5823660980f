#include "core/tracking/TrackingCsvParser.h"

#include "core/tracking/CsvReader.h"
#include "core/tracking/TrackingCompanies.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace {

enum class Column { Order, Number, Company };

// Header names people write, reduced to lower-case letters and digits ("Order #" reads
// "order", "Tracking-Nummer" reads "trackingnummer"); English, Danish and German.
constexpr std::array kOrderNames{
    u"order",         u"orders",         u"ordernumber",       u"orderno",        u"ordernr",
    u"orderid",       u"ordername",      u"orderref",          u"orderreference", u"ordre",
    u"ordrenummer",   u"ordrenr",        u"ordreno",           u"ordreid",        u"bestellung",
    u"bestellnummer", u"bestellnr",      u"bestellungsnummer", u"bestellungsnr",  u"bestellid",
    u"auftrag",       u"auftragsnummer", u"auftragsnr",
};
constexpr std::array kNumberNames{
    u"tracking",           u"trackingnumber", u"trackingnumbers",
    u"trackingno",         u"trackingnr",     u"trackingnummer",
    u"trackingcode",       u"trackingid",     u"tracknumber",
    u"tracktrace",         u"trackandtrace",  u"sporingsnummer",
    u"sporingsnr",         u"sporing",        u"sporingskode",
    u"forsendelsesnummer", u"pakkenummer",    u"kollinummer",
    u"sendungsnummer",     u"sendungsnr",     u"sendungsverfolgungsnummer",
    u"sendungsverfolgung", u"paketnummer",
};
constexpr std::array kCompanyNames{
    u"company",
    u"trackingcompany",
    u"carrier",
    u"carriername",
    u"shippingcarrier",
    u"shippingcompany",
    u"courier",
    u"fragtfirma",
    u"fragtselskab",
    u"fragtmand",
    u"transportør",
    u"transportor",
    u"transportoer",
    u"versanddienstleister",
    u"versanddienst",
    u"paketdienst",
    u"versandunternehmen",
    u"transportunternehmen",
    u"spediteur",
    u"zusteller",
};

QString headerKey(QStringView cell)
{
    QString key;
    for (const QChar c : cell.toString().toCaseFolded()) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

template<std::size_t N>
bool isOneOf(const QString &key, const std::array<const char16_t *, N> &names)
{
    return std::any_of(names.begin(), names.end(), [&key](const char16_t *name) {
        return key == QStringView(name);
    });
}

std::optional<Column> columnOf(QStringView cell)
{
    const QString key = headerKey(cell);
    if (isOneOf(key, kOrderNames))
        return Column::Order;
    if (isOneOf(key, kNumberNames))
        return Column::Number;
    if (isOneOf(key, kCompanyNames))
        return Column::Company;
    return std::nullopt;
}

QString decode(const QByteArray &bytes, bool *latin1)
{
    *latin1 = false;
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        // Excel's "Unicode text" is UTF-16 with a byte order mark.
        auto decoder = QStringDecoder(QStringDecoder::Utf16);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError())
            return text;
    }
    auto decoder = QStringDecoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Excel's plain "CSV" on Windows is in the ANSI code page; Latin-1 reads its letters
        // (æ, ø, å, ä, ö, ü, ß) the same.
        *latin1 = true;
        text = QString::fromLatin1(bytes);
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

bool isBlank(const CsvRecord &record)
{
    return std::all_of(record.fields.cbegin(),
                       record.fields.cend(),
                       [](const QString &field) { return field.trimmed().isEmpty(); })
           && record.fieldCount <= CsvReader::kMaxFields;
}

TrackingImportResult fileError(TrackingImportFileError error, const QString &message)
{
    TrackingImportResult result;
    result.fileError = error;
    result.fileErrorMessage = message;
    return result;
}

QString tooLargeMessage(qint64 size)
{
    const QLocale locale;
    //: %1 is the file's size, %2 the largest size allowed, such as "10.0 MiB"
    return QCoreApplication::translate(
               "Tracking",
               "The file is %1; at most %2 can be imported at once. Please split it into "
               "smaller files.")
        .arg(locale.formattedDataSize(size),
             locale.formattedDataSize(TrackingCsvParser::kMaxFileBytes));
}

// A spreadsheet that took a long number for a quantity shows it as "3.70725E+17": the digits
// after the first few are gone, and only exporting the column as text brings them back.
bool looksLikeSpreadsheetNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+([.,][0-9]+)?[eE]\\+?[0-9]+$"));
    return pattern.match(text).hasMatch();
}

} // namespace

TrackingCsvParser::TrackingCsvParser(const TrackingNumberDetector &detector)
    : m_detector(detector)
{}

TrackingImportResult TrackingCsvParser::parseFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file name, %2 the system's reason
        return fileError(TrackingImportFileError::Unreadable,
                         QCoreApplication::translate("Tracking", "Cannot read %1: %2")
                             .arg(path, file.errorString()));
    }
    if (file.size() > kMaxFileBytes)
        return fileError(TrackingImportFileError::TooLarge, tooLargeMessage(file.size()));
    // Read one byte more than allowed, for files whose size the system does not know.
    const QByteArray content = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return fileError(TrackingImportFileError::Unreadable,
                         QCoreApplication::translate("Tracking", "Cannot read %1: %2")
                             .arg(path, file.errorString()));
    }
    return parse(content);
}

TrackingImportResult TrackingCsvParser::parse(const QByteArray &content) const
{
    if (content.size() > kMaxFileBytes)
        return fileError(TrackingImportFileError::TooLarge, tooLargeMessage(content.size()));

    bool latin1 = false;
    const QString text = decode(content, &latin1);

    // Excel honours a first line "sep=;" naming the delimiter, and so do we.
    std::optional<QChar> announcedDelimiter;
    if (text.startsWith(u"sep=", Qt::CaseInsensitive) && text.size() >= 5
        && (text.size() == 5 || text[5] == u'\r' || text[5] == u'\n')
        && !QStringView(u"\"\r\n").contains(text[4])) {
        announcedDelimiter = text[4];
    }
    qsizetype headerStart = announcedDelimiter ? 5 : 0;
    while (headerStart < text.size() && text[headerStart].isSpace())
        ++headerStart;
    const QChar delimiter = announcedDelimiter.value_or(
        CsvReader::detectDelimiter(QStringView(text).sliced(headerStart)));

    CsvReader reader(text, delimiter);
    CsvRecord record;
    if (announcedDelimiter)
        reader.next(record);

    // The header: the first row that is not blank.
    bool haveHeader = false;
    while (reader.next(record)) {
        if (!isBlank(record)) {
            haveHeader = true;
            break;
        }
    }
    if (!haveHeader) {
        return fileError(TrackingImportFileError::Empty,
                         QCoreApplication::translate(
                             "Tracking",
                             "The file is empty. It needs a header row naming the columns "
                             "order, tracking number and, optionally, company."));
    }

    std::optional<qsizetype> orderColumn;
    std::optional<qsizetype> numberColumn;
    std::optional<qsizetype> companyColumn;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const auto column = columnOf(record.fields.at(i));
        if (!column)
            continue;
        std::optional<qsizetype> &slot = *column == Column::Order    ? orderColumn
                                         : *column == Column::Number ? numberColumn
                                                                     : companyColumn;
        if (slot) {
            //: %1 and %2 are two column names from the file's header
            return fileError(TrackingImportFileError::DuplicateColumn,
                             QCoreApplication::translate(
                                 "Tracking",
                                 "The header names the same column twice: \u201c%1\u201d "
                                 "and \u201c%2\u201d.")
                                 .arg(record.fields.at(*slot).trimmed(),
                                      record.fields.at(i).trimmed()));
        }
        slot = i;
    }
    if (!orderColumn && !numberColumn && !companyColumn) {
        //: %1 is the first line of the file as read
        return fileError(
            TrackingImportFileError::NoHeader,
            QCoreApplication::translate("Tracking",
                                        "The first row does not name the columns. It must name "
                                        "order, tracking number and, optionally, company, for "
                                        "example: order,tracking number,company. It reads: %1")
                .arg(record.fields.join(delimiter).left(100)));
    }
    if (!orderColumn) {
        return fileError(TrackingImportFileError::MissingColumn,
                         QCoreApplication::translate("Tracking",
                                                     "The header has no column for the order."));
    }
    if (!numberColumn) {
        return fileError(TrackingImportFileError::MissingColumn,
                         QCoreApplication::translate(
                             "Tracking", "The header has no column for the tracking number."));
    }

    TrackingImportResult result;
    result.delimiter = delimiter;
    result.decodedAsLatin1 = latin1;
    const qsizetype headerColumns = record.fieldCount;
    int dataRows = 0;

    while (reader.next(record)) {
        if (isBlank(record) && !record.unterminatedQuote)
            continue;
        if (++dataRows > kMaxRows) {
            //: %1 is the largest number of rows an import can have
            return fileError(
                TrackingImportFileError::TooManyRows,
                QCoreApplication::translate("Tracking",
                                            "The file has more than %1 rows. Please import at most "
                                            "%1 rows at a time.")
                    .arg(kMaxRows));
        }
        const auto problem = [&result, &record](TrackingImportRowError error,
                                                const QString &message) {
            result.problems.append({record.line, error, message});
        };
        const auto field = [&record](std::optional<qsizetype> column) {
            if (!column || *column >= record.fields.size())
                return QString();
            return record.fields.at(*column).trimmed();
        };

        if (record.unterminatedQuote) {
            problem(TrackingImportRowError::UnterminatedQuote,
                    QCoreApplication::translate(
                        "Tracking",
                        "A quoted field starts in this row and is never closed, so the "
                        "rest of the file was read as part of it."));
            continue;
        }
        if (record.fieldCount > headerColumns) {
            const bool extraHasData
                = std::any_of(record.fields.cbegin() + std::min(headerColumns, record.fields.size()),
                              record.fields.cend(),
                              [](const QString &f) { return !f.trimmed().isEmpty(); });
            if (extraHasData || record.fieldCount > CsvReader::kMaxFields) {
                //: %1 is how many columns the row has, %2 how many the header has
                problem(TrackingImportRowError::TooManyColumns,
                        QCoreApplication::translate(
                            "Tracking", "The row has %1 columns, but the header has only %2.")
                            .arg(record.fieldCount)
                            .arg(headerColumns));
                continue;
            }
        }

        const QString order = field(orderColumn);
        if (order.isEmpty()) {
            problem(TrackingImportRowError::MissingOrder,
                    QCoreApplication::translate("Tracking", "The order is missing."));
            continue;
        }
        if (order.size() > kMaxOrderLength) {
            //: %1 is the most characters an order reference can have
            problem(TrackingImportRowError::OrderTooLong,
                    QCoreApplication::translate("Tracking",
                                                "The order is longer than %1 characters.")
                        .arg(kMaxOrderLength));
            continue;
        }
        const QString numberText = field(numberColumn);
        if (numberText.isEmpty()) {
            problem(TrackingImportRowError::MissingNumber,
                    QCoreApplication::translate("Tracking", "The tracking number is missing."));
            continue;
        }
        if (looksLikeSpreadsheetNumber(numberText)) {
            //: %1 is the text found in the file, such as 3.70725E+17
            problem(TrackingImportRowError::SpreadsheetNumber,
                    QCoreApplication::translate(
                        "Tracking",
                        "The tracking number reads \u201c%1\u201d: a spreadsheet turned "
                        "it into a quantity and lost its digits. Format the column as "
                        "text and export the file again.")
                        .arg(numberText));
            continue;
        }
        const TrackingDetection detection = m_detector.detect(numberText);
        if (!detection.isValidInput()) {
            problem(TrackingImportRowError::BadNumber, detection.input.message());
            continue;
        }

        TrackingImportRow row;
        row.line = record.line;
        row.order = order;
        row.number = detection.input.number;
        const QString companyText = field(companyColumn);
        if (!companyText.isEmpty()) {
            const auto company = TrackingCompanies::canonical(companyText);
            if (!company) {
                const QStringList suggestions = TrackingCompanies::suggestions(companyText);
                QString message =
                    //: %1 is the company name found in the file
                    QCoreApplication::translate(
                        "Tracking", "\u201c%1\u201d is not in Shopify's list of tracking companies.")
                        .arg(companyText.left(100));
                if (!suggestions.isEmpty()) {
                    //: %1 is a list of company names
                    message += u' '
                               + QCoreApplication::translate("Tracking", "Did you mean %1?")
                                     .arg(suggestions.join(QStringLiteral(", ")));
                }
                problem(TrackingImportRowError::UnknownCompany, message);
                continue;
            }
            row.company = *company;
            const auto candidate = detection.candidateFor(row.company);
            if (candidate && candidate->checkDigit == CheckDigitState::Invalid) {
                //: %1 is a carrier, such as UPS
                problem(TrackingImportRowError::WrongCheckDigit,
                        QCoreApplication::translate(
                            "Tracking",
                            "The check digit is wrong for a %1 number. Please check the "
                            "number.")
                            .arg(row.company));
                continue;
            }
            if (candidate) {
                row.number = candidate->number;
                row.url = candidate->url;
                row.checkDigit = candidate->checkDigit;
            } else {
                row.url = TrackingNumberDetector::trackingUrl(row.company, row.number);
            }
        } else if (const auto best = detection.best()) {
            if (best->checkDigit == CheckDigitState::Invalid) {
                problem(TrackingImportRowError::WrongCheckDigit, detection.message());
                continue;
            }
            row.company = best->company;
            row.companyDetected = !best->company.isEmpty();
            row.number = best->number;
            row.url = best->url;
            row.checkDigit = best->checkDigit;
        }
        result.rows.append(row);
    }
    return result;
}
