#include "core/demostore/AccessScopes.h"
#include "core/demostore/DemoStore.h"
#include "core/shopify/AccessScopes.h"
#include "core/shopify/ConnectionTester.h"
#include "ui/dialogs/ConnectDialog.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/SecretField.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;

// The connect dialog used as a person would: typing a shop address, choosing how to sign in,
// testing the connection against the demo store over real HTTP on loopback, connecting.
class TestConnectDialog final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<ConnectionTester> m_tester;
    std::unique_ptr<ConnectDialog> m_dialog;

    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    QLineEdit *shopField() const { return child<QLineEdit>(u"shopField"_s); }
    QLabel *shopStatus() const { return child<QLabel>(u"shopStatus"_s); }
    SecretField *tokenField() const { return child<SecretField>(u"accessTokenField"_s); }
    QLineEdit *tokenEdit() const { return tokenField()->lineEdit(); }
    QLineEdit *clientIdField() const { return child<QLineEdit>(u"clientIdField"_s); }
    SecretField *clientSecretField() const { return child<SecretField>(u"clientSecretField"_s); }
    QPushButton *testButton() const { return child<QPushButton>(u"testButton"_s); }
    QPushButton *connectButton() const { return child<QPushButton>(u"connectButton"_s); }
    QLabel *testResult() const { return child<QLabel>(u"testResult"_s); }

    static demostore::DemoStoreConfig storeConfig()
    {
        demostore::DemoStoreConfig config;
        config.orderCount = 5;
        config.throttling = false;
        config.accessToken = u"shpat_right"_s;
        return config;
    }

    // Fills in the shop and the token with the keyboard, as typed.
    void type(const QString &shop, const QString &token)
    {
        shopField()->setFocus();
        QTest::keyClicks(shopField(), shop);
        tokenEdit()->setFocus();
        QTest::keyClicks(tokenEdit(), token);
    }

    // Clicks Test Connection and waits for the result; the button is off while it runs.
    bool testConnection()
    {
        if (!testButton()->isEnabled())
            return false;
        QTest::mouseClick(testButton(), Qt::LeftButton);
        if (testButton()->isEnabled() || !child<QProgressBar>(u"testBusy"_s)->isVisible())
            return false;
        return QTest::qWaitFor([this] { return !m_tester->isRunning() && testButton()->isEnabled(); },
                               20000);
    }

private slots:
    void init()
    {
        m_tester = std::make_unique<ConnectionTester>(&m_network);
        m_dialog = std::make_unique<ConnectDialog>(m_tester.get());
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_tester.reset();
    }

    void startsInTheShopField()
    {
        QVERIFY(shopField()->hasFocus());
        QCOMPARE(shopStatus()->text(),
                 u"Enter your shop's address, for example my-shop.myshopify.com."_s);
        QVERIFY(!connectButton()->isEnabled());
        QVERIFY(!testButton()->isEnabled());
    }

    void refusesWhatIsNoShopAddress()
    {
        type(u"my shop"_s, u"shpat_abc"_s);
        QCOMPARE(shopStatus()->text(),
                 u"\"my shop\" is not a valid shop name. A shop name has only letters, digits "
                 "and hyphens, as in my-shop.myshopify.com."_s);
        QVERIFY(!connectButton()->isEnabled());
        QVERIFY(!testButton()->isEnabled());
        QTest::keyClick(tokenEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    }

    void showsTheNormalisedAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("name") << u"my-shop"_s;
        QTest::newRow("host") << u"my-shop.myshopify.com"_s;
        QTest::newRow("url") << u"https://My-Shop.myshopify.com/admin/orders"_s;
    }
    void showsTheNormalisedAddress()
    {
        QFETCH(QString, typed);
        type(typed, QString());
        QCOMPARE(shopStatus()->text(), u"Connects to my-shop.myshopify.com"_s);
        QVERIFY(!connectButton()->isEnabled()); // no token yet
        QTest::keyClicks(tokenEdit(), u"shpat_abc"_s);
        QVERIFY(connectButton()->isEnabled());
        QCOMPARE(m_dialog->shop().displayName(), u"my-shop.myshopify.com"_s);
    }

    void clientCredentialsShowTheirFields()
    {
        QVERIFY(tokenField()->isVisible());
        QVERIFY(!clientIdField()->isVisible());
        QVERIFY(!clientSecretField()->isVisible());
        // From the token choice, the arrow key moves to the other choice, as in any group.
        auto *tokenChoice = child<QRadioButton>(u"accessTokenChoice"_s);
        tokenChoice->setFocus();
        QTest::keyClick(tokenChoice, Qt::Key_Right);
        QVERIFY(child<QRadioButton>(u"clientCredentialsChoice"_s)->isChecked());
        QVERIFY(!tokenField()->isVisible());
        QVERIFY(clientIdField()->isVisible());
        QVERIFY(clientSecretField()->isVisible());

        type(u"my-shop"_s, QString());
        QTest::keyClicks(clientIdField(), u" 0123abcd "_s);
        QVERIFY(!connectButton()->isEnabled());
        QTest::keyClicks(clientSecretField()->lineEdit(), u"shpss_secret"_s);
        QVERIFY(connectButton()->isEnabled());
        QCOMPARE(clientSecretField()->lineEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClick(m_dialog.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        const ShopCredentials credentials = m_dialog->credentials();
        QCOMPARE(credentials.kind, ShopCredentials::Kind::ClientCredentials);
        QCOMPARE(credentials.clientId, u"0123abcd"_s);
        QCOMPARE(credentials.clientSecret, u"shpss_secret"_s);
        QVERIFY(credentials.accessToken.isEmpty());
    }

    // The order database is optional: empty keeps the shop's own file; an address is checked
    // as it is typed, and one Smidig cannot use keeps Connect off and says why.
    void theOrderDatabaseIsCheckedAsTyped()
    {
        type(u"my-shop"_s, u"shpat_abc"_s);
        QLineEdit *field = child<QLineEdit>(u"storeField"_s);
        QLabel *status = child<QLabel>(u"storeStatus"_s);
        QCOMPARE(status->text(),
                 u"The orders are kept on this computer. To share them with other packing "
                 "stations, give the address of a PostgreSQL database: "
                 "postgresql://user@host/database."_s);
        QVERIFY(connectButton()->isEnabled());
        QVERIFY(!m_dialog->store().isValid());

        field->setFocus();
        QTest::keyClicks(field, u"postgresql://lager:hemmelig@127.0.0.1/ordrer"_s);
        QCOMPARE(status->text(),
                 u"Leave the password out of the database address: Smidig keeps the address in "
                 "its settings and its log. Put the password in ~/.pgpass (or in the file the "
                 "PGPASSFILE variable names), where PostgreSQL finds it by itself."_s);
        QVERIFY(!connectButton()->isEnabled());
        QCOMPARE(connectButton()->toolTip(), u"Correct the order database's address first"_s);
        QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_dialog->isVisible());

        field->clear();
        QTest::keyClicks(field, u"postgresql://lager@127.0.0.1/ordrer"_s);
        QCOMPARE(status->text(),
                 u"Shares the orders with the other stations in the database ordrer on "
                 "127.0.0.1:5432."_s);
        QVERIFY(connectButton()->isEnabled());
        QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->store().toString(), u"postgresql://lager@127.0.0.1/ordrer"_s);
    }

    void secretIsHiddenUntilShown()
    {
        type(u"my-shop"_s, u"shpat_visible"_s);
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Password);
        // A button's mnemonic clicks it a moment later, as it shows the button pressed.
        QTest::keyClick(m_dialog.get(), Qt::Key_H, Qt::AltModifier);
        QTRY_COMPARE(tokenEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(tokenEdit()->displayText(), u"shpat_visible"_s);
        QTest::keyClick(m_dialog.get(), Qt::Key_H, Qt::AltModifier);
        QTRY_COMPARE(tokenEdit()->echoMode(), QLineEdit::Password);
    }

    void enterInAFieldDoesNotAccept()
    {
        type(u"my-shop"_s, u"shpat_abc"_s);
        QTest::keyClick(tokenEdit(), Qt::Key_Return);
        QTest::keyClick(shopField(), Qt::Key_Enter, Qt::KeypadModifier);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        // Ctrl+Return connects, with what was typed.
        QTest::keyClick(tokenEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->demoChosen());
        QCOMPARE(m_dialog->shop().baseUrl(), QUrl(u"https://my-shop.myshopify.com"_s));
        QCOMPARE(m_dialog->credentials().kind, ShopCredentials::Kind::AccessToken);
        QCOMPARE(m_dialog->credentials().accessToken, u"shpat_abc"_s);
        QCOMPARE(m_dialog->secretLocation(), SecretLocation::Keychain);
    }

    void whereTheSecretIsKept()
    {
        auto *hint = child<QLabel>(u"secretLocationHint"_s);
        QVERIFY(!hint->text().contains(u"unencrypted"_s));
        m_dialog->setSecretLocation(SecretLocation::File);
        QVERIFY(child<QRadioButton>(u"fileChoice"_s)->isChecked());
        QVERIFY(hint->text().contains(u"unencrypted"_s));
        QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::AltModifier); // For this session only
        QTRY_COMPARE(m_dialog->secretLocation(), SecretLocation::SessionOnly);
        QVERIFY(!hint->text().contains(u"unencrypted"_s));
    }

    void prefillsAndStartsWhereInputIsMissing()
    {
        m_dialog->close();
        ShopCredentials saved;
        saved.kind = ShopCredentials::Kind::ClientCredentials;
        saved.clientId = u"my-client"_s;
        m_dialog->setShopText(u"my-shop.myshopify.com"_s);
        m_dialog->setCredentials(saved);
        m_dialog->setSecretLocation(SecretLocation::SessionOnly);
        m_dialog->setNotice(u"No keychain answered."_s);
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        QVERIFY(clientSecretField()->lineEdit()->hasFocus());
        QCOMPARE(clientIdField()->text(), u"my-client"_s);
        QCOMPARE(m_dialog->secretLocation(), SecretLocation::SessionOnly);
        auto *notice = child<MessageBanner>(u"connectNotice"_s);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), u"No keychain answered."_s);
    }

    // The client secret goes to the shop's myshopify.com address only: a custom domain is
    // refused for the client-credentials sign-in, as the person types, and nothing can be sent.
    void aClientSecretIsNeverSentToACustomDomain()
    {
        shopField()->setFocus();
        QTest::keyClicks(shopField(), u"shop.example.com"_s);
        QTest::mouseClick(child<QRadioButton>(u"clientCredentialsChoice"_s), Qt::LeftButton);
        clientIdField()->setFocus();
        QTest::keyClicks(clientIdField(), u"my-client"_s);
        clientSecretField()->lineEdit()->setFocus();
        QTest::keyClicks(clientSecretField()->lineEdit(), u"the-secret"_s);
        QCOMPARE(m_dialog->credentials().kind, ShopCredentials::Kind::ClientCredentials);
        QCOMPARE(shopStatus()->text(),
                 u"Signing in with a client ID and secret works only with the shop's own "
                 "address, my-shop.myshopify.com, not with shop.example.com, so that the secret "
                 "goes to Shopify and nowhere else. Connect with the shop's myshopify.com "
                 "address (Shopify admin: Settings > Domains)."_s);
        QVERIFY(!connectButton()->isEnabled());
        QVERIFY(!testButton()->isEnabled());

        // With an access token the same address is fine (a custom app's token works there),
        // and with the shop's myshopify.com address the sign-in is fine too.
        QTest::mouseClick(child<QRadioButton>(u"accessTokenChoice"_s), Qt::LeftButton);
        QCOMPARE(shopStatus()->text(), u"Connects to shop.example.com"_s);
        QTest::mouseClick(child<QRadioButton>(u"clientCredentialsChoice"_s), Qt::LeftButton);
        shopField()->clear();
        QTest::keyClicks(shopField(), u"my-shop"_s);
        QCOMPARE(shopStatus()->text(), u"Connects to my-shop.myshopify.com"_s);
        QVERIFY(connectButton()->isEnabled());
    }

    void wrongTokenIsRefused()
    {
        demostore::DemoStore store(storeConfig());
        QVERIFY(store.start());
        type(store.url().toString(), u"shpat_wrong"_s);
        QCOMPARE(shopStatus()->text(), u"Connects to %1"_s.arg(store.url().toString()));
        QVERIFY(testConnection());
        QCOMPARE(testResult()->text(),
                 u"The shop refused the access token: it is wrong, expired or was revoked. "
                 "Connect the shop again with a valid token."_s);
        QVERIFY(testResult()->isVisible());
        // Staff may know better: Connect stays possible and says so.
        QVERIFY(connectButton()->isEnabled());
        QCOMPARE(connectButton()->text(), u"C&onnect Anyway"_s);
    }

    void rightTokenShowsTheShop()
    {
        demostore::DemoStore store(storeConfig());
        QVERIFY(store.start());
        type(store.url().toString(), u"shpat_right"_s);
        QVERIFY(testConnection());
        QVERIFY2(testResult()->text().contains(u"Smidig Demo Butik"_s),
                 qPrintable(testResult()->text()));
        QVERIFY(testResult()->text().contains(u"smidig-demo.myshopify.com"_s));
        QCOMPARE(connectButton()->text(), u"C&onnect"_s);

        // Changing what was tested takes the result away.
        QTest::keyClick(tokenEdit(), Qt::Key_Backspace);
        QVERIFY(!testResult()->isVisible());
    }

    void clientCredentialsAreTested()
    {
        demostore::DemoStoreConfig config = storeConfig();
        config.accessToken.clear();
        config.clientId = u"client-1"_s;
        config.clientSecret = u"shpss_right"_s;
        demostore::DemoStore store(config);
        QVERIFY(store.start());
        QTest::keyClick(m_dialog.get(), Qt::Key_L, Qt::AltModifier); // Client ID and secret
        QTRY_VERIFY(clientIdField()->isVisible());
        type(store.url().toString(), QString());
        QTest::keyClicks(clientIdField(), u"client-1"_s);
        QTest::keyClicks(clientSecretField()->lineEdit(), u"shpss_right"_s);
        QVERIFY(testConnection());
        QVERIFY2(testResult()->text().contains(u"Smidig Demo Butik"_s),
                 qPrintable(testResult()->text()));
    }

    void missingScopeIsNamedWithItsPurpose()
    {
        const QString missing = u"write_merchant_managed_fulfillment_orders"_s;
        demostore::DemoStoreConfig config = storeConfig();
        config.grantedScopes.removeAll(missing);
        demostore::DemoStore store(config);
        QVERIFY(store.start());
        type(store.url().toString(), u"shpat_right"_s);
        QVERIFY(testConnection());
        const QString text = testResult()->text();
        QVERIFY2(text.contains(u"Smidig Demo Butik"_s), qPrintable(text));
        QVERIFY(text.contains(missing));
        QVERIFY(text.contains(AccessScopes::purpose(missing)));
        // Only the one missing scope is listed: its read scope and the others are granted.
        for (const QString &scope : AccessScopes::required()) {
            if (scope != missing)
                QVERIFY2(!text.contains(u"(%1)"_s.arg(scope)), qPrintable(scope));
        }
        QCOMPARE(connectButton()->text(), u"C&onnect Anyway"_s);
    }

    void theOptionalScopeIsOfferedWithItsPurpose()
    {
        // Everything Smidig needs, but not read_all_orders: the test passes, and names the
        // optional scope with what it would add.
        demostore::DemoStoreConfig config = storeConfig();
        config.grantedScopes = demostore::AccessScopes::smidigScopes();
        demostore::DemoStore store(config);
        QVERIFY(store.start());
        type(store.url().toString(), u"shpat_right"_s);
        QVERIFY(testConnection());
        const QString text = testResult()->text();
        QVERIFY2(text.contains(u"The app has all the access Smidig needs."_s), qPrintable(text));
        QVERIFY(text.contains(u"Optional, not granted:"_s));
        QVERIFY(text.contains(u"keep reading open orders older than 60 days, such as backorders "
                              "and pre-orders (read_all_orders)"_s));
        QCOMPARE(connectButton()->text(), u"C&onnect"_s);

        // Granted, it is not mentioned.
        store.setGrantedScopes(demostore::AccessScopes::defaultGrant());
        QTest::keyClick(tokenEdit(), Qt::Key_Backspace);
        QTest::keyClicks(tokenEdit(), u"t"_s);
        QVERIFY(testConnection());
        QVERIFY2(!testResult()->text().contains(u"read_all_orders"_s),
                 qPrintable(testResult()->text()));
    }

    void tryTheDemoStore()
    {
        QTest::keyClick(m_dialog.get(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_dialog->demoChosen());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
