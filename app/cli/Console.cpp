#include "app/cli/Console.h"

#include <algorithm>
#include <cstdio>

namespace Console {

void out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QByteArray table(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return {};
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells.append(c + 1 == row.size() ? row.at(c) : row.at(c).leftJustified(widths.value(c)));
        text += cells.join(QStringLiteral("  ")).trimmed() + u'\n';
    }
    return text.toUtf8();
}

void err(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace Console
