#pragma once

#include "fulfillment/FulfillmentSettings.h"

#include <QMainWindow>
#include <QTimer>

class FulfillmentDesk;
class FulfillmentFlow;
class OutboxIndicator;
class OutboxPanel;
class QDockWidget;
class OrderBook;
class Outbox;
class OrderDetailsPane;
class OrderFilterProxyModel;
class OrderSync;
class OrderTableModel;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class StatusCountModel;
class StatusSidebar;
class SyncStatusWidget;

// The order desk: status sidebar, order table with search, details of the current order,
// the sync indicator, and the fulfilment commands with the outbox panel. It reads the local
// store through the OrderBook, asks the sync to run and hands fulfilment work to a
// FulfillmentFlow; it never talks to the network or the database itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(OrderBook *book, OrderSync *sync, Outbox *outbox, FulfillmentDesk *desk,
               const FulfillmentSettings &settings, QWidget *parent = nullptr);

    // "my-shop.myshopify.com" or "Demo store", shown in the title.
    void setShopName(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void buildOutboxDock();
    QStringList selectedOrderIds() const;
    QStringList shownOrderIds() const;
    void updateFulfillActions();
    void showOutbox();
    void applyFilter();
    void showCurrentOrder();
    void refreshDetailsIfShown();
    void updateShownCount();

    OrderBook *m_book;
    OrderSync *m_sync;
    Outbox *m_outbox;
    FulfillmentDesk *m_desk;
    FulfillmentSettings m_settings;
    OrderTableModel *m_model;
    OrderFilterProxyModel *m_proxy;
    StatusCountModel *m_counts;
    StatusSidebar *m_sidebar = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    OrderDetailsPane *m_details = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_fulfillAction = nullptr;
    QAction *m_fulfillShownAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_shownCount = nullptr;
    FulfillmentFlow *m_flow = nullptr;
    QDockWidget *m_outboxDock = nullptr;
    OutboxPanel *m_outboxPanel = nullptr;
    OutboxIndicator *m_outboxIndicator = nullptr;
    // Coalesces the many model signals of a sync into one update of the actions.
    QTimer m_actionUpdate;
};
