#pragma once

#include "core/fulfillment/FulfillmentSettings.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopCredentials.h"
#include "core/sync/SyncSettings.h"

#include <QObject>

#include <memory>

class AccessTokenProvider;
class Database;
class FulfillmentDesk;
class InventoryBook;
class InventoryFollower;
class InventorySync;
class MainWindow;
class OrderBook;
class OrderSync;
class Outbox;
class OutboxSender;
class QNetworkAccessManager;
class ShopifyClient;
class StockDesk;
class SyncScheduler;
namespace demostore {
class DemoStoreThread;
}

// Everything the desk needs for one shop, built once and wired together: the local store,
// the client, the sync and its schedule, the outbox and the window. Connecting another shop
// replaces the whole session.
class DeskSession final : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        bool demo = false;
        ShopAddress shop; // ignored in demo mode
        ShopCredentials credentials;
        QString databasePath; // empty: the shop's default (or the demo's)
        QString notice;       // shown in the status bar once the window is up
    };

    explicit DeskSession(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~DeskSession() override;

    // Builds and shows the desk; false with a sentence for people when it cannot.
    bool open(const Setup &setup, QString *problem);
    MainWindow *window() const { return m_window.get(); }
    OrderSync *sync() const { return m_sync.get(); }

signals:
    void connectRequested();

private:
    QNetworkAccessManager *m_network;
    ShopAddress m_shop;
    std::unique_ptr<demostore::DemoStoreThread> m_demoStore;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<AccessTokenProvider> m_tokens;
    std::unique_ptr<ShopifyClient> m_client;
    std::unique_ptr<OrderSync> m_sync;
    std::unique_ptr<SyncScheduler> m_scheduler;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<FulfillmentDesk> m_desk;
    std::unique_ptr<InventoryBook> m_inventory;
    std::unique_ptr<InventorySync> m_inventorySync;
    std::unique_ptr<InventoryFollower> m_inventoryFollower;
    std::unique_ptr<StockDesk> m_stock;
    std::unique_ptr<MainWindow> m_window;
};
