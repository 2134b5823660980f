#include "ui/dialogs/ConnectDialog.h"

#include "core/shopify/AccessScopes.h"
#include "ui/StatusIcons.h"
#include "ui/dialogs/DialogKeys.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/SecretField.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *iconLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    const int size = parent->style()->pixelMetric(QStyle::PM_SmallIconSize);
    label->setFixedSize(size, size);
    return label;
}

void setIcon(QLabel *label, const QIcon &icon)
{
    label->setPixmap(icon.pixmap(label->size(), label->devicePixelRatioF()));
}

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // A form row may give a wrapped sentence more height than its lines need (its height is
    // worked out for a narrower width first): the text stays at the top, beside its icon,
    // rather than sliding down to the middle of the room.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// An icon beside a sentence, the icon at the top of a long one.
QWidget *iconRow(QLabel *icon, QLabel *text, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    icon->setParent(row);
    text->setParent(row);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    return row;
}

// The shop as people know it: its myshopify name, or the whole address for anything else
// (the demo store's "http://127.0.0.1:8080").
QString shownAddress(const ShopAddress &shop)
{
    const QUrl base = shop.baseUrl();
    if (base.scheme() == "https"_L1 && base.port() == -1)
        return shop.displayName();
    return base.toDisplayString();
}

} // namespace

ConnectDialog::ConnectDialog(ConnectionTester *tester, QWidget *parent)
    : QDialog(parent)
    , m_tester(tester)
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect a Shop"));

    auto *layout = new QVBoxLayout(this);
    m_notice = new MessageBanner(MessageBanner::Kind::Warning, this);
    m_notice->setObjectName(u"connectNotice"_s);
    m_notice->setIcon(StatusIcons::warning());
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *intro = wrappedLabel(this);
    intro->setText(
        tr("Smidig reads the shop's orders and fulfills them through an app installed in the shop. "
           "Enter the shop's address and how the app signs in, then test the connection."));
    layout->addWidget(intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_shop = new QLineEdit(this);
    m_shop->setObjectName(u"shopField"_s);
    m_shop->setPlaceholderText(tr("my-shop.myshopify.com"));
    m_shop->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase
                                | Qt::ImhNoPredictiveText);
    m_form->addRow(tr("Shop &address:"), m_shop);
    m_shopStatusIcon = iconLabel(this);
    m_shopStatus = wrappedLabel(this);
    m_shopStatus->setObjectName(u"shopStatus"_s);
    m_form->addRow(QString(), iconRow(m_shopStatusIcon, m_shopStatus, this));
    layout->addLayout(m_form);
    buildCredentials();
    m_form->addRow(tr("Keep the secret:"), buildSecretLocation());
    m_store = new QLineEdit(this);
    m_store->setObjectName(u"storeField"_s);
    m_store->setPlaceholderText(tr("This computer's own file"));
    m_store->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase
                                 | Qt::ImhNoPredictiveText);
    m_form->addRow(tr("Orde&r database:"), m_store);
    m_storeStatusIcon = iconLabel(this);
    m_storeStatus = wrappedLabel(this);
    m_storeStatus->setObjectName(u"storeStatus"_s);
    m_form->addRow(QString(), iconRow(m_storeStatusIcon, m_storeStatus, this));

    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    layout->addWidget(buildTest());
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_demo = new QPushButton(tr("Try the &Demo Store"), this);
    m_demo->setObjectName(u"demoButton"_s);
    m_demo->setToolTip(
        tr("Open Smidig on a made-up shop that runs on this computer, to try everything safely"));
    // Plain buttons: Enter clicks only the focused one (see keyPressEvent), never a default.
    m_connect = new QPushButton(tr("C&onnect"), this);
    m_connect->setObjectName(u"connectButton"_s);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelButton"_s);
    for (QPushButton *button : {m_demo, m_connect, m_cancel})
        button->setAutoDefault(false);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    buttons->addWidget(m_connect);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_demoChosen = true;
        accept();
    });
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::tryConnect);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    DialogKeys::addAcceptShortcut(this, [this] { tryConnect(); });

    connect(m_shop, &QLineEdit::textChanged, this, &ConnectDialog::inputChanged);
    connect(m_kindGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            inputChanged();
    });
    connect(m_token, &SecretField::textChanged, this, &ConnectDialog::inputChanged);
    connect(m_clientId, &QLineEdit::textChanged, this, &ConnectDialog::inputChanged);
    connect(m_clientSecret, &SecretField::textChanged, this, &ConnectDialog::inputChanged);
    connect(m_locationGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateLocationHint();
    });
    connect(m_store, &QLineEdit::textChanged, this, [this] {
        updateStoreStatus();
        updateButtons();
    });
    if (m_tester)
        connect(m_tester, &ConnectionTester::finished, this, &ConnectDialog::showReport);

    inputChanged();
    updateStoreStatus();
    updateLocationHint();
    resize(std::max(640, sizeHint().width()), sizeHint().height());
}

QWidget *ConnectDialog::buildCredentials()
{
    auto *kinds = new QWidget(this);
    auto *kindLayout = new QHBoxLayout(kinds);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    m_useToken = new QRadioButton(tr("A&ccess token"), kinds);
    m_useToken->setObjectName(u"accessTokenChoice"_s);
    m_useToken->setToolTip(
        tr("An Admin API access token of a custom app made in the shop's admin"));
    m_useClient = new QRadioButton(tr("C&lient ID and secret"), kinds);
    m_useClient->setObjectName(u"clientCredentialsChoice"_s);
    m_useClient->setToolTip(tr("The client credentials of an app made in Shopify's Dev Dashboard"));
    m_kindGroup = new QButtonGroup(this);
    m_kindGroup->addButton(m_useToken, int(ShopCredentials::Kind::AccessToken));
    m_kindGroup->addButton(m_useClient, int(ShopCredentials::Kind::ClientCredentials));
    m_useToken->setChecked(true);
    kindLayout->addWidget(m_useToken);
    kindLayout->addWidget(m_useClient);
    kindLayout->addStretch(1);
    m_form->addRow(tr("Sign in with:"), kinds);

    m_token = new SecretField(this);
    m_token->setObjectName(u"accessTokenField"_s);
    m_token->setPlaceholderText(tr("shpat_..."));
    m_form->addRow(tr("Access &token:"), m_token);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(u"clientIdField"_s);
    m_clientId->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_form->addRow(tr("Client &ID:"), m_clientId);
    m_clientSecret = new SecretField(this);
    m_clientSecret->setObjectName(u"clientSecretField"_s);
    m_form->addRow(tr("Client s&ecret:"), m_clientSecret);
    m_credentialHint = wrappedLabel(this);
    m_credentialHint->setObjectName(u"credentialHint"_s);
    m_form->addRow(QString(), m_credentialHint);
    return kinds;
}

QWidget *ConnectDialog::buildSecretLocation()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *keychain = new QRadioButton(tr("In the system &keychain (recommended)"), box);
    keychain->setObjectName(u"keychainChoice"_s);
    auto *file = new QRadioButton(tr("In a &file only you can read"), box);
    file->setObjectName(u"fileChoice"_s);
    auto *session = new QRadioButton(tr("For this &session only"), box);
    session->setObjectName(u"sessionChoice"_s);
    m_locationGroup = new QButtonGroup(this);
    m_locationGroup->addButton(keychain, int(SecretLocation::Keychain));
    m_locationGroup->addButton(file, int(SecretLocation::File));
    m_locationGroup->addButton(session, int(SecretLocation::SessionOnly));
    keychain->setChecked(true);
    layout->addWidget(keychain);
    layout->addWidget(file);
    layout->addWidget(session);
    m_locationIcon = iconLabel(box);
    m_locationHint = wrappedLabel(box);
    m_locationHint->setObjectName(u"secretLocationHint"_s);
    layout->addWidget(iconRow(m_locationIcon, m_locationHint, box));
    return box;
}

QWidget *ConnectDialog::buildTest()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_test = new QPushButton(tr("Test Co&nnection"), box);
    m_test->setObjectName(u"testButton"_s);
    m_test->setAutoDefault(false);
    m_test->setToolTip(
        tr("Ask the shop for its name and the access the app has, without changing anything"));
    m_busy = new QProgressBar(box);
    m_busy->setObjectName(u"testBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->hide();
    row->addWidget(m_test);
    row->addWidget(m_busy);
    row->addStretch(1);
    layout->addLayout(row);
    m_resultIcon = iconLabel(box);
    m_result = wrappedLabel(box);
    m_result->setObjectName(u"testResult"_s);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultRow = iconRow(m_resultIcon, m_result, box);
    m_resultRow->hide();
    layout->addWidget(m_resultRow);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::startTest);
    if (!m_tester)
        m_test->hide();
    return box;
}

void ConnectDialog::setShopText(const QString &text)
{
    m_shop->setText(text);
}

void ConnectDialog::setCredentials(const ShopCredentials &credentials)
{
    (credentials.kind == ShopCredentials::Kind::AccessToken ? m_useToken : m_useClient)
        ->setChecked(true);
    m_token->setText(credentials.accessToken);
    m_clientId->setText(credentials.clientId);
    m_clientSecret->setText(credentials.clientSecret);
}

void ConnectDialog::setSecretLocation(SecretLocation location)
{
    if (QAbstractButton *button = m_locationGroup->button(int(location)))
        button->setChecked(true);
}

void ConnectDialog::setStoreText(const QString &text)
{
    m_store->setText(text);
}

void ConnectDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

ShopAddress ConnectDialog::shop() const
{
    return ShopAddress::parse(m_shop->text());
}

ShopCredentials ConnectDialog::credentials() const
{
    // Only what the chosen kind uses, trimmed: a pasted secret often brings a space or a
    // line break along, and no token or client id contains one.
    ShopCredentials credentials;
    credentials.kind = ShopCredentials::Kind(m_kindGroup->checkedId());
    if (credentials.kind == ShopCredentials::Kind::AccessToken) {
        credentials.accessToken = m_token->text().trimmed();
    } else {
        credentials.clientId = m_clientId->text().trimmed();
        credentials.clientSecret = m_clientSecret->text().trimmed();
    }
    return credentials;
}

SecretLocation ConnectDialog::secretLocation() const
{
    return SecretLocation(m_locationGroup->checkedId());
}

StoreLocation ConnectDialog::store() const
{
    return StoreLocation::parse(m_store->text());
}

void ConnectDialog::inputChanged()
{
    ++m_inputVersion;
    // A result says something about what was tested; once the input changes it is gone.
    if (m_testState == TestState::Passed || m_testState == TestState::Failed) {
        m_testState = TestState::NotTested;
        m_resultRow->hide();
    }
    updateShopStatus();
    updateCredentialRows();
    updateButtons();
}

void ConnectDialog::updateShopStatus()
{
    const ShopAddress address = shop();
    // The client secret goes to the shop's myshopify.com address only, never to another.
    if (const ShopifyError refused = credentials().shopProblem(address); refused.isError()) {
        setIcon(m_shopStatusIcon, StatusIcons::warning());
        m_shopStatus->setText(refused.userMessage());
    } else if (address.isValid()) {
        setIcon(m_shopStatusIcon, StatusIcons::detected());
        //: %1 is the shop's address as normalised, such as my-shop.myshopify.com
        m_shopStatus->setText(tr("Connects to %1").arg(shownAddress(address)));
    } else {
        // An empty field is no mistake yet: the same words, without the warning sign.
        const bool empty = address.problem() == ShopAddress::Problem::Empty;
        setIcon(m_shopStatusIcon, empty ? StatusIcons::information() : StatusIcons::warning());
        m_shopStatus->setText(address.problemMessage());
    }
}

void ConnectDialog::updateCredentialRows()
{
    const bool token = m_useToken->isChecked();
    m_form->setRowVisible(m_token, token);
    m_form->setRowVisible(m_clientId, !token);
    m_form->setRowVisible(m_clientSecret, !token);
    m_credentialHint->setText(token ? tr("The Admin API access token of a custom app made in the "
                                         "shop's admin (Settings > Apps and "
                                         "sales channels > Develop apps). It starts with shpat_.")
                                    : tr("The client ID and secret of an app made in Shopify's Dev "
                                         "Dashboard and installed in the "
                                         "shop. Smidig exchanges them for access tokens, which "
                                         "expire, and renews them itself."));
}

void ConnectDialog::updateLocationHint()
{
    switch (secretLocation()) {
    case SecretLocation::Keychain:
        setIcon(m_locationIcon, StatusIcons::information());
        m_locationHint->setText(
            tr("The system keeps the secret encrypted and unlocks it when you sign in."));
        break;
    case SecretLocation::File:
        setIcon(m_locationIcon, StatusIcons::warning());
        m_locationHint->setText(
            tr("The secret is saved unencrypted: anyone who can sign in as you, or read "
               "your backups, can use the shop with it."));
        break;
    case SecretLocation::SessionOnly:
        setIcon(m_locationIcon, StatusIcons::information());
        m_locationHint->setText(
            tr("Smidig forgets the secret when it closes and asks for it at the next start."));
        break;
    }
}

void ConnectDialog::updateStoreStatus()
{
    const StoreLocation location = store();
    if (location.problem() == StoreLocation::Problem::Empty) {
        setIcon(m_storeStatusIcon, StatusIcons::information());
        m_storeStatus->setText(tr("The orders are kept on this computer. To share them with "
                                  "other packing stations, give the address of a PostgreSQL "
                                  "database: postgresql://user@host/database."));
    } else if (!location.isValid()) {
        setIcon(m_storeStatusIcon, StatusIcons::warning());
        m_storeStatus->setText(location.problemMessage());
    } else if (location.isPostgres()) {
        setIcon(m_storeStatusIcon, StatusIcons::detected());
        //: %1 is the database's name, %2 the server, such as db.lager.example:5432
        m_storeStatus->setText(
            tr("Shares the orders with the other stations in the database %1 on %2.")
                .arg(location.databaseName(),
                     location.host() + u':' + QString::number(location.port())));
    } else {
        setIcon(m_storeStatusIcon, StatusIcons::information());
        m_storeStatus->setText(tr("Keeps the orders in this file on this computer."));
    }
}

void ConnectDialog::updateButtons()
{
    const bool shopValid = shop().isValid() && !credentials().shopProblem(shop()).isError();
    const bool storeValid = store().isValid() || store().problem() == StoreLocation::Problem::Empty;
    const bool complete = credentials().isComplete();
    const bool running = m_testState == TestState::Running;
    m_test->setEnabled(shopValid && complete && !running && m_tester && !m_tester->isRunning());
    m_busy->setVisible(running);

    m_connect->setEnabled(shopValid && complete && storeValid);
    // Staff may know better than a failed test (a scope granted a minute ago), so Connect
    // stays possible, but says what it does.
    const bool failed = m_testState == TestState::Failed;
    m_connect->setText(failed ? tr("C&onnect Anyway") : tr("C&onnect"));
    if (!shopValid)
        m_connect->setToolTip(tr("Enter a valid shop address first"));
    else if (!complete)
        m_connect->setToolTip(m_useToken->isChecked() ? tr("Enter the access token first")
                                                      : tr("Enter the client ID and secret first"));
    else if (!storeValid)
        m_connect->setToolTip(tr("Correct the order database's address first"));
    else if (failed)
        m_connect->setToolTip(
            tr("The test failed: Smidig connects anyway, but syncing fails until the problem "
               "is solved (Ctrl+Return)"));
    else
        m_connect->setToolTip(tr("Ctrl+Return"));
}

void ConnectDialog::startTest()
{
    if (!m_tester || m_tester->isRunning() || !m_test->isEnabled())
        return;
    m_testState = TestState::Running;
    m_testedVersion = m_inputVersion;
    showResult(StatusIcons::information(), tr("Asking %1...").arg(shownAddress(shop())));
    updateButtons();
    m_tester->test(shop(), credentials());
}

void ConnectDialog::showReport(const ConnectionTester::Report &report)
{
    if (m_testState != TestState::Running)
        return; // a test someone else started
    if (m_testedVersion != m_inputVersion) {
        // The input changed while the test ran: its answer is about something else.
        m_testState = TestState::NotTested;
        m_resultRow->hide();
        updateButtons();
        return;
    }
    const QString shopName = report.shopName.isEmpty() ? shownAddress(shop()) : report.shopName;
    const QString domain = report.domain.isEmpty() ? shownAddress(shop()) : report.domain;
    if (report.error.isError()) {
        m_testState = TestState::Failed;
        showResult(StatusIcons::error(), report.error.userMessage());
    } else if (!report.missingScopes.isEmpty()) {
        m_testState = TestState::Failed;
        QStringList lines;
        //: %1 is the shop's name, %2 its myshopify address
        lines.append(tr("Connected to %1 (%2), but the app lacks access Smidig needs:")
                         .arg(shopName, domain));
        for (const QString &scope : report.missingScopes)
            //: A missing access scope: %1 what it allows ("read stock levels"), %2 Shopify's name for it
            lines.append(tr("• %1 (%2)").arg(AccessScopes::purpose(scope), scope));
        lines.append(tr("Give the app these access scopes in Shopify, then test again."));
        showResult(StatusIcons::warning(), lines.join(u'\n'));
    } else {
        m_testState = TestState::Passed;
        QStringList lines{tr("Connected to %1 (%2). The app has all the access Smidig needs.")
                              .arg(shopName, domain)};
        if (!report.missingOptionalScopes.isEmpty()) {
            lines.append(tr("Optional, not granted:"));
            for (const QString &scope : report.missingOptionalScopes)
                lines.append(tr("• %1 (%2)").arg(AccessScopes::purpose(scope), scope));
        }
        showResult(StatusIcons::detected(), lines.join(u'\n'));
    }
    updateButtons();
}

void ConnectDialog::showResult(const QIcon &icon, const QString &text)
{
    setIcon(m_resultIcon, icon);
    m_result->setText(text);
    m_resultRow->show();
}

void ConnectDialog::tryConnect()
{
    updateButtons();
    if (m_connect->isEnabled())
        accept();
}

void ConnectDialog::keyPressEvent(QKeyEvent *event)
{
    if (DialogKeys::swallowPlainEnter(this, event))
        return;
    QDialog::keyPressEvent(event);
}

void ConnectDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The first thing still to fill in.
    QWidget *first = m_test->isEnabled() ? static_cast<QWidget *>(m_test) : m_shop;
    if (!shop().isValid())
        first = m_shop;
    else if (m_useToken->isChecked() && m_token->text().trimmed().isEmpty())
        first = m_token;
    else if (m_useClient->isChecked() && m_clientId->text().trimmed().isEmpty())
        first = m_clientId;
    else if (m_useClient->isChecked() && m_clientSecret->text().trimmed().isEmpty())
        first = m_clientSecret;
    first->setFocus(Qt::OtherFocusReason);
}
