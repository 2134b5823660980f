#include "core/shop/ShopServices.h"

#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/OrderClaims.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxSender.h"
#include "core/shopify/AccessTokenProvider.h"
#include "core/shopify/ShopifyClient.h"
#include "core/stock/InventorySync.h"
#include "core/stock/StockDesk.h"
#include "core/storage/Database.h"
#include "core/storage/InventoryBook.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

ShopServices::ShopServices(QNetworkAccessManager *network)
    : m_network(network)
{}

ShopServices::~ShopServices()
{
    close();
}

void ShopServices::close()
{
    m_stock.reset();
    m_inventorySync.reset();
    m_sender.reset();
    m_sync.reset();
    m_desk.reset();
    m_claims.reset();
    m_client.reset();
    m_tokens.reset();
    m_outbox.reset();
    m_inventory.reset();
    m_book.reset();
    m_database.reset();
}

StoreError ShopServices::open(const Setup &setup)
{
    close();
    m_shop = setup.shop;
    m_station = setup.station;
    m_inventoryLoadError = {};
    auto failed = [this](const StoreError &error) {
        close();
        return error;
    };

    m_database = std::make_unique<Database>();
    if (const StoreError opened = m_database->open(setup.store); opened.isError())
        return failed(opened);
    m_book = std::make_unique<OrderBook>(m_database->connection());
    if (const StoreError loaded = m_book->load(); loaded.isError())
        return failed(loaded);
    // Actions left from the last run are in the outbox; their orders show as pending.
    m_outbox = std::make_unique<Outbox>(m_database->connection(), m_book.get());
    if (const StoreError loaded = m_outbox->load(); loaded.isError())
        return failed(loaded);
    m_inventory = std::make_unique<InventoryBook>(m_database->connection());
    m_inventoryLoadError = m_inventory->load();

    m_tokens = setup.credentials.makeProvider(m_network, m_shop);
    m_client = std::make_unique<ShopifyClient>(m_network);
    m_client->setShop(m_shop);
    m_client->setTokenProvider(m_tokens.get());
    m_sync = std::make_unique<OrderSync>(m_client.get(), m_book.get());
    m_sender = std::make_unique<OutboxSender>(m_outbox.get(), m_client.get());
    // Claims are held by this process under its outbox name, for this station. A store that
    // refuses the first write still opens (claiming then says why it cannot).
    m_claims = std::make_unique<OrderClaims>(m_database->connection(),
                                             m_book.get(),
                                             m_outbox->holder(),
                                             m_station);
    m_desk = std::make_unique<FulfillmentDesk>(m_book.get(), m_outbox.get(), m_claims.get());
    m_inventorySync = std::make_unique<InventorySync>(m_client.get(), m_inventory.get());
    m_stock = std::make_unique<StockDesk>(m_book.get(), m_inventory.get(), setup.stockRules);
    return {};
}
