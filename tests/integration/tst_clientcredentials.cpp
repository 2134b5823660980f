#include "core/demostore/DemoStore.h"
#include "core/shopify/ClientCredentialsProvider.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopifyClient.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "core/sync/OrderSync.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The client-credentials grant against the demo store over HTTP: a sync with a client id and
// secret instead of a token, a token that expires while the app runs, one the shop revokes
// (a 401: renewed once and the request sent again), and a wrong secret, which is said and
// changes nothing.
class TestClientCredentials final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;

    static demostore::DemoStoreConfig config(int tokenLifetimeSeconds)
    {
        demostore::DemoStoreConfig c;
        c.seed = 21;
        c.orderCount = 30;
        c.throttling = false;
        c.clientId = u"smidig-client"_s;
        c.clientSecret = u"right-secret"_s;
        c.tokenLifetimeSeconds = tokenLifetimeSeconds;
        return c;
    }

    SyncResult sync(ShopifyClient *client)
    {
        OrderSync orderSync(client, m_book.get());
        SyncResult result; // a sync that never ends fails, it does not pass
        result.shopError.kind = ShopifyError::Kind::Timeout;
        result.shopError.detail = u"the sync did not finish within 60 s"_s;
        QEventLoop loop;
        connect(&orderSync, &OrderSync::finished, &loop, [&](const SyncResult &r) {
            result = r;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        orderSync.start(OrderSync::Mode::Full);
        loop.exec();
        return result;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"cc.sqlite"_s));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(u"cc.sqlite"_s)).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
        QVERIFY(!m_book->load().isError());
    }
    void cleanup()
    {
        m_book.reset();
        m_db.reset();
    }

    void syncsWithAGrantedToken()
    {
        demostore::DemoStore store(config(86399));
        QVERIFY(store.start());
        const ShopAddress shop = ShopAddress::fromUrl(store.url());
        ClientCredentialsProvider tokens(&m_network, shop, u"smidig-client"_s, u"right-secret"_s);
        ShopifyClient client(&m_network);
        client.setShop(shop);
        client.setTokenProvider(&tokens);

        const SyncResult result = sync(&client);
        QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
        QCOMPARE(m_book->count(), 30);
        QCOMPARE(store.stats().tokensIssued.load(), 1);
        QVERIFY(tokens.isReady());
        // Shopify's answer says how long the token lives; the provider keeps it.
        QVERIFY(tokens.expiresAt() > QDateTime::currentDateTimeUtc().addSecs(86000));
        QVERIFY(!tokens.grantedScopes().isEmpty());
    }

    void aRevokedTokenIsRenewedOnceAndTheRequestSentAgain()
    {
        demostore::DemoStore store(config(86399));
        QVERIFY(store.start());
        const ShopAddress shop = ShopAddress::fromUrl(store.url());
        ClientCredentialsProvider tokens(&m_network, shop, u"smidig-client"_s, u"right-secret"_s);
        ShopifyClient client(&m_network);
        client.setShop(shop);
        client.setTokenProvider(&tokens);
        QVERIFY(sync(&client).isOk());
        const QString first = tokens.token();

        store.revokeToken(first);
        const SyncResult result = sync(&client);
        QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
        QCOMPARE(store.stats().tokensIssued.load(), 2);
        QVERIFY(store.stats().unauthorized.load() >= 1); // the 401 that led to the renewal
        QVERIFY(tokens.token() != first);
        QCOMPARE(m_book->count(), 30);
    }

    void aShortLivedTokenIsRenewedBeforeItExpires()
    {
        // A token of 3 s: the provider renews it 1.5 s before the end, so a sync 4 s later
        // goes through without a single refused request.
        demostore::DemoStore store(config(3));
        QVERIFY(store.start());
        const ShopAddress shop = ShopAddress::fromUrl(store.url());
        ClientCredentialsProvider tokens(&m_network, shop, u"smidig-client"_s, u"right-secret"_s);
        ShopifyClient client(&m_network);
        client.setShop(shop);
        client.setTokenProvider(&tokens);
        QVERIFY(sync(&client).isOk());

        QSignalSpy renewed(&tokens, &AccessTokenProvider::renewed);
        QVERIFY(renewed.wait(10000)); // by its timer, with no request waiting
        QVERIFY(sync(&client).isOk());
        QCOMPARE(store.stats().unauthorized.load(), 0);
        QVERIFY(store.stats().tokensIssued.load() >= 2);
    }

    void aWrongSecretIsSaidAndChangesNothing()
    {
        demostore::DemoStore store(config(86399));
        QVERIFY(store.start());
        const ShopAddress shop = ShopAddress::fromUrl(store.url());
        {
            ClientCredentialsProvider tokens(&m_network,
                                             shop,
                                             u"smidig-client"_s,
                                             u"right-secret"_s);
            ShopifyClient client(&m_network);
            client.setShop(shop);
            client.setTokenProvider(&tokens);
            QVERIFY(sync(&client).isOk());
        }
        const QList<OrderSummary> before = m_book->rows();

        ClientCredentialsProvider tokens(&m_network, shop, u"smidig-client"_s, u"wrong-secret"_s);
        ShopifyClient client(&m_network);
        client.setShop(shop);
        client.setTokenProvider(&tokens);
        const SyncResult result = sync(&client);
        QVERIFY(!result.isOk());
        // Shopify's answer to a wrong secret: 400 invalid_client, told apart from a refused
        // token.
        QCOMPARE(result.shopError.kind, ShopifyError::Kind::GrantRefused);
        QCOMPARE(result.shopError.grantError, u"invalid_client"_s);
        QVERIFY2(result.userMessage().contains(u"client ID or secret"_s),
                 qPrintable(result.userMessage()));
        QCOMPARE(store.stats().tokenRequestsRefused.load(), 1);
        QCOMPARE(m_book->rows(), before);
    }
};

QTEST_GUILESS_MAIN(TestClientCredentials)
#include "tst_clientcredentials.moc"
