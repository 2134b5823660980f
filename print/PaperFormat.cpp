#include "print/PaperFormat.h"

#include <QPageSize>
#include <QSizeF>

using namespace Qt::StringLiterals;

QPageLayout PaperFormat::pageLayout(Paper paper)
{
    QPageSize size;
    switch (paper) {
    case Paper::A4:
        size = QPageSize(QPageSize::A4);
        break;
    case Paper::Letter:
        size = QPageSize(QPageSize::Letter);
        break;
    case Paper::A6:
        size = QPageSize(QPageSize::A6);
        break;
    case Paper::Label4x6:
        size = QPageSize(QSizeF(4.0, 6.0), QPageSize::Inch, u"4x6"_s, QPageSize::ExactMatch);
        break;
    }
    const double margin = isLabel(paper) ? 5.0 : 15.0;
    return QPageLayout(size,
                       QPageLayout::Portrait,
                       QMarginsF(margin, margin, margin, margin),
                       QPageLayout::Millimeter);
}

QString PaperFormat::displayName(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return tr("A4");
    case Paper::Letter:
        return tr("Letter");
    case Paper::A6:
        return tr("A6 (105 × 148 mm)");
    case Paper::Label4x6:
        return tr("4 × 6 in label");
    }
    return {};
}

bool PaperFormat::isLabel(Paper paper)
{
    return paper == Paper::A6 || paper == Paper::Label4x6;
}
