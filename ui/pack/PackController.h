#pragma once

#include "core/fulfillment/FulfillmentSettings.h"
#include "core/packing/PackCue.h"
#include "core/packing/PackSession.h"
#include "core/packing/PackSettings.h"
#include "core/packing/ScanRouter.h"
#include "core/tracking/TrackingNumberDetector.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>

class FulfillmentDesk;
class OrderBook;
class Outbox;

// The packing table's work (issue 16): one order at a time, from its slip to the outbox.
// It takes what the scanner and the keys say, routes each scan (ScanRouter), counts it
// (PackSession), claims the order while it is on the table (OrderClaims, through the desk),
// queues the fulfilment (FulfillmentDesk) and takes it back (Outbox) inside the undo window.
// It shows nothing itself: the pack view reads it after changed(), the sounds follow cue().
class PackController final : public QObject
{
    Q_OBJECT

public:
    // What the last thing the packer did came to, for the view's icon, colour and text.
    enum class Tone {
        None,      // nothing yet
        Good,      // counted, labelled, opened
        Done,      // fulfilled
        Refused,   // no count changed
        Attention, // the order was interrupted, or something needs a person
    };
    struct Feedback
    {
        Tone tone = Tone::None;
        QString text;
    };

    // `desk` may have no claims (one station alone); nothing here is owned.
    PackController(OrderBook *book,
                   Outbox *outbox,
                   FulfillmentDesk *desk,
                   const FulfillmentSettings &settings,
                   QObject *parent = nullptr);
    ~PackController() override;

    void setFulfillmentSettings(const FulfillmentSettings &settings);
    void setPackSettings(const PackSettings &settings);
    const PackSettings &packSettings() const { return m_packSettings; }

    // The order on the table, or null when none is.
    const PackSession *session() const { return m_session.get(); }
    // The oldest unfulfilled order this station could pack next (Enter takes it); empty
    // when none is or an order is on the table.
    QString offeredOrderId() const { return m_offeredId; }
    QString offeredOrderName() const { return m_offeredName; }
    const Feedback &feedback() const { return m_feedback; }

    // Whether a scan outside pack mode is for it: an order (a slip, a number) or a command.
    bool opensPackMode(const QString &code) const;
    // What the scanner read (prefixes stripped).
    void scan(const QString &code);
    // Enter: fulfils a labelled order, or takes the offered one when the table is empty.
    void enter();
    // The packer typed how many units of the line just scanned are in the box.
    void setQuantity(int quantity);
    void confirmByHand(int line);
    // Takes back the last count or label; with no order on the table, the last fulfilment
    // while it waits out the outbox's undo window.
    void undo();
    // Puts the order aside (its claim let go).
    void skip();
    void fulfil();
    // REPRINT: asks for the packing slip of the order on the table, or the last one.
    void reprint() { runCommand(ScanRouter::Command::Reprint); }
    // Brings an order to the table (claiming it); false when it cannot be packed here now.
    bool open(const QString &orderId);
    // Asks for the offered order again (the book changed, the mode was opened).
    void refreshOffer();

signals:
    // Anything the view shows changed.
    void changed();
    // What the packer should hear.
    void cue(PackCue cue);
    // REPRINT: the packing slip of this order (the last one when the table is empty).
    void reprintRequested(const QString &orderId);

private:
    void route(const ScanRouter::Route &route);
    void runCommand(ScanRouter::Command command);
    void openReference(const QString &reference);
    void applyCount(const PackSession::Outcome &outcome);
    void applyLabel(const ScanRouter::Route &route);
    void onSessionEnded(PackSession::EndReason reason, const QString &why);
    void onClaimLost(const QString &orderId);
    // Ends the order on the table (if any) and lets its claim go.
    void closeSession();
    void releaseClaim(const QString &orderId);
    void say(Tone tone, const QString &text, PackCue cue);

    OrderBook *m_book;
    Outbox *m_outbox;
    FulfillmentDesk *m_desk;
    FulfillmentSettings m_settings;
    PackSettings m_packSettings;
    std::unique_ptr<TrackingNumberDetector> m_detector;
    std::unique_ptr<ScanRouter> m_router;
    std::unique_ptr<PackSession> m_session;
    QString m_claimed; // the order whose claim this table holds
    QString m_offeredId;
    QString m_offeredName;
    QSet<QString> m_elsewhere; // orders other stations had at the last look
    Feedback m_feedback;
    // The last fulfilment queued here, for UNDO inside the undo window and REPRINT.
    QString m_lastOrderId;
    QString m_lastOrderName;
    QList<qint64> m_lastEntryIds;
};
