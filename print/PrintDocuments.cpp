#include "print/PrintDocuments.h"

#include "print/CommandSheetRenderer.h"
#include "print/PageCursor.h"
#include "print/PaperFormat.h"
#include "print/PickList.h"
#include "print/PickListRenderer.h"
#include "print/SlipRenderer.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

// Fine enough that every barcode module is a whole number of the PDF's units at the sizes a
// 203 or 300 dpi printer needs (BarcodePainter).
constexpr int kPdfDpi = 1200;

} // namespace

bool PrintDocuments::paint(QPagedPaintDevice *device,
                           Kind kind,
                           const QList<Order> &orders,
                           const PrintSettings &settings,
                           const QDateTime &now)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    PageCursor cursor(&painter, device);
    switch (kind) {
    case Kind::Slips:
        SlipRenderer(settings).render(cursor, orders);
        break;
    case Kind::PickList:
        PickListRenderer().render(cursor, PickList::of(orders), now);
        break;
    case Kind::CommandSheet:
        CommandSheetRenderer().render(cursor);
        break;
    }
    return painter.end();
}

bool PrintDocuments::writePdf(const QString &path,
                              Kind kind,
                              const QList<Order> &orders,
                              const PrintSettings &settings,
                              const QDateTime &now,
                              QString *problem)
{
    // Written to a temporary file and moved into place: a failed run leaves the old file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *problem = tr("Cannot write %1: %2. Choose another file or folder.")
                       .arg(path, file.errorString());
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfDpi);
        writer.setPageLayout(PaperFormat::pageLayout(settings.paper));
        writer.setCreator(u"Smidig"_s);
        writer.setTitle(kind == Kind::Slips      ? tr("Packing slips")
                        : kind == Kind::PickList ? tr("Pick list")
                                                 : tr("Pack mode commands"));
        painted = paint(&writer, kind, orders, settings, now);
    }
    if (!painted || !file.commit()) {
        file.cancelWriting();
        *problem = tr("Cannot write %1: %2. Choose another file or folder.")
                       .arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<Order> PrintDocuments::readWhole(const QList<Order> &orders, QStringList *leftOut)
{
    QList<Order> whole;
    whole.reserve(orders.size());
    for (const Order &order : orders) {
        if (order.detailsPending)
            leftOut->append(order.name);
        else
            whole.append(order);
    }
    return whole;
}

QString PrintDocuments::stillBeingRead(const QStringList &leftOut)
{
    // A few names say which; a long list would only push the sentence off the status bar.
    constexpr qsizetype kNamesShown = 5;
    QString names = leftOut.mid(0, kNamesShown).join(u", "_s);
    if (leftOut.size() > kNamesShown)
        names += u", \u2026"_s;
    return tr("Not printed: the items of %n order(s) (%1) are still being read from Shopify. "
              "Print them again once their items show.",
              nullptr,
              int(leftOut.size()))
        .arg(names);
}
