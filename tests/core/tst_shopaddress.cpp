#include "core/shopify/ShopAddress.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShopAddress final : public QObject
{
    Q_OBJECT

private slots:
    void normalisesWhatPeopleType_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("endpoint");
        const QString myShop = QStringLiteral(
            "https://my-shop.myshopify.com/admin/api/2026-01/graphql.json");
        QTest::newRow("name") << "my-shop" << myShop;
        QTest::newRow("name with spaces around") << "  my-shop \n" << myShop;
        QTest::newRow("upper case") << "My-Shop" << myShop;
        QTest::newRow("myshopify domain") << "my-shop.myshopify.com" << myShop;
        QTest::newRow("domain with slash") << "my-shop.myshopify.com/" << myShop;
        QTest::newRow("domain with admin path") << "my-shop.myshopify.com/admin" << myShop;
        QTest::newRow("full url") << "https://my-shop.myshopify.com" << myShop;
        QTest::newRow("full url with path")
            << "https://my-shop.myshopify.com/admin/orders?x=1" << myShop;
        QTest::newRow("loopback http") << "http://127.0.0.1:8123"
                                       << "http://127.0.0.1:8123/admin/api/2026-01/graphql.json";
        QTest::newRow("localhost http") << "http://localhost:9000/"
                                        << "http://localhost:9000/admin/api/2026-01/graphql.json";
        QTest::newRow("ipv6 loopback") << "http://[::1]:9000"
                                       << "http://[::1]:9000/admin/api/2026-01/graphql.json";
        QTest::newRow("custom https domain")
            << "https://shop.example.com"
            << "https://shop.example.com/admin/api/2026-01/graphql.json";
    }
    void normalisesWhatPeopleType()
    {
        QFETCH(QString, input);
        QFETCH(QString, endpoint);
        const ShopAddress address = ShopAddress::parse(input);
        QVERIFY2(address.isValid(), qPrintable(address.problemMessage()));
        QCOMPARE(address.graphqlUrl().toString(), endpoint);
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty") << "" << int(ShopAddress::Problem::Empty);
        QTest::newRow("spaces") << "   " << int(ShopAddress::Problem::Empty);
        QTest::newRow("plain http to a shop")
            << "http://my-shop.myshopify.com" << int(ShopAddress::Problem::InsecureHttp);
        QTest::newRow("plain http to a LAN host")
            << "http://192.168.1.20:8080" << int(ShopAddress::Problem::InsecureHttp);
        QTest::newRow("ftp") << "ftp://my-shop.myshopify.com"
                             << int(ShopAddress::Problem::UnsupportedScheme);
        QTest::newRow("underscore in name") << "my_shop" << int(ShopAddress::Problem::BadShopName);
        QTest::newRow("space in name") << "my shop" << int(ShopAddress::Problem::BadShopName);
        QTest::newRow("leading hyphen")
            << "-shop.myshopify.com" << int(ShopAddress::Problem::BadShopName);
        QTest::newRow("emoji") << "🛒shop" << int(ShopAddress::Problem::BadShopName);
        QTest::newRow("credentials in url")
            << "https://user:pw@my-shop.myshopify.com" << int(ShopAddress::Problem::NotAUrl);
        QTest::newRow("no host") << "https://" << int(ShopAddress::Problem::NotAUrl);
    }
    void refusesWithAReason()
    {
        QFETCH(QString, input);
        QFETCH(int, problem);
        const ShopAddress address = ShopAddress::parse(input);
        QVERIFY(!address.isValid());
        QCOMPARE(int(address.problem()), problem);
        // The words the person reads for this kind of problem, and what they typed, quoted.
        const QHash<int, QString>
            words{{int(ShopAddress::Problem::Empty),
                   u"Enter your shop's address, for example my-shop.myshopify.com."_s},
                  {int(ShopAddress::Problem::NotAUrl),
                   u"is not a shop address. Enter it as my-shop.myshopify.com or as "
                   "https://my-shop.myshopify.com."_s},
                  {int(ShopAddress::Problem::UnsupportedScheme),
                   u"does not start with https://. Shops are reached over https only."_s},
                  {int(ShopAddress::Problem::InsecureHttp),
                   u"uses plain http, which would send your access token unencrypted. Use https:// "
                   "instead."_s},
                  {int(ShopAddress::Problem::BadShopName),
                   u"is not a valid shop name. A shop name has only letters, digits and hyphens"_s}};
        const QString message = address.problemMessage();
        QVERIFY2(message.contains(words.value(problem)), qPrintable(message));
        if (problem != int(ShopAddress::Problem::Empty))
            QVERIFY2(message.startsWith(u'"' + input.trimmed() + u'"'), qPrintable(message));
    }

    void insecureMessageSaysWhatToDo()
    {
        const ShopAddress address = ShopAddress::parse(
            QStringLiteral("http://my-shop.myshopify.com"));
        QVERIFY(address.problemMessage().contains(QStringLiteral("https://")));
    }
};

QTEST_GUILESS_MAIN(TestShopAddress)
#include "tst_shopaddress.moc"
