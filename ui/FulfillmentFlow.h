#pragma once

#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/fulfillment/FulfillmentSettings.h"
#include "core/model/Lease.h"
#include "core/model/Order.h"
#include "core/storage/StoreError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class FulfillmentDesk;
class FulfillProgressDialog;
class OrderBook;
class Outbox;
class QWidget;

// The steps from a fulfilment command to the outbox: plan, claim the orders (asking before
// taking one over from another station), confirm in a dialog (opened, never blocking), check
// the plan still holds when staff confirm, queue, and follow the progress. The dialog holds
// its orders' claims while it is open and lets them go when it closes; it stops when another
// station takes one over or a sync brings a hold or cancellation of one.
// The same for editing tracking and cancelling a shipment. It keeps the window's code to
// wiring; dialogs are children of the window, and nothing here owns a core object.
class FulfillmentFlow final : public QObject
{
    Q_OBJECT

public:
    FulfillmentFlow(OrderBook *book,
                    Outbox *outbox,
                    FulfillmentDesk *desk,
                    const FulfillmentSettings &settings,
                    QWidget *window);

    // Whole orders: everything of them that can ship now.
    void fulfillOrders(const QStringList &orderIds);
    // Chosen quantities (by line item id) of one order.
    void fulfillQuantities(const QString &orderId, const QHash<QString, int> &quantities);
    // Local pickup: mark the orders' pickups ready for the customer (Shopify tells them), and
    // later fulfil what the customer collected.
    void prepareForPickup(const QStringList &orderIds);
    void markPickedUp(const QStringList &orderIds);
    void editTracking(const QString &orderId, const QString &fulfillmentId);
    void cancelShipment(const QString &orderId, const QString &fulfillmentId);
    // Takes back the latest batch while it waits out its undo window; false when none does.
    bool undoLatest();
    // The shop's choices changed (Preferences): dialogs opened from now on start from them.
    void setSettings(const FulfillmentSettings &settings) { m_settings = settings; }

signals:
    void showOutboxRequested();
    // Whether undoLatest() has something to take back.
    void undoAvailableChanged(bool available);

private:
    using Planner = std::function<FulfillmentPlanner::Plan(StoreError *)>;

    void confirmAndQueue(const Planner &planner);
    // Other stations' claims on the plan's orders: asks whether to take them over (those
    // left are refused), then opens the dialog holding the claims of `claimed`.
    void askTakeOver(FulfillmentPlanner::Plan plan,
                     const Planner &planner,
                     const QStringList &claimed,
                     const QList<std::pair<QString, Lease>> &elsewhere);
    void openDialog(const FulfillmentPlanner::Plan &plan,
                    const Planner &planner,
                    const QStringList &claimed);
    void releaseClaims(const QStringList &orderIds);
    void queue(const QList<FulfillmentRequest> &confirmed, const Planner &planner);
    void showProgress(const QList<qint64> &entryIds, const QString &title);
    void showProblem(const QString &title, const QString &message);
    std::optional<Fulfillment> findFulfillment(const QString &orderId,
                                               const QString &fulfillmentId,
                                               QString *orderName);

    OrderBook *m_book;
    Outbox *m_outbox;
    FulfillmentDesk *m_desk;
    FulfillmentSettings m_settings;
    QWidget *m_window;
    QPointer<FulfillProgressDialog> m_latestProgress;
};
