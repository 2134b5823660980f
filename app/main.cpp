// smidig: the order desk. This file only builds the objects and wires them together.

#include "ConnectionOptions.h"
#include "Translations.h"

#include "AppSettings.h"

#include "MainWindow.h"
#include "fulfillment/FulfillmentDesk.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSender.h"
#include "demostore/DemoStoreThread.h"
#include "shopify/ShopifyClient.h"
#include "storage/Database.h"
#include "storage/OrderBook.h"
#include "sync/OrderSync.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Smidig cannot start"), message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Smidig"_s);
    QCoreApplication::setApplicationName(u"Smidig"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(SMIDIG_VERSION));
    QGuiApplication::setDesktopFileName(QLatin1StringView(SMIDIG_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Smidig, the order desk for Shopify stores."));
    parser.addHelpOption();
    parser.addVersionOption();
    const ConnectionOptions connectionOptions;
    connectionOptions.addTo(parser);
    const QCommandLineOption languageOption(
        u"lang"_s, QCoreApplication::translate("main", "Use this language (da, de, en) instead of the system's."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption quitAfterSync(
        u"quit-after-sync"_s, QCoreApplication::translate("main", "Quit once the first sync has finished (for smoke tests)."));
    parser.addOptions({languageOption, quitAfterSync});
    parser.process(app);

    Translations::install(&app, parser.value(languageOption));

    ConnectionOptions::Resolved connection;
    QString problem;
    if (!connectionOptions.resolve(parser, &connection, &problem))
        return fail(problem);

    // In demo mode the demo store runs on its own thread, so serving never stalls the window.
    std::unique_ptr<demostore::DemoStoreThread> demoStore;
    ShopAddress shop = connection.shop;
    QString token = connection.token;
    QString databasePath = connection.databasePath;
    if (connection.demo) {
        const demostore::DemoStoreConfig config = ConnectionOptions::demoStoreConfig();
        demoStore = std::make_unique<demostore::DemoStoreThread>(config);
        QString error;
        if (!demoStore->start(&error))
            return fail(QCoreApplication::translate("main", "The demo store could not start: %1").arg(error));
        shop = ShopAddress::fromUrl(demoStore->url());
        token = config.accessToken;
        if (databasePath.isEmpty())
            databasePath = ConnectionOptions::demoDatabasePath();
    } else if (databasePath.isEmpty() && shop.isValid()) {
        databasePath = ConnectionOptions::defaultDatabasePath(shop);
    } else if (databasePath.isEmpty()) {
        databasePath = ConnectionOptions::demoDatabasePath();
    }

    Database database;
    const StoreError opened = database.open(databasePath);
    if (opened.isError())
        return fail(opened.userMessage() + u"\n\n"_s + opened.detail);
    OrderBook book(database.connection());
    const StoreError loaded = book.load();
    if (loaded.isError())
        return fail(loaded.userMessage() + u"\n\n"_s + loaded.detail);

    QNetworkAccessManager network;
    ShopifyClient client(&network);
    client.setShop(shop);
    client.setAccessToken(token);
    OrderSync sync(&client, &book);

    // Actions left from the last run go out first; new ones wait out the undo window.
    Outbox outbox(database.connection(), &book);
    const StoreError outboxLoaded = outbox.load();
    if (outboxLoaded.isError())
        return fail(outboxLoaded.userMessage() + u"\n\n"_s + outboxLoaded.detail);
    const FulfillmentSettings fulfillmentSettings = AppSettings::fulfillmentSettings(shop);
    outbox.setUndoWindow(fulfillmentSettings.undoWindow);
    OutboxSender sender(&outbox, &client);
    FulfillmentDesk desk(&book, &outbox);

    MainWindow window(&book, &sync, &outbox, &desk, fulfillmentSettings);
    window.setShopName(connection.demo ? QCoreApplication::translate("main", "Demo store") : shop.displayName());
    window.showMaximized();

    if (shop.isValid()) {
        sender.start();
        QTimer::singleShot(0, &sync, &OrderSync::start);
    } else {
        window.statusBar()->showMessage(QCoreApplication::translate(
            "main", "No shop connected. Start Smidig with --shop and an access token, or with --demo to try the demo store."));
    }
    if (parser.isSet(quitAfterSync)) {
        QObject::connect(&sync, &OrderSync::finished, &app, [](const SyncResult &result) {
            QCoreApplication::exit(result.isOk() ? 0 : 2);
        });
    }
    return app.exec();
}
