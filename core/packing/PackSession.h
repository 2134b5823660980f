#pragma once

#include "core/model/FulfillmentRequest.h"
#include "core/model/Order.h"
#include "core/model/TrackingInput.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringView>

class OrderBook;
struct TrackingDetection;

// One order being packed at this station's location (issue 16, point 3): for each line of its
// fulfillment orders there that can ship now, what is needed and what has been counted, and
// how. Every call answers at once from memory (no store, no network), so a window can react
// to each scan well within 100 ms; refusals change no count.
//
//   Counting --(every line counted)--> Counted --(tracking set)--> Labelled
//      ^                                  |                           |
//      +---------(undo, setQuantity)------+---------(undo)------------+
//   any state --(markQueued / abandon / an interruption)--> Ended (with its reason)
//
// A session that finds nothing to pack at its location is Ended from the start
// (EndReason::NothingToPack, the planner's words in endMessage()).
class PackSession final : public QObject
{
    Q_OBJECT

public:
    enum class State { Counting, Counted, Labelled, Ended };
    enum class EndReason {
        None,          // not ended
        NothingToPack, // nothing of the order can ship from this location now
        Queued,        // its fulfilment went to the outbox (markQueued)
        Abandoned,     // the packer skipped it or took another order (abandon)
        OnHold,        // a sync brought a hold
        Cancelled,     // a sync brought a cancellation
        Gone,          // the shop no longer has it
        Changed,       // what it has to ship here changed (another station, an edit)
    };
    // What came of a scan, a typed quantity, a confirmation or an undo: the window gives each
    // its own sound, colour, icon and text (message()).
    enum class Result {
        Counted,       // a unit (or the typed quantity) was counted, or a count taken back
        WrongItem,     // the code is no item of this order
        TooMany,       // the item's line is complete already (or the quantity is above it)
        NotHere,       // the item is in the order, but does not ship from here now
        NoScanBefore,  // a quantity typed with no item scanned before it
        HasBarcode,    // confirmed by hand, but the item has a barcode: scan it
        ItemsLeft,     // a label scanned before every item was counted
        NothingToUndo, // undo with no count left
        LabelSet,      // the label's tracking number was taken
        Ended,         // the session is over
    };
    // How units of a line were counted.
    enum class CountedBy { Scan, Typed, Hand };

    struct Line
    {
        QString lineItemId;
        QString fulfillmentOrderId;
        QString fulfillmentOrderLineItemId;
        QString title;
        QString variantTitle;
        QString sku;
        QString barcode;
        int needed = 0; // what is left to ship of it here, as planned when the session began
        int scanned = 0;
        int typed = 0;
        int confirmed = 0;

        int counted() const { return scanned + typed + confirmed; }
        bool isComplete() const { return counted() >= needed; }
        bool hasBarcode() const { return !barcode.isEmpty(); }
    };

    struct Outcome
    {
        Result result = Result::Ended;
        int line = -1; // the line it concerns (counted, refused as too many, undone); or -1
        QString code;  // what was scanned, for a refusal's text
        QString item;  // the item's title, when the order has it
    };

    // Packs `order` at `locationId`; an empty id takes the first location with something to
    // ship now (one location shops need not choose).
    PackSession(const Order &order, const QString &locationId, QObject *parent = nullptr);

    // Follows `book` (kept, not owned): a cancellation, the order's removal, a hold on what
    // ships from here or another change of it ends the session (ended()). A change elsewhere
    // in the order (a note, another location's hold) keeps the counts and takes the new copy.
    void watch(OrderBook *book);

    const Order &order() const { return m_order; }
    const Location &location() const { return m_location; }
    const QList<Line> &lines() const { return m_lines; }
    State state() const { return m_state; }
    EndReason endReason() const { return m_endReason; }
    // Why it ended, for people; empty while it runs (and after Queued).
    QString endMessage() const { return m_endMessage; }
    bool isComplete() const;
    int neededUnits() const;
    int countedUnits() const;
    // The line last counted by a scan, which a typed quantity applies to; -1 when none.
    int lastScannedLine() const { return m_lastScanned; }

    // An item's barcode or SKU was scanned: one unit of its line counts.
    Outcome scanItem(QStringView code);
    // The packer typed how many units of the line just scanned are in the box (the scan
    // itself included): 12 after one scan counts 11 more. Refused above what is needed.
    Outcome setQuantity(int quantity);
    // The packer confirmed a line without barcode by key: all its units left count, as
    // confirmed by hand.
    Outcome confirmByHand(int line);
    // Takes the last count back (a scan, a typed quantity, a confirmation by hand).
    Outcome undo();

    // The label: every item must be counted first (ItemsLeft); LabelSet when taken. The carrier is the detection's best guess
    // (trackingFrom); an unknown format leaves it empty for the packer to pick.
    Result setTracking(const TrackingInput &tracking);
    const TrackingInput &tracking() const { return m_tracking; }
    static TrackingInput trackingFrom(const TrackingDetection &detection);

    // What to hand to FulfillmentDesk::fulfill once complete: one request for this location,
    // with the tracking, the notification choice and how each line was counted (the packing
    // record's lines). Empty while anything is left to count.
    QList<FulfillmentRequest> requests(NotifyCustomer notify) const;

    // The fulfilment was queued (these outbox entries): the session is over; the entries stay
    // known for an UNDO inside the outbox's undo window.
    void markQueued(const QList<qint64> &entryIds);
    const QList<qint64> &queuedEntryIds() const { return m_entryIds; }
    // The packer put the order aside (SKIP, or another order's slip).
    void abandon();

    // What to tell the packer about an outcome, translated.
    QString message(const Outcome &outcome) const;

signals:
    void countsChanged(int line);
    void stateChanged(PackSession::State state);
    void ended(PackSession::EndReason reason, const QString &why);

private:
    struct Step
    {
        int line;
        CountedBy by;
        int units;
    };

    bool plan(const Order &order, const QString &locationId, QString *whyNot);
    void end(EndReason reason, const QString &why);
    void updateState();
    void onBookChanged();
    int &countOf(Line &line, CountedBy by);

    Order m_order;
    Location m_location;
    QList<Line> m_lines;
    FulfillmentRequest m_planned; // the planner's request for this location
    QList<Step> m_steps;          // counts, oldest first, for undo
    int m_lastScanned = -1;
    TrackingInput m_tracking;
    State m_state = State::Counting;
    EndReason m_endReason = EndReason::None;
    QString m_endMessage;
    QList<qint64> m_entryIds;
    QPointer<OrderBook> m_book;
};
