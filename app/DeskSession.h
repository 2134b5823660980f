#pragma once

#include "core/fulfillment/FulfillmentSettings.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopCredentials.h"
#include "core/storage/StoreLocation.h"
#include "core/sync/SyncSettings.h"

#include <QObject>

#include <memory>

class InventoryFollower;
class MainWindow;
class OrderSync;
class QNetworkAccessManager;
class ShopServices;
class SyncScheduler;
namespace demostore {
class DemoStoreThread;
}

// Everything the desk needs for one shop: the shop's objects (ShopServices), and around them
// what only the window has: the sync's schedule, stock followed after the desk's work, the
// undo window and the window itself. Connecting another shop
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
        // Not valid: the one saved for the shop (AppSettings::storeLocation), else the shop's
        // own file (or the demo's).
        StoreLocation store;
        QString notice; // shown in the status bar once the window is up
    };

    explicit DeskSession(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~DeskSession() override;

    // Builds and shows the desk; false with a sentence for people when it cannot.
    bool open(const Setup &setup, QString *problem);
    MainWindow *window() const { return m_window.get(); }
    OrderSync *sync() const;

signals:
    void connectRequested();

private:
    QNetworkAccessManager *m_network;
    ShopAddress m_shop;
    std::unique_ptr<demostore::DemoStoreThread> m_demoStore;
    std::unique_ptr<ShopServices> m_services;
    std::unique_ptr<SyncScheduler> m_scheduler;
    std::unique_ptr<InventoryFollower> m_inventoryFollower;
    std::unique_ptr<MainWindow> m_window;
};
