#pragma once

#include "core/secrets/SecretLocation.h"
#include "core/shopify/ConnectionTester.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopCredentials.h"
#include "core/storage/StoreLocation.h"

#include <QDialog>
#include <QPointer>

class MessageBanner;
class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class SecretField;

// Connects the desk to a shop: the shop's address (normalised as typed, refused with a
// sentence saying why), how the app signs in (an Admin API access token, or a client id and
// secret for the client-credentials grant), where the secret is kept, and "Test Connection",
// which shows the shop's name and the access the app still lacks. "Try the Demo Store" is
// the way in without a shop. Optionally, where the shop's orders are kept: empty for this
// computer's own file, or the PostgreSQL database several stations share.
//
// The secret stays in the dialog's fields until the caller reads credentials(); the dialog
// neither logs nor stores it. Enter never accepts by accident (a pasted token often ends with
// a line break): Connect is clicked, or Ctrl+Return.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    // The tester is not owned; without one there is no Test Connection.
    explicit ConnectDialog(ConnectionTester *tester, QWidget *parent = nullptr);

    void setShopText(const QString &text);
    // Prefills the sign-in: the kind and the client id; secrets may be empty.
    void setCredentials(const ShopCredentials &credentials);
    void setSecretLocation(SecretLocation location); // default Keychain
    // The order database as saved for the shop: a file or a PostgreSQL address; empty for
    // the shop's own file.
    void setStoreText(const QString &text);
    // A sentence shown prominently above everything ("No keychain answered ..."); empty hides it.
    void setNotice(const QString &text);

    // Valid after accept (unless the demo store was chosen).
    ShopAddress shop() const;
    ShopCredentials credentials() const;
    SecretLocation secretLocation() const;
    // Not valid when the field is empty (the shop's own file); Connect is only possible when
    // what was typed is a location.
    StoreLocation store() const;
    // Accepted through "Try the Demo Store".
    bool demoChosen() const { return m_demoChosen; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class TestState { NotTested, Running, Passed, Failed };

    QWidget *buildCredentials();
    QWidget *buildSecretLocation();
    QWidget *buildTest();
    void inputChanged();
    void updateShopStatus();
    void updateCredentialRows();
    void updateLocationHint();
    void updateStoreStatus();
    void updateButtons();
    void startTest();
    void showReport(const ConnectionTester::Report &report);
    void showResult(const QIcon &icon, const QString &text);
    void tryConnect();

    QPointer<ConnectionTester> m_tester;
    MessageBanner *m_notice = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_shop = nullptr;
    QLabel *m_shopStatusIcon = nullptr;
    QLabel *m_shopStatus = nullptr;
    QButtonGroup *m_kindGroup = nullptr;
    QRadioButton *m_useToken = nullptr;
    QRadioButton *m_useClient = nullptr;
    SecretField *m_token = nullptr;
    QLineEdit *m_clientId = nullptr;
    SecretField *m_clientSecret = nullptr;
    QLabel *m_credentialHint = nullptr;
    QButtonGroup *m_locationGroup = nullptr;
    QLabel *m_locationIcon = nullptr;
    QLabel *m_locationHint = nullptr;
    QLineEdit *m_store = nullptr;
    QLabel *m_storeStatusIcon = nullptr;
    QLabel *m_storeStatus = nullptr;
    QPushButton *m_test = nullptr;
    QProgressBar *m_busy = nullptr;
    QWidget *m_resultRow = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_cancel = nullptr;

    TestState m_testState = TestState::NotTested;
    // Bumped by every change of what a test depends on: a report about earlier input is
    // no report about this one.
    int m_inputVersion = 0;
    int m_testedVersion = -1;
    bool m_demoChosen = false;
};
