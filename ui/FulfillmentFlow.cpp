#include "ui/FulfillmentFlow.h"

#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/OrderClaims.h"
#include "core/outbox/Outbox.h"
#include "core/storage/OrderBook.h"
#include "ui/ClaimText.h"
#include "ui/dialogs/EditTrackingDialog.h"
#include "ui/dialogs/FulfillDialog.h"
#include "ui/dialogs/FulfillProgressDialog.h"

#include <QGridLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

FulfillmentFlow::FulfillmentFlow(OrderBook *book,
                                 Outbox *outbox,
                                 FulfillmentDesk *desk,
                                 const FulfillmentSettings &settings,
                                 QWidget *window)
    : QObject(window)
    , m_book(book)
    , m_outbox(outbox)
    , m_desk(desk)
    , m_settings(settings)
    , m_window(window)
{}

void FulfillmentFlow::fulfillOrders(const QStringList &orderIds)
{
    if (orderIds.isEmpty())
        return;
    confirmAndQueue(
        [this, orderIds](StoreError *error) { return m_desk->planWhole(orderIds, error); });
}

void FulfillmentFlow::fulfillQuantities(const QString &orderId,
                                        const QHash<QString, int> &quantities)
{
    confirmAndQueue([this, orderId, quantities](StoreError *error) {
        return m_desk->planPartial(orderId, quantities, error);
    });
}

void FulfillmentFlow::prepareForPickup(const QStringList &orderIds)
{
    if (orderIds.isEmpty())
        return;
    StoreError error;
    const FulfillmentPlanner::PickupPlan plan = m_desk->planPickupReady(orderIds, &error);
    if (error.isError()) {
        showProblem(tr("Cannot Mark Ready for Pickup"), error.userMessage());
        return;
    }
    QStringList refused;
    for (const FulfillmentPlanner::Refusal &refusal : plan.refusals)
        refused.append(u"%1: %2"_s.arg(refusal.orderName, refusal.message()));
    if (plan.requests.isEmpty()) {
        showProblem(tr("Nothing to Mark Ready"), refused.join(u'\n'));
        return;
    }
    int items = 0;
    for (const FulfillmentPlanner::PickupRequest &request : plan.requests)
        items += request.itemCount;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Ready for Pickup"),
                                tr("Mark %n order(s) ready for pickup?",
                                   nullptr,
                                   int(plan.requests.size())),
                                QMessageBox::NoButton,
                                m_window);
    box->setObjectName(u"pickupReadyConfirmation"_s);
    QString details = tr("%n item(s). Shopify tells each customer that the order is ready to "
                         "collect.",
                         nullptr,
                         items);
    if (!refused.isEmpty())
        details += u"\n\n"_s + tr("Not included:") + u'\n' + refused.join(u'\n');
    box->setInformativeText(details);
    QPushButton *ready = box->addButton(tr("Mark Ready"), QMessageBox::AcceptRole);
    ready->setObjectName(u"confirmPickupReadyButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(ready);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QList<FulfillmentPlanner::PickupRequest> requests = plan.requests;
    connect(ready, &QPushButton::clicked, this, [this, requests, orderIds] {
        // As for fulfilling: only what would still be planned exactly as staff saw it.
        StoreError error;
        const FulfillmentPlanner::PickupPlan fresh = m_desk->planPickupReady(orderIds, &error);
        if (error.isError()) {
            showProblem(tr("Cannot Mark Ready for Pickup"), error.userMessage());
            return;
        }
        QList<FulfillmentPlanner::PickupRequest> toSend;
        QStringList changed;
        for (const FulfillmentPlanner::PickupRequest &request : requests) {
            if (fresh.requests.contains(request))
                toSend.append(request);
            else
                changed.append(request.orderName);
        }
        if (!changed.isEmpty())
            //: %1 is a list of orders, such as "#1001, #1004"
            showProblem(tr("Some Orders Changed"),
                        tr("Changed while the question was open, so not marked ready: %1. "
                           "Choose Ready for Pickup again to see what is left.")
                            .arg(changed.join(u", "_s)));
        if (toSend.isEmpty())
            return;
        QList<qint64> ids;
        const StoreError queued = m_desk->preparePickup(toSend, &ids);
        if (queued.isError()) {
            showProblem(tr("Cannot Mark Ready for Pickup"), queued.userMessage());
            return;
        }
        showProgress(ids, tr("Ready for Pickup"));
    });
    box->open();
}

void FulfillmentFlow::markPickedUp(const QStringList &orderIds)
{
    if (orderIds.isEmpty())
        return;
    confirmAndQueue(
        [this, orderIds](StoreError *error) { return m_desk->planPickedUp(orderIds, error); });
}

void FulfillmentFlow::confirmAndQueue(const Planner &planner)
{
    StoreError error;
    const FulfillmentPlanner::Plan plan = planner(&error);
    if (error.isError()) {
        showProblem(tr("Cannot Fulfill"), error.userMessage());
        return;
    }
    OrderClaims *claims = m_desk->claims();
    if (!claims) {
        openDialog(plan, planner, {});
        return;
    }
    // Opening the dialog claims its orders, so no other station packs them meanwhile.
    QStringList claimed;
    QList<std::pair<QString, Lease>> elsewhere;
    for (const FulfillmentRequest &request : plan.requests) {
        if (claimed.contains(request.orderId)
            || std::any_of(elsewhere.cbegin(), elsewhere.cend(), [&request](const auto &held) {
                   return held.first == request.orderId;
               }))
            continue;
        const OrderClaims::Attempt attempt = claims->claim(request.orderId);
        if (attempt.result == OrderClaims::Result::Failed) {
            releaseClaims(claimed);
            showProblem(tr("Cannot Fulfill"), attempt.error.userMessage());
            return;
        }
        if (attempt.result == OrderClaims::Result::HeldElsewhere)
            elsewhere.append({request.orderId, attempt.lease});
        else
            claimed.append(request.orderId);
    }
    if (elsewhere.isEmpty())
        openDialog(plan, planner, claimed);
    else
        askTakeOver(plan, planner, claimed, elsewhere);
}

void FulfillmentFlow::askTakeOver(FulfillmentPlanner::Plan plan,
                                  const Planner &planner,
                                  const QStringList &claimed,
                                  const QList<std::pair<QString, Lease>> &elsewhere)
{
    QHash<QString, QString> names;
    for (const FulfillmentRequest &request : std::as_const(plan.requests))
        names.insert(request.orderId, request.orderName);
    auto orderName = [names](const QString &orderId) { return names.value(orderId, orderId); };
    QString question;
    QString details;
    if (elsewhere.size() == 1) {
        const Lease &claim = elsewhere.first().second;
        //: %1 is a station, such as "Station 2 (Anna)"
        question = tr("Take over from %1?").arg(ClaimText::station(claim));
        //: %1 is an order, %2 another station's claim ("Packing at Station 2 (Anna), 8 s")
        details = tr("%1: %2.").arg(orderName(elsewhere.first().first), ClaimText::packing(claim));
    } else {
        question = tr("Take over %n order(s) from other stations?", nullptr, int(elsewhere.size()));
        QStringList lines;
        for (const auto &[orderId, claim] : elsewhere)
            lines.append(tr("%1: %2.").arg(orderName(orderId), ClaimText::packing(claim)));
        details = lines.join(u'\n');
    }
    details += u"\n\n"_s
               + tr("Taking over means that station can no longer fulfil it; the takeover is "
                    "logged. Leave it there unless you know that station has stopped.");
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Being Packed at Another Station"),
                                question,
                                QMessageBox::NoButton,
                                m_window);
    box->setObjectName(u"takeOverConfirmation"_s);
    box->setInformativeText(details);
    QPushButton *takeOver = box->addButton(tr("Take Over"), QMessageBox::AcceptRole);
    takeOver->setObjectName(u"confirmTakeOverButton"_s);
    QPushButton *leave = box->addButton(tr("Leave It There"), QMessageBox::RejectRole);
    leave->setObjectName(u"leaveClaimButton"_s);
    box->setDefaultButton(leave);
    box->setEscapeButton(leave);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [=, this](QAbstractButton *clicked) mutable {
        QStringList held = claimed;
        for (const auto &[orderId, claim] : elsewhere) {
            if (clicked == takeOver) {
                const OrderClaims::Attempt attempt = m_desk->claims()->takeOver(orderId);
                if (attempt.result == OrderClaims::Result::Failed) {
                    releaseClaims(held);
                    showProblem(tr("Cannot Fulfill"), attempt.error.userMessage());
                    return;
                }
                held.append(orderId);
                continue;
            }
            // Left to the other station: not in this dialog.
            // (A copy: clang 14 cannot capture a structured binding.)
            const QString leftId = orderId;
            plan.requests.removeIf(
                [&leftId](const FulfillmentRequest &r) { return r.orderId == leftId; });
            plan.refusals.append({orderId,
                                  orderName(orderId),
                                  FulfillmentPlanner::Reason::ClaimedElsewhere,
                                  ClaimText::station(claim)});
        }
        if (plan.requests.isEmpty()) {
            releaseClaims(held);
            return;
        }
        openDialog(plan, planner, held);
    });
    box->open();
}

void FulfillmentFlow::openDialog(const FulfillmentPlanner::Plan &plan,
                                 const Planner &planner,
                                 const QStringList &claimed)
{
    QHash<QString, QString> customers;
    for (const FulfillmentRequest &request : plan.requests) {
        if (const int row = m_book->rowOf(request.orderId); row >= 0)
            customers.insert(request.orderId, m_book->at(row).customerName);
    }
    auto *dialog = new FulfillDialog(plan, customers, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, planner] {
        queue(dialog->requests(), planner);
    });
    // The claims go with the dialog, once what it confirmed is queued.
    connect(dialog, &QObject::destroyed, this, [this, claimed] { releaseClaims(claimed); });
    if (OrderClaims *claims = m_desk->claims()) {
        // Another station took an order over, or a sync brought a hold or cancellation of
        // one: packing stops here, with nothing queued.
        auto orderName = [plan](const QString &orderId) {
            for (const FulfillmentRequest &request : plan.requests) {
                if (request.orderId == orderId)
                    return request.orderName;
            }
            return QString();
        };
        connect(claims,
                &OrderClaims::lost,
                dialog,
                [this, dialog, orderName](const QString &orderId, const Lease &byWhom) {
                    const QString name = orderName(orderId);
                    if (name.isEmpty())
                        return;
                    dialog->reject();
                    showProblem(tr("Packing Stopped"),
                                byWhom.isValid()
                                    //: %1 is a station ("Station 2 (Anna)"), %2 an order
                                    ? tr("%1 took over %2, so nothing was fulfilled here.")
                                          .arg(ClaimText::station(byWhom), name)
                                    //: %1 is an order
                                    : tr("This station lost its claim on %1 (it was not "
                                         "renewed in time), so nothing was fulfilled here. "
                                         "Choose Fulfill again to claim it again.")
                                          .arg(name));
                });
        connect(claims,
                &OrderClaims::interrupted,
                dialog,
                [this, dialog, orderName](const QString &orderId, const QString &why) {
                    const QString name = orderName(orderId);
                    if (name.isEmpty())
                        return;
                    dialog->reject();
                    //: %1 is an order, %2 what happened to it ("it was put on hold")
                    showProblem(tr("Packing Stopped"),
                                tr("%1 cannot be fulfilled now: %2 (a sync just brought the "
                                   "change). Nothing was fulfilled here.")
                                    .arg(name, why));
                });
    }
    dialog->open();
}

void FulfillmentFlow::releaseClaims(const QStringList &orderIds)
{
    OrderClaims *claims = m_desk->claims();
    if (!claims)
        return;
    for (const QString &orderId : orderIds) {
        if (const StoreError error = claims->release(orderId); error.isError())
            qWarning("could not let go of the claim on %s: %s",
                     qPrintable(orderId),
                     qPrintable(error.detail));
    }
}

void FulfillmentFlow::queue(const QList<FulfillmentRequest> &confirmed, const Planner &planner)
{
    // The store may have changed while the dialog was open (a sync, another action): send
    // only what would still be planned exactly as staff saw it.
    StoreError error;
    const FulfillmentPlanner::Plan fresh = planner(&error);
    if (error.isError()) {
        showProblem(tr("Cannot Fulfill"), error.userMessage());
        return;
    }
    QList<FulfillmentRequest> toSend;
    QStringList changed;
    for (const FulfillmentRequest &request : confirmed) {
        const bool stillPlanned = std::any_of(fresh.requests.cbegin(),
                                              fresh.requests.cend(),
                                              [&request](const FulfillmentRequest &now) {
                                                  return now.orderId == request.orderId
                                                         && now.location == request.location
                                                         && now.lines == request.lines;
                                              });
        if (stillPlanned)
            toSend.append(request);
        else if (!changed.contains(request.orderName))
            changed.append(request.orderName);
    }
    QList<qint64> ids;
    QList<FulfillmentPlanner::Refusal> elsewhere;
    if (!toSend.isEmpty()) {
        error = m_desk->fulfill(toSend, &ids, &elsewhere);
        if (error.isError()) {
            showProblem(tr("Cannot Fulfill"), error.userMessage());
            return;
        }
        QStringList orders;
        for (const FulfillmentRequest &request : std::as_const(toSend)) {
            const bool refused = std::any_of(elsewhere.cbegin(),
                                             elsewhere.cend(),
                                             [&request](const FulfillmentPlanner::Refusal &r) {
                                                 return r.orderId == request.orderId;
                                             });
            if (!refused && !orders.contains(request.orderName))
                orders.append(request.orderName);
        }
        if (!ids.isEmpty())
            showProgress(ids,
                         orders.size() == 1
                             ? tr("Fulfilling %1").arg(orders.first())
                             : tr("Fulfilling %n Order(s)", nullptr, int(orders.size())));
    }
    // What another station packs or fulfils, as the store said at the last moment.
    if (!elsewhere.isEmpty()) {
        QStringList lines;
        for (const FulfillmentPlanner::Refusal &refusal : std::as_const(elsewhere))
            lines.append(u"%1: %2"_s.arg(refusal.orderName, refusal.message()));
        showProblem(tr("Not Fulfilled Here"), lines.join(u'\n'));
    }
    if (!changed.isEmpty()) {
        //: %1 is a list of orders, such as "#1001, #1004"
        showProblem(tr("Some Orders Changed"),
                    tr("Changed while the dialog was open, so not fulfilled: %1. Choose "
                       "Fulfill again to see what is left.")
                        .arg(changed.join(u", "_s)));
    }
}

void FulfillmentFlow::showProgress(const QList<qint64> &entryIds, const QString &title)
{
    auto *progress = new FulfillProgressDialog(m_outbox, entryIds, title, m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress,
            &FulfillProgressDialog::showOutboxRequested,
            this,
            &FulfillmentFlow::showOutboxRequested);
    // Only the latest batch can be undone from the window; older ones from their own dialog.
    connect(progress,
            &FulfillProgressDialog::undoAvailableChanged,
            this,
            [this, progress](bool available) {
                if (progress == m_latestProgress)
                    emit undoAvailableChanged(available);
            });
    connect(progress, &QObject::destroyed, this, [this] {
        if (!m_latestProgress)
            emit undoAvailableChanged(false);
    });
    m_latestProgress = progress;
    emit undoAvailableChanged(progress->isUndoAvailable());
    progress->show();
}

bool FulfillmentFlow::undoLatest()
{
    if (!m_latestProgress || !m_latestProgress->isUndoAvailable())
        return false;
    m_latestProgress->undo();
    return true;
}

std::optional<Fulfillment> FulfillmentFlow::findFulfillment(const QString &orderId,
                                                            const QString &fulfillmentId,
                                                            QString *orderName)
{
    std::optional<Order> order;
    const StoreError error = m_book->order(orderId, &order);
    if (error.isError()) {
        showProblem(tr("Cannot Read the Order"), error.userMessage());
        return std::nullopt;
    }
    if (order && !order->fulfillmentsComplete) {
        showProblem(tr("Shipments Not Complete"),
                    tr("Shopify did not give every shipment or parcel of %1, so Smidig does not "
                       "change or cancel them. Use Shopify's admin for this order.")
                        .arg(order->name));
        return std::nullopt;
    }
    if (order) {
        *orderName = order->name;
        for (const Fulfillment &fulfillment : std::as_const(order->fulfillments)) {
            if (fulfillment.id == fulfillmentId)
                return fulfillment;
        }
    }
    showProblem(tr("Shipment Not Found"),
                tr("The shipment is no longer in the local store. Sync and try again."));
    return std::nullopt;
}

void FulfillmentFlow::editTracking(const QString &orderId, const QString &fulfillmentId)
{
    QString orderName;
    const std::optional<Fulfillment> fulfillment = findFulfillment(orderId,
                                                                   fulfillmentId,
                                                                   &orderName);
    if (!fulfillment)
        return;
    auto *dialog = new EditTrackingDialog(orderName, *fulfillment, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString shipmentName = fulfillment->name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, orderId, fulfillmentId, shipmentName] {
        qint64 id = 0;
        const StoreError error = m_desk->updateTracking(orderId,
                                                        fulfillmentId,
                                                        dialog->tracking(),
                                                        dialog->notifyCustomer(),
                                                        &id);
        if (error.isError()) {
            showProblem(tr("Cannot Update Tracking"), error.userMessage());
            return;
        }
        showProgress({id}, tr("Updating Tracking of %1").arg(shipmentName));
    });
    dialog->open();
}

void FulfillmentFlow::cancelShipment(const QString &orderId, const QString &fulfillmentId)
{
    QString orderName;
    const std::optional<Fulfillment> fulfillment = findFulfillment(orderId,
                                                                   fulfillmentId,
                                                                   &orderName);
    if (!fulfillment)
        return;
    auto *box
        = new QMessageBox(QMessageBox::Question,
                          tr("Cancel Shipment"),
                          //: %1 is a shipment (#1001-F1), %2 its order (#1001)
                          tr("Cancel shipment %1 of order %2?").arg(fulfillment->name, orderName),
                          QMessageBox::NoButton,
                          m_window);
    box->setObjectName(u"cancelShipmentConfirmation"_s);
    box->setInformativeText(
        tr("<ul>"
           "<li>The items in it become unfulfilled again.</li>"
           "<li>Shopify makes new fulfillment orders for them; Smidig shows them once "
           "Shopify has answered.</li>"
           "<li>The customer is not told automatically.</li>"
           "</ul>"));
    // Room for the three consequences to read as lines, not a narrow column.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout()))
        grid->addItem(new QSpacerItem(box->fontMetrics().averageCharWidth() * 60, 0),
                      grid->rowCount(),
                      0,
                      1,
                      grid->columnCount());
    QPushButton *cancel = box->addButton(tr("Cancel Shipment"), QMessageBox::DestructiveRole);
    cancel->setObjectName(u"confirmCancelShipmentButton"_s);
    QPushButton *keep = box->addButton(tr("Keep Shipment"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString shipmentName = fulfillment->name;
    connect(cancel, &QPushButton::clicked, this, [this, orderId, fulfillmentId, shipmentName] {
        qint64 id = 0;
        const StoreError error = m_desk->cancelFulfillment(orderId, fulfillmentId, &id);
        if (error.isError()) {
            showProblem(tr("Cannot Cancel the Shipment"), error.userMessage());
            return;
        }
        showProgress({id}, tr("Cancelling %1").arg(shipmentName));
    });
    box->open();
}

void FulfillmentFlow::showProblem(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(u"problemMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
