#include "ui/tracking/TrackingEditor.h"

#include "ui/models/TrackingCompanyModel.h"
#include "ui/tracking/ShipmentTrackingRow.h"
#include "ui/tracking/TrackingNumberEdit.h"
#include "ui/tracking/TrackingNumberField.h"

#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TrackingEditor::TrackingEditor(const QString &shopCountry, QWidget *parent)
    : QScrollArea(parent)
    , m_detector(shopCountry)
    , m_companies(new TrackingCompanyModel(shopCountry, this))
    , m_content(new QWidget)
{
    setObjectName(u"trackingEditor"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addStretch(1);
}

void TrackingEditor::setShipments(const QList<Shipment> &shipments)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    auto *layout = static_cast<QVBoxLayout *>(m_content->layout());
    for (const Shipment &shipment : shipments) {
        auto *row = new ShipmentTrackingRow(shipment.title, &m_detector, m_companies, m_content);
        row->setObjectName(u"shipment%1"_s.arg(m_rows.size()));
        if (!shipment.tracking.isEmpty())
            row->setTracking(shipment.tracking);
        connect(row, &ShipmentTrackingRow::advanceRequested, this, &TrackingEditor::advanceFrom);
        connect(row, &ShipmentTrackingRow::changed, this, &TrackingEditor::changed);
        connect(row, &ShipmentTrackingRow::fieldsChanged, this, &TrackingEditor::chainFocus);
        layout->insertWidget(layout->count() - 1, row);
        m_rows.append(row);
    }
    chainFocus();
    emit changed();
}

QList<QWidget *> TrackingEditor::focusChain() const
{
    QList<QWidget *> chain;
    for (const ShipmentTrackingRow *row : m_rows)
        chain.append(row->focusChain());
    return chain;
}

void TrackingEditor::chainFocus()
{
    // Fields added later would otherwise come last in the Tab order, after the dialog's
    // buttons: each shipment's numbers, its "+" and its carrier, shipment after shipment.
    const QList<QWidget *> chain = focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QSize TrackingEditor::sizeHint() const
{
    // Room for each number's two lines of verdict, which appear as numbers are typed.
    const QSize content = m_content->sizeHint();
    const int verdicts = int(m_rows.size()) * 2 * fontMetrics().lineSpacing();
    const int most = fontMetrics().lineSpacing() * 30;
    return {content.width() + verticalScrollBar()->sizeHint().width(),
            std::min(content.height() + verdicts, most) + 2 * frameWidth()};
}

QList<TrackingInput> TrackingEditor::tracking() const
{
    QList<TrackingInput> result;
    for (const ShipmentTrackingRow *row : m_rows)
        result.append(row->tracking());
    return result;
}

void TrackingEditor::focusFirstNumber()
{
    if (m_rows.isEmpty())
        return;
    TrackingNumberEdit *edit = m_rows.first()->fields().first()->edit();
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
}

void TrackingEditor::advanceFrom(TrackingNumberField *field)
{
    // The next field of the same shipment, or the first of the next one.
    TrackingNumberField *next = nullptr;
    for (qsizetype r = 0; r < m_rows.size() && !next; ++r) {
        const QList<TrackingNumberField *> &fields = m_rows.at(r)->fields();
        const qsizetype at = fields.indexOf(field);
        if (at < 0)
            continue;
        if (at + 1 < fields.size())
            next = fields.at(at + 1);
        else if (r + 1 < m_rows.size())
            next = m_rows.at(r + 1)->fields().first();
        else
            return; // the last number: stay, so a stray Enter sends nothing
    }
    if (!next)
        return;
    next->edit()->setFocus(Qt::TabFocusReason);
    // A scan into a field that already holds a number replaces it instead of running on.
    next->edit()->selectAll();
    ensureWidgetVisible(next);
}

int TrackingEditor::warningCount() const
{
    int count = 0;
    for (const ShipmentTrackingRow *row : m_rows)
        count += row->warningCount();
    return count;
}

int TrackingEditor::invalidCount() const
{
    int count = 0;
    for (const ShipmentTrackingRow *row : m_rows)
        count += row->invalidCount();
    return count;
}

QString TrackingEditor::problemHtml() const
{
    const int invalid = invalidCount();
    const int warnings = warningCount();
    QStringList lines;
    if (invalid > 0) {
        lines.append(tr("Cannot be sent as typed: %n tracking number(s) or link(s). Correct or "
                        "clear what is "
                        "marked above.",
                        nullptr,
                        invalid)
                         .toHtmlEscaped());
    }
    if (warnings > 0) {
        lines.append(
            tr("A warning on %n tracking number(s) (see above). Send anyway only if you are sure.",
               nullptr,
               warnings)
                .toHtmlEscaped());
    }
    // Shopify pairs links with numbers by position: a shipment with some numbers linked and
    // some not goes without links, and the person should know.
    const auto dropped = std::count_if(m_rows.cbegin(),
                                       m_rows.cend(),
                                       [](const ShipmentTrackingRow *row) {
                                           return row->tracking().dropsUrls();
                                       });
    if (dropped > 0) {
        lines.append(tr("No tracking links are sent for %n shipment(s): Shopify needs a link for "
                        "every number of a shipment or for none. Add the missing links, or clear "
                        "the others.",
                        nullptr,
                        int(dropped))
                         .toHtmlEscaped());
    }
    if (lines.isEmpty())
        return {};
    const QString icon = invalid > 0 ? u"error"_s : u"warning"_s;
    return u"<img src=\":/icons/%1.svg\" width=\"14\" height=\"14\"/>&nbsp;"_s.arg(icon)
           + lines.join(u"<br/>"_s);
}
