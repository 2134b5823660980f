#include "core/fulfillment/FulfillmentPlanner.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopifyError.h"
#include "core/stock/InventorySyncResult.h"
#include "core/storage/StoreError.h"
#include "core/sync/SyncResult.h"
#include "core/tracking/TrackingNumberInput.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ShopifyError)
Q_DECLARE_METATYPE(StoreError)

// The words a person reads for every kind of failure, written out here as they should read:
// what happened, what it means for their work, and what to do. Nothing expected is produced by
// the code under test, so a message that goes missing, falls back to a code or loses its
// advice fails here. (Where each message is shown is for the tests of the window and the CLI.)
class TestUserMessages final : public QObject
{
    Q_OBJECT

private:
    static ShopifyError shopError(ShopifyError::Kind kind)
    {
        ShopifyError error;
        error.kind = kind;
        return error;
    }
    static StoreError storeError(StoreError::Kind kind)
    {
        StoreError error;
        error.kind = kind;
        error.detail = u"sqlite: disk I/O error"_s; // never shown in the message
        return error;
    }

private slots:
    void shopErrors_data()
    {
        QTest::addColumn<ShopifyError>("error");
        QTest::addColumn<QString>("message");
        using Kind = ShopifyError::Kind;
        QTest::newRow("none") << shopError(Kind::None) << QString();
        QTest::newRow("network")
            << shopError(Kind::Network)
            << u"Could not reach the shop. Check the network connection; Smidig keeps working "
               "with the orders it has and tries again."_s;
        QTest::newRow("timeout") << shopError(
            Kind::Timeout) << u"The shop did not answer in time. Smidig tries again shortly."_s;
        QTest::newRow("tls") << shopError(Kind::Tls)
                             << u"The connection to the shop is not secure (certificate problem). "
                                "Check the shop address and the computer's date and time."_s;
        QTest::newRow("401") << shopError(Kind::Unauthorized)
                             << u"The shop refused the access token: it is wrong, expired or was "
                                "revoked. Connect the shop again with a valid token."_s;
        QTest::newRow("402") << shopError(Kind::PaymentRequired)
                             << u"The shop is frozen because of unpaid Shopify bills. The shop "
                                "owner must settle them in Shopify before Smidig can sync."_s;
        QTest::newRow("403") << shopError(Kind::Forbidden)
                             << u"The app is not allowed to do this: an access scope is missing. "
                                "Give the app the scopes listed in Smidig's guide and connect "
                                "again."_s;
        QTest::newRow("404") << shopError(Kind::NotFound)
                             << u"There is no shop at this address. Check the shop address."_s;
        QTest::newRow("423") << shopError(Kind::Locked)
                             << u"The shop is locked by Shopify. The shop owner must contact "
                                "Shopify support."_s;
        QTest::newRow("429") << shopError(Kind::TooManyRequests)
                             << u"Shopify asked Smidig to slow down. Smidig waits and tries again."_s;
        QTest::newRow("5xx") << shopError(Kind::ServerError)
                             << u"Shopify has a problem on its side (server error). Smidig keeps "
                                "your work and tries again later."_s;
        ShopifyError teapot = shopError(Kind::HttpError);
        teapot.httpStatus = 418;
        QTest::newRow("another status")
            << teapot
            << u"The shop gave an unexpected answer (HTTP status 418). Try again later."_s;
        QTest::newRow("access denied")
            << shopError(Kind::AccessDenied)
            << u"Access denied: the app lacks an access scope for this data. Give the app the "
               "scopes listed in Smidig's guide and connect again."_s;
        QTest::newRow("throttled")
            << shopError(Kind::Throttled)
            << u"Shopify's rate limit is used up. Smidig waits and tries again."_s;
        QTest::newRow("max cost")
            << shopError(Kind::MaxCostExceeded)
            << u"A request was too large for Shopify. This is a bug in Smidig; please report it."_s;
        ShopifyError graphql = shopError(Kind::GraphqlError);
        graphql.detail = u"Field 'x' doesn't exist on type 'Order'"_s;
        QTest::newRow("graphql error, Shopify's words")
            << graphql
            << u"Shopify could not carry out the request: Field 'x' doesn't exist on type 'Order'"_s;
        ShopifyError longGraphql = shopError(Kind::GraphqlError);
        longGraphql.detail = QString(150, u'a') + QString(150, u'b');
        QTest::newRow("graphql error, cut at 200 characters")
            << longGraphql
            << u"Shopify could not carry out the request: "_s + QString(150, u'a')
                   + QString(50, u'b');
        QTest::newRow("bad response")
            << shopError(Kind::BadResponse)
            << u"The shop sent an answer Smidig does not understand, so nothing was changed. Try "
               "again later; if it keeps happening, report it."_s;
        QTest::newRow("cancelled") << shopError(Kind::Cancelled) << u"The request was cancelled."_s;
        QTest::newRow("redirected, nowhere named")
            << shopError(Kind::Redirected)
            << u"The shop's address sent Smidig on to another address. Smidig does not follow "
               "redirects, so the access token or client secret goes nowhere but the shop. "
               "Connect again with the shop's own address, my-shop.myshopify.com (Shopify "
               "admin: Settings > Domains)."_s;
        ShopifyError redirected = shopError(Kind::Redirected);
        redirected.host = u"butik.example.com"_s;
        QTest::newRow("redirected to a host")
            << redirected
            << u"The shop's address sent Smidig on to butik.example.com. Smidig does not follow "
               "redirects, so the access token or client secret goes nowhere but the shop. "
               "Connect again with the shop's own address, my-shop.myshopify.com (Shopify "
               "admin: Settings > Domains)."_s;
        ShopifyError customDomain = shopError(Kind::NotMyshopifyAddress);
        customDomain.host = u"butik.dk"_s;
        QTest::newRow("grant to a custom domain")
            << customDomain
            << u"Signing in with a client ID and secret works only with the shop's own address, "
               "my-shop.myshopify.com, not with butik.dk, so that the secret goes to Shopify and "
               "nowhere else. Connect with the shop's myshopify.com address (Shopify admin: "
               "Settings > Domains)."_s;

        // The token endpoint's refusals, by Shopify's OAuth error code.
        const auto refused = [](const QString &code, int status) {
            ShopifyError error;
            error.kind = Kind::GrantRefused;
            error.grantError = code;
            error.httpStatus = status;
            return error;
        };
        QTest::newRow("grant: invalid_client")
            << refused(u"invalid_client"_s, 400)
            << u"Shopify refused the client ID or secret: one of them is wrong, or the secret "
               "was rotated. Copy both again from the app's settings in Shopify's Dev Dashboard "
               "and connect again."_s;
        QTest::newRow("grant: shop_not_permitted")
            << refused(u"shop_not_permitted"_s, 400)
            << u"Shopify does not let this app sign in to this shop with a client ID and secret: "
               "that works only for apps made by the shop's own organization in the Dev "
               "Dashboard. Connect with an Admin API access token instead, or with an app of "
               "the shop's organization."_s;
        QTest::newRow("grant: app_not_installed")
            << refused(u"app_not_installed"_s, 400)
            << u"The app is not installed in this shop. Install it on the shop from Shopify's "
               "Dev Dashboard, then connect again."_s;
        QTest::newRow("grant: another code")
            << refused(u"invalid_request"_s, 400)
            << u"Shopify refused to give Smidig an access token (invalid_request). Check the "
               "app's client ID and secret and that the app is installed in the shop, then "
               "connect again."_s;
        QTest::newRow("grant: no code")
            << refused(QString(), 503)
            << u"Shopify refused to give Smidig an access token (HTTP status 503). Check the "
               "app's client ID and secret and that the app is installed in the shop, then "
               "connect again."_s;
    }
    void shopErrors()
    {
        QFETCH(ShopifyError, error);
        QFETCH(QString, message);
        QCOMPARE(error.userMessage(), message);
    }

    void storeErrors_data()
    {
        QTest::addColumn<StoreError>("error");
        QTest::addColumn<QString>("message");
        using Kind = StoreError::Kind;
        QTest::newRow("none") << storeError(Kind::None) << QString();
        QTest::newRow("cannot open")
            << storeError(Kind::CannotOpen)
            << u"Smidig cannot open its order database. Check that the data folder exists and "
               "that you may write to it."_s;
        QTest::newRow("locked") << storeError(Kind::Locked)
                                << u"The order database is in use by another program (perhaps a "
                                   "second Smidig). Close it and try again."_s;
        QTest::newRow("read-only") << storeError(Kind::ReadOnly)
                                   << u"The order database is read-only, so nothing new can be "
                                      "saved. Check the file's permissions and the free disk "
                                      "space."_s;
        QTest::newRow("corrupt") << storeError(Kind::Corrupt)
                                 << u"The order database is damaged. Smidig left it untouched; "
                                    "move the file aside and Smidig will build a new one from "
                                    "the shop on the next sync."_s;
        QTest::newRow("disk full")
            << storeError(Kind::DiskFull)
            << u"The disk is full, so nothing new could be saved. Free some space and try again."_s;
        QTest::newRow("newer schema")
            << storeError(Kind::NewerSchema)
            << u"The order database was written by a newer version of Smidig. Update Smidig to "
               "use it."_s;
        QTest::newRow("failed") << storeError(Kind::Failed)
                                << u"Smidig could not write to its order database. If this "
                                   "happens again, report it with the log (Help > Open Log in "
                                   "the window, --verbose on the command line)."_s;
        QTest::newRow("driver missing")
            << storeError(Kind::DriverMissing)
            << u"Smidig cannot open its order database because Qt's driver for it is not "
               "installed. Install the Debian packages libqt6sql6-sqlite and libqt6sql6-psql (or "
               "reinstall Smidig) and start it again."_s;
        QTest::newRow("server unreachable")
            << storeError(Kind::ServerUnreachable)
            << u"Smidig cannot reach the server of the shared order database. Check that the "
               "PostgreSQL server is running, that the database address names it (host and "
               "port) and that this PC may connect to it, then try again."_s;
        QTest::newRow("access denied")
            << storeError(Kind::AccessDenied)
            << u"The server of the shared order database did not let Smidig in. Check the user "
               "name in the database address, its password in ~/.pgpass (or in the file "
               "PGPASSFILE names), and that the server admits this user (pg_hba.conf) and gives "
               "it the rights to the database."_s;
        QTest::newRow("no such database")
            << storeError(Kind::NoSuchDatabase)
            << u"The shared order database named in the address does not exist on its server. "
               "Check the name in the address, or create the database (README, \"Several "
               "stations\")."_s;
    }
    void storeErrors()
    {
        QFETCH(StoreError, error);
        QFETCH(QString, message);
        QCOMPARE(error.userMessage(), message);
    }

    // SQLite's result codes, as the store meets them, turn into the kinds above.
    void storeErrorsComeFromSqlitesCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<StoreError::Kind>("kind");
        QTest::newRow("SQLITE_BUSY") << 5 << StoreError::Kind::Locked;
        QTest::newRow("SQLITE_LOCKED") << 6 << StoreError::Kind::Locked;
        QTest::newRow("SQLITE_BUSY_SNAPSHOT (extended)") << 517 << StoreError::Kind::Locked;
        QTest::newRow("SQLITE_READONLY") << 8 << StoreError::Kind::ReadOnly;
        QTest::newRow("SQLITE_CORRUPT") << 11 << StoreError::Kind::Corrupt;
        QTest::newRow("SQLITE_NOTADB") << 26 << StoreError::Kind::Corrupt;
        QTest::newRow("SQLITE_FULL") << 13 << StoreError::Kind::DiskFull;
        QTest::newRow("SQLITE_CANTOPEN") << 14 << StoreError::Kind::CannotOpen;
        QTest::newRow("SQLITE_IOERR") << 10 << StoreError::Kind::Failed;
    }
    void storeErrorsComeFromSqlitesCodes()
    {
        QFETCH(int, code);
        QFETCH(StoreError::Kind, kind);
        const StoreError error = StoreError::fromSqliteCode(code, u"detail"_s);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.detail, u"detail"_s);
    }

    // PostgreSQL's errors, by their SQLSTATE, or by libpq's words when it failed before the
    // server answered, turn into the kinds above.
    void storeErrorsComeFromPostgresStates_data()
    {
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("message");
        QTest::addColumn<StoreError::Kind>("kind");
        using Kind = StoreError::Kind;
        QTest::newRow("connection failure") << u"08006"_s << QString() << Kind::ServerUnreachable;
        QTest::newRow("server shutting down") << u"57P01"_s << QString() << Kind::ServerUnreachable;
        QTest::newRow("server starting") << u"57P03"_s << QString() << Kind::ServerUnreachable;
        QTest::newRow("wrong password") << u"28P01"_s << QString() << Kind::AccessDenied;
        QTest::newRow("no rights") << u"42501"_s << QString() << Kind::AccessDenied;
        QTest::newRow("no such database") << u"3D000"_s << QString() << Kind::NoSuchDatabase;
        QTest::newRow("lock timeout") << u"55P03"_s << QString() << Kind::Locked;
        QTest::newRow("deadlock") << u"40P01"_s << QString() << Kind::Locked;
        QTest::newRow("disk full") << u"53100"_s << QString() << Kind::DiskFull;
        QTest::newRow("unique violation") << u"23505"_s << QString() << Kind::Failed;
        QTest::newRow("libpq: refused")
            << QString()
            << u"connection to server at \"127.0.0.1\", port 5999 failed: Connection refused\n"
               "\tIs the server running on that host and accepting TCP/IP connections?"_s
            << Kind::ServerUnreachable;
        QTest::newRow("libpq: unknown host")
            << QString()
            << u"could not translate host name \"db.lager.example\" to address: Name or "
               "service not known"_s
            << Kind::ServerUnreachable;
        QTest::newRow("libpq: timeout")
            << QString() << u"timeout expired"_s << Kind::ServerUnreachable;
        QTest::newRow("libpq: no password")
            << QString()
            << u"connection to server at \"127.0.0.1\", port 5432 failed: fe_sendauth: no "
               "password supplied"_s
            << Kind::AccessDenied;
        QTest::newRow("server: wrong password")
            << QString()
            << u"connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password "
               "authentication failed for user \"smidig\""_s
            << Kind::AccessDenied;
        QTest::newRow("server: not in pg_hba.conf")
            << QString()
            << u"connection to server at \"10.0.0.5\", port 5432 failed: FATAL:  no "
               "pg_hba.conf entry for host \"10.0.0.7\", user \"smidig\", database "
               "\"orders\", SSL encryption"_s
            << Kind::AccessDenied;
        QTest::newRow("server: no such database")
            << QString()
            << u"connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database "
               "\"ordrer\" does not exist"_s
            << Kind::NoSuchDatabase;
        QTest::newRow("server gone mid-session")
            << QString()
            << u"server closed the connection unexpectedly\n\tThis probably means the server "
               "terminated abnormally\n\tbefore or while processing the request."_s
            << Kind::ServerUnreachable;
        QTest::newRow("anything else") << QString() << u"something new"_s << Kind::Failed;
    }
    void storeErrorsComeFromPostgresStates()
    {
        QFETCH(QString, sqlState);
        QFETCH(QString, message);
        QFETCH(StoreError::Kind, kind);
        const StoreError error = StoreError::fromPostgres(sqlState, message, u"detail"_s);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.detail, u"detail"_s);
    }

    void aSyncSaysWhatFailedAndWhatWasKept()
    {
        SyncResult ok;
        QCOMPARE(ok.userMessage(), QString());

        SyncResult offline;
        offline.shopError = shopError(ShopifyError::Kind::Network);
        QCOMPARE(offline.userMessage(),
                 u"Could not reach the shop. Check the network connection; Smidig keeps working "
                 "with the orders it has and tries again."_s);

        SyncResult full;
        full.storeError = storeError(StoreError::Kind::DiskFull);
        QCOMPARE(full.userMessage(),
                 u"The orders read from the shop could not be saved, so the order list is as it "
                 "was before this sync. The disk is full, so nothing new could be saved. Free "
                 "some space and try again."_s);
    }

    void aStockReadSaysTheOrdersAreNotAffected()
    {
        InventorySyncResult ok;
        QCOMPARE(ok.userMessage(), QString());

        InventorySyncResult denied;
        denied.shopError = shopError(ShopifyError::Kind::AccessDenied);
        QCOMPARE(denied.userMessage(),
                 u"The stock could not be read: Access denied: the app lacks an access scope for "
                 "this data. Give the app the scopes listed in Smidig's guide and connect again. "
                 "The orders are not affected; the stock shown is the last that was read, and it "
                 "is read again after the next sync."_s);

        InventorySyncResult locked;
        locked.storeError = storeError(StoreError::Kind::Locked);
        QCOMPARE(locked.userMessage(),
                 u"The stock that was read could not be saved: The order database is in use by "
                 "another program (perhaps a second Smidig). Close it and try again. The orders "
                 "are not affected; the stock shown is the last that was saved."_s);
    }

    // Why an order cannot ship, as the fulfil dialog and `smidig-cli fulfil` list it.
    void fulfilmentRefusals_data()
    {
        QTest::addColumn<FulfillmentPlanner::Reason>("reason");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("message");
        using Reason = FulfillmentPlanner::Reason;
        QTest::newRow("cancelled")
            << Reason::Cancelled << QString() << u"the order was cancelled"_s;
        QTest::newRow("fulfilled")
            << Reason::AlreadyFulfilled << QString() << u"already fulfilled"_s;
        QTest::newRow("on hold") << Reason::OnHold << QString() << u"on hold"_s;
        QTest::newRow("on hold, why") << Reason::OnHold << u"Butik Aarhus, Incorrect address"_s
                                      << u"on hold: Butik Aarhus, Incorrect address"_s;
        QTest::newRow("scheduled") << Reason::Scheduled << QString() << u"scheduled for later"_s;
        QTest::newRow("scheduled, when")
            << Reason::Scheduled << u"1 Dec 2026"_s << u"scheduled for 1 Dec 2026"_s;
        QTest::newRow("a service ships it")
            << Reason::FulfillmentService << u"ShipBob"_s << u"shipped by ShipBob"_s;
        QTest::newRow("requested from a service") << Reason::AwaitingRequest << u"ShipBob"_s
                                                  << u"requested from ShipBob, not shipped here"_s;
        QTest::newRow("pending") << Reason::Pending << QString()
                                 << u"Smidig is already sending a change for it"_s;
        QTest::newRow("not fulfillable")
            << Reason::NotFulfillable << QString() << u"Shopify does not allow fulfilling it now"_s;
        QTest::newRow("not fulfillable, status")
            << Reason::NotFulfillable << u"Incomplete"_s
            << u"Shopify does not allow fulfilling it now (Incomplete)"_s;
        QTest::newRow("nothing chosen")
            << Reason::NothingChosen << QString() << u"no quantities chosen"_s;
        QTest::newRow("awaiting routing")
            << Reason::AwaitingRouting << QString()
            << u"Shopify is still assigning it to a location; try again in a minute"_s;
        QTest::newRow("details pending")
            << Reason::DetailsPending << QString()
            << u"Smidig is still reading its items from Shopify; try again in a moment"_s;
        QTest::newRow("no fulfillment orders")
            << Reason::NoFulfillmentOrders << QString()
            << u"Shopify shows Smidig no fulfillment orders of it (a marketplace or another app "
               "may handle it); fulfil it in Shopify's admin"_s;
        QTest::newRow("unreadable")
            << Reason::Unreadable << QString()
            << u"Shopify no longer shows this order to Smidig (it is older than 60 days); fulfil "
               "it in Shopify's admin, or give the app the read_all_orders scope"_s;
        QTest::newRow("pickup") << Reason::Pickup << QString()
                                << u"local pickup: use Ready for Pickup, then Picked Up"_s;
        QTest::newRow("pickup, where")
            << Reason::Pickup << u"Lager Vejle"_s
            << u"local pickup at Lager Vejle: use Ready for Pickup, then Picked Up"_s;
        QTest::newRow("pickup not ready")
            << Reason::PickupNotReady << QString()
            << u"local pickup not marked ready yet: use Ready for Pickup first"_s;
        QTest::newRow("no pickup")
            << Reason::NoPickup << QString() << u"not a local pickup order"_s;
        QTest::newRow("external") << Reason::ExternalService << QString()
                                  << u"fulfilled outside Shopify; Smidig may not fulfil it"_s;
        QTest::newRow("external, where")
            << Reason::ExternalService << u"Lager Vejle"_s
            << u"fulfilled outside Shopify (Lager Vejle); Smidig may not fulfil it"_s;
        QTest::newRow("claimed elsewhere") << Reason::ClaimedElsewhere << u"Station 2 (Anna)"_s
                                           << u"being packed at Station 2 (Anna)"_s;
        QTest::newRow("queued elsewhere") << Reason::QueuedElsewhere << u"Station 2"_s
                                          << u"already being fulfilled at Station 2"_s;
        QTest::newRow("changed meanwhile")
            << Reason::ChangedMeanwhile << QString()
            << u"fulfilled meanwhile, at another station or in Shopify"_s;
    }
    void fulfilmentRefusals()
    {
        QFETCH(FulfillmentPlanner::Reason, reason);
        QFETCH(QString, detail);
        QFETCH(QString, message);
        FulfillmentPlanner::Refusal refusal{u"gid://shopify/Order/1"_s, u"#1001"_s, reason, detail};
        QCOMPARE(refusal.message(), message);
        refusal.partly = true;
        QCOMPARE(refusal.message(), u"partly: "_s + message);
    }

    void shopAddressProblems_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u"  "_s
                               << u"Enter your shop's address, for example my-shop.myshopify.com."_s;
        QTest::newRow("not a url")
            << u"https://"_s
            << u"\"https://\" is not a shop address. Enter it as my-shop.myshopify.com or as "
               "https://my-shop.myshopify.com."_s;
        QTest::newRow("ftp") << u"ftp://my-shop.myshopify.com"_s
                             << u"\"ftp://my-shop.myshopify.com\" does not start with https://. "
                                "Shops are reached over https only."_s;
        QTest::newRow("plain http")
            << u"http://my-shop.myshopify.com"_s
            << u"\"http://my-shop.myshopify.com\" uses plain http, which would send your access "
               "token unencrypted. Use https:// instead."_s;
        QTest::newRow("bad name") << u"my shop"_s
                                  << u"\"my shop\" is not a valid shop name. A shop name has only "
                                     "letters, digits and hyphens, as in my-shop.myshopify.com."_s;
        QTest::newRow("a good one says nothing") << u"my-shop"_s << QString();
    }
    void shopAddressProblems()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        QCOMPARE(ShopAddress::parse(typed).problemMessage(), message);
    }

    void trackingNumberProblems_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u" - "_s << u"The tracking number is empty."_s;
        QTest::newRow("too long") << QString(45, u'7')
                                  << u"The tracking number is too long: 45 characters, at most 40."_s;
        QTest::newRow("control character")
            << u"1Z999\tAA10123456784"_s
            << u"The tracking number contains an invisible control character (U+0009)."_s;
        QTest::newRow("not ASCII") << u"RB12345678\u00c9GB"_s
                                   << u"The tracking number contains \u201c\u00c9\u201d; tracking "
                                      "numbers have only the letters A to Z and digits."_s;
        QTest::newRow("punctuation") << u"#1001"_s
                                     << u"The tracking number contains \u201c#\u201d; tracking "
                                        "numbers have only the letters A to Z and digits."_s;
        QTest::newRow("a good one says nothing") << u"1Z999AA10123456784"_s << QString();
    }
    void trackingNumberProblems()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        QCOMPARE(TrackingNumberInput::normalise(typed).message(), message);
    }
};

QTEST_GUILESS_MAIN(TestUserMessages)
#include "tst_usermessages.moc"
