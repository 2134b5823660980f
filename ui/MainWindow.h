#pragma once

#include "core/fulfillment/FulfillmentSettings.h"
#include "core/model/Lease.h"
#include "core/packing/PackCue.h"
#include "core/packing/PackSettings.h"
#include "core/sync/SyncSettings.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class FulfillmentDesk;
class FulfillmentFlow;
class MessageBanner;
class OutboxIndicator;
class PackController;
class PackSounds;
class PackView;
class QStackedWidget;
class ScanCapture;
class OutboxPanel;
class QDockWidget;
class OrderBook;
class PrintActions;
class Outbox;
class PackingHistory;
class OrderDetailsPane;
class OrderFilterProxyModel;
class OrderSync;
class OrderTableModel;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class StationIndicator;
class StatusCountModel;
class StatusSidebar;
class StockDesk;
class StockPanel;
class SyncScheduler;
class SyncStatusWidget;
struct InventorySyncResult;
struct SyncResult;

// The order desk: status sidebar, order table with search, details of the current order,
// the sync indicator, and the fulfilment commands with the outbox panel. It reads the local
// store through the OrderBook, asks the sync to run and hands fulfilment work to a
// FulfillmentFlow; it never talks to the network or the database itself. Banners above the
// orders say when the shop cannot be reached and when a sync needs a person (a refused token,
// a broken local store); connecting a shop and keeping preferences are the caller's, asked
// for with signals. Pack mode (F2, issue 16) takes the table's place: ui/pack has its parts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(OrderBook *book,
               OrderSync *sync,
               Outbox *outbox,
               FulfillmentDesk *desk,
               const FulfillmentSettings &settings,
               QWidget *parent = nullptr);

    // "my-shop.myshopify.com" or "Demo store", shown in the title.
    void setShopName(const QString &name);
    // Syncs on demand (F5) through the scheduler from then on, and shows the offline banner
    // while it says the shop is away. Not owned; without one F5 starts the sync itself.
    void setSyncScheduler(SyncScheduler *scheduler);
    // The values Preferences starts from; the fulfilment ones apply to the window at once.
    void setPreferences(const FulfillmentSettings &fulfillment, const SyncSettings &sync);
    // Adds the stock panel (a dock beside the orders) over the stock analysis; not owned.
    void setStockDesk(StockDesk *desk);
    // How the stock read after a sync went: a failure shows in the stock panel and the
    // status bar, never as a failed sync (the orders were saved).
    void showStockRead(const InventorySyncResult &result);
    // This station and its packer, shown in the status bar and edited in Preferences and
    // with File > Change Packer (Ctrl+Shift+P).
    void setStation(const StationIdentity &who);
    const StationIdentity &station() const { return m_station; }
    // Where the details pane reads who sent an order's fulfilments; not owned.
    void setPackingHistory(const PackingHistory *history);
    // The packing station's settings (issue 16): pack mode, its scanner capture. Scans are
    // caught outside pack mode only from the first call on (in pack mode always).
    void setPackSettings(const PackSettings &settings);
    // Pack mode (F2) or the order table; the caller keeps which was open (packModeChanged).
    void setPackMode(bool on);
    bool isPackMode() const;
    // File > Print...: slips, pick list, command sheet and print settings (ui/printing).
    PrintActions *printing() const { return m_printing; }
    // The log file Help > Open Log shows.
    void setLogPath(const QString &path) { m_logPath = path; }

signals:
    // "Connect Another Shop...", or "Connect Again..." on the banner after the shop refused.
    void connectRequested();
    // Preferences accepted; the window already works with the fulfilment settings.
    void preferencesChanged(const FulfillmentSettings &fulfillment, const SyncSettings &sync);
    // The station or its packer was renamed (Preferences, Change Packer); the window shows
    // the new names already, the caller keeps them and records fulfilments with them.
    void stationChanged(const StationIdentity &who);
    // Pack mode was opened or closed (F2, the toolbar, a scanned slip).
    void packModeChanged(bool on);
    // Something happened at the packing table that the packer should hear.
    void packCue(PackCue cue);
    // Preferences changed the packing station's settings; the window works with them already.
    void packSettingsChanged(const PackSettings &settings);
    // REPRINT in pack mode: the packing slip of this order.
    void reprintRequested(const QString &orderId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void buildOutboxDock();
    // The pack view beside the order table, and the scanner capture for the whole window.
    QWidget *buildPackMode(QWidget *orderTable);
    void takeScan(const QString &code);
    QWidget *buildBanners();
    void syncNow();
    void updateOfflineBanner();
    // Which station syncs the shared store, and when it last did (SyncRole).
    void showWhoSyncs();
    void showSyncProblem(const SyncResult &result);
    // What a good sync could not fully read: customer details Shopify left out, open orders
    // it no longer shows. Each said once a session in the notice banner.
    void showSyncNotices(const SyncResult &result);
    void openLog();
    void openPreferences();
    void askForPacker();
    // The locations the shop's recent orders ship from, as (id, name) by name: the choices
    // for the packing location in Preferences.
    QList<QPair<QString, QString>> recentLocations() const;
    void changeStation(const StationIdentity &who);
    QStringList selectedOrderIds() const;
    QStringList shownOrderIds() const;
    void updateFulfillActions();
    void showOutbox();
    void applyFilter();
    void showCurrentOrder();
    void refreshDetailsIfShown();
    void showCurrentClaim();
    void updateShownCount();

    OrderBook *m_book;
    PrintActions *m_printing = nullptr;
    OrderSync *m_sync;
    Outbox *m_outbox;
    FulfillmentDesk *m_desk;
    FulfillmentSettings m_settings;
    SyncSettings m_syncSettings;
    QPointer<SyncScheduler> m_scheduler;
    StationIdentity m_station;
    const PackingHistory *m_packingHistory = nullptr;
    StationIndicator *m_stationIndicator = nullptr;
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
    QDockWidget *m_stockDock = nullptr;
    StockPanel *m_stockPanel = nullptr;
    OutboxIndicator *m_outboxIndicator = nullptr;
    QStackedWidget *m_views = nullptr;
    PackController *m_pack = nullptr;
    PackView *m_packView = nullptr;
    ScanCapture *m_capture = nullptr;
    QAction *m_packModeAction = nullptr;
    bool m_scannerSet = false; // setPackSettings was called
    PackSettings m_packSettings;
    PackSounds *m_packSounds = nullptr;
    QList<QPointer<QDockWidget>> m_docksHiddenForPacking;
    MessageBanner *m_offlineBanner = nullptr;
    MessageBanner *m_attentionBanner = nullptr;
    MessageBanner *m_noticeBanner = nullptr;
    bool m_customerNoticeShown = false;
    bool m_unreadableNoticeShown = false;
    QString m_logPath;
    QPushButton *m_connectAgain = nullptr;
    // Coalesces the many model signals of a sync into one update of the actions.
    QTimer m_actionUpdate;
};
