#include "CliSession.h"

#include "demostore/DemoStoreThread.h"
#include "sync/OrderSync.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

CliSession::CliSession() = default;

CliSession::~CliSession()
{
    // The client's replies go before the store that answers them.
    m_client.reset();
    m_book.reset();
    m_database.close();
    m_demoStore.reset();
}

bool CliSession::open(const ConnectionOptions::Resolved &connection, QString *problem)
{
    m_shop = connection.shop;
    QString token = connection.token;
    QString path = connection.databasePath;
    if (connection.demo) {
        const demostore::DemoStoreConfig config = ConnectionOptions::demoStoreConfig();
        m_demoStore = std::make_unique<demostore::DemoStoreThread>(config);
        QString error;
        if (!m_demoStore->start(&error)) {
            *problem = tr("The demo store could not start: %1").arg(error);
            return false;
        }
        m_shop = ShopAddress::fromUrl(m_demoStore->url());
        token = config.accessToken;
        if (path.isEmpty()) {
            m_temporaryStore = std::make_unique<QTemporaryDir>();
            path = m_temporaryStore->filePath(u"demo.sqlite"_s);
        }
    } else if (path.isEmpty()) {
        if (!m_shop.isValid()) {
            *problem = tr("Say which shop to use with --shop (and its token with --token-env), "
                          "or use --demo, or give a local store with --database.");
            return false;
        }
        path = ConnectionOptions::defaultDatabasePath(m_shop);
    }
    const StoreError opened = m_database.open(path);
    if (opened.isError()) {
        *problem = opened.userMessage() + u" ("_s + opened.detail + u')';
        return false;
    }
    m_book = std::make_unique<OrderBook>(m_database.connection());
    const StoreError loaded = m_book->load();
    if (loaded.isError()) {
        *problem = loaded.userMessage() + u" ("_s + loaded.detail + u')';
        return false;
    }
    m_client = std::make_unique<ShopifyClient>(&m_network);
    m_client->setShop(m_shop);
    m_client->setAccessToken(token);
    return true;
}

SyncResult CliSession::sync()
{
    OrderSync orderSync(m_client.get(), m_book.get());
    SyncResult result;
    QEventLoop loop;
    QObject::connect(&orderSync, &OrderSync::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    orderSync.start();
    loop.exec();
    return result;
}
