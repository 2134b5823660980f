#include "ui/MainWindow.h"

#include "core/fulfillment/FulfillmentDesk.h"
#include "core/fulfillment/OrderClaims.h"
#include "core/model/OrderSummary.h"
#include "core/model/StationNaming.h"
#include "core/outbox/Outbox.h"
#include "core/stock/InventorySyncResult.h"
#include "core/storage/OrderBook.h"
#include "core/storage/PackingHistory.h"
#include "core/sync/OrderSync.h"
#include "core/sync/SyncRole.h"
#include "core/sync/SyncScheduler.h"
#include "ui/CachedTextDelegate.h"
#include "ui/DisplayFormat.h"
#include "ui/FulfillmentFlow.h"
#include "ui/StatusIcons.h"
#include "ui/SyncProblem.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/models/OrderFilterProxyModel.h"
#include "ui/models/OrderTableModel.h"
#include "ui/models/StatusCountModel.h"
#include "ui/pack/PackController.h"
#include "ui/pack/PackHotkeysDialog.h"
#include "ui/pack/PackSounds.h"
#include "ui/pack/PackView.h"
#include "ui/pack/ScanCapture.h"
#include "ui/printing/PrintActions.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/OrderDetailsPane.h"
#include "ui/widgets/OutboxIndicator.h"
#include "ui/widgets/OutboxPanel.h"
#include "ui/widgets/StationIndicator.h"
#include "ui/widgets/StatusSidebar.h"
#include "ui/widgets/StockPanel.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(OrderBook *book,
                       OrderSync *sync,
                       Outbox *outbox,
                       FulfillmentDesk *desk,
                       const FulfillmentSettings &settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_book(book)
    , m_sync(sync)
    , m_outbox(outbox)
    , m_desk(desk)
    , m_settings(settings)
    , m_model(new OrderTableModel(book, this))
    , m_proxy(new OrderFilterProxyModel(m_model, this))
    , m_counts(new StatusCountModel(book, this))
    , m_flow(new FulfillmentFlow(book, outbox, desk, settings, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/smidig.svg"_s));
    buildActions();
    buildLayout();
    buildOutboxDock();
    setShopName({});

    // Printing follows the packing table: REPRINT prints the slip again, and a fulfilment this
    // station sent prints its slip when the print settings ask for it (once Shopify has it,
    // so a fulfilment taken back inside the undo window prints nothing).
    connect(this, &MainWindow::reprintRequested, m_printing, &PrintActions::printSlipNow);
    connect(m_outbox,
            &Outbox::fulfillmentSent,
            m_printing,
            &PrintActions::printSlipForFulfilledOrder);

    connect(m_sync, &OrderSync::started, m_syncStatus, &SyncStatusWidget::showStarted);
    connect(m_sync, &OrderSync::progress, m_syncStatus, &SyncStatusWidget::showProgress);
    connect(m_sync, &OrderSync::finished, m_syncStatus, &SyncStatusWidget::showFinished);
    connect(m_sync,
            &OrderSync::openOrdersListed,
            m_syncStatus,
            &SyncStatusWidget::showOpenOrdersListed);
    connect(m_sync,
            &OrderSync::openOrdersStored,
            m_syncStatus,
            &SyncStatusWidget::showOpenOrdersStored);
    connect(m_sync,
            &OrderSync::historyProgress,
            m_syncStatus,
            &SyncStatusWidget::showHistoryProgress);
    connect(m_sync, &OrderSync::historyStored, m_syncStatus, &SyncStatusWidget::showHistoryStored);
    connect(m_sync, &OrderSync::historyWaiting, m_syncStatus, &SyncStatusWidget::showHistoryWaiting);
    connect(m_sync,
            &OrderSync::reconcileWaiting,
            m_syncStatus,
            &SyncStatusWidget::showReconcileWaiting);
    connect(m_sync, &OrderSync::started, this, [this] { m_syncAction->setEnabled(false); });
    connect(m_sync, &OrderSync::finished, this, [this] { m_syncAction->setEnabled(true); });
    connect(m_sync, &OrderSync::finished, this, &MainWindow::showSyncProblem);
    connect(m_sync, &OrderSync::finished, this, &MainWindow::showSyncNotices);
    connect(m_book, &OrderBook::changed, this, &MainWindow::refreshDetailsIfShown);
    // Another station's sync shows its time here (that station wrote it to the shared store).
    connect(m_book, &OrderBook::syncValuesChanged, this, [this](const QStringList &keys) {
        if (!keys.contains(QString::fromLatin1(OrderSync::kLastSyncKey)) && !keys.contains(u"*"_s))
            return;
        QString lastSync;
        if (!m_book->syncValue(QString::fromLatin1(OrderSync::kLastSyncKey), &lastSync).isError()
            && !m_sync->isRunning())
            m_syncStatus->showLastSync(QDateTime::fromString(lastSync, Qt::ISODateWithMs));
    });
    // Other stations' claims: in the table, and for the order in the details pane.
    if (OrderClaims *claims = m_desk ? m_desk->claims() : nullptr) {
        m_model->setClaims(claims);
        connect(claims, &OrderClaims::changed, this, &MainWindow::showCurrentClaim);
    }

    QString lastSync;
    if (!m_book->syncValue(QString::fromLatin1(OrderSync::kLastSyncKey), &lastSync).isError())
        m_syncStatus->showLastSync(QDateTime::fromString(lastSync, Qt::ISODateWithMs));
    // The whole screen at first: a packing station has one job on screen.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableGeometry().size().expandedTo(QSize(1024, 640)));
    else
        resize(1440, 860);
}

void MainWindow::setShopName(const QString &name)
{
    setWindowTitle(name.isEmpty() ? tr("Smidig") : tr("%1 – Smidig").arg(name));
}

void MainWindow::buildActions()
{
    m_syncAction = new QAction(QIcon(u":/icons/sync.svg"_s), tr("&Sync Now"), this);
    m_syncAction->setObjectName(u"syncAction"_s);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setToolTip(tr("Fetch the latest orders from the shop (F5)"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncNow);

    auto *connectShop = new QAction(tr("&Connect Another Shop..."), this);
    connectShop->setObjectName(u"connectShopAction"_s);
    connectShop->setToolTip(
        tr("Connect Smidig to another shop, or to the same one with new credentials"));
    connect(connectShop, &QAction::triggered, this, &MainWindow::connectRequested);

    // Ctrl+, as in most desktop programs; QKeySequence::Preferences is empty on Linux.
    auto *preferences = new QAction(tr("&Preferences..."), this);
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::openPreferences);

    // Packers change during the day, stations seldom: the packer has a key of its own.
    auto *changePacker = new QAction(tr("Change Pac&ker..."), this);
    changePacker->setObjectName(u"changePackerAction"_s);
    changePacker->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    changePacker->setToolTip(
        tr("Say who packs at this station now; fulfillments are recorded with the name "
           "(Ctrl+Shift+P)"));
    connect(changePacker, &QAction::triggered, this, &MainWindow::askForPacker);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *find = new QAction(tr("&Find Orders"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    // Ctrl+Return: the packing station's main command, at the ready beside Enter.
    m_fulfillAction = new QAction(StatusIcons::forStatus(OrderFulfillmentStatus::Fulfilled),
                                  tr("&Fulfill..."),
                                  this);
    m_fulfillAction->setObjectName(u"fulfillAction"_s);
    m_fulfillAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_fulfillAction->setToolTip(tr("Fulfill the selected orders (Ctrl+Return)"));
    connect(m_fulfillAction, &QAction::triggered, this, [this] {
        m_flow->fulfillOrders(selectedOrderIds());
    });

    m_fulfillShownAction = new QAction(tr("Fulfill &All Shown..."), this);
    m_fulfillShownAction->setObjectName(u"fulfillShownAction"_s);
    m_fulfillShownAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    m_fulfillShownAction->setToolTip(
        tr("Fulfill every order the table shows that is not fulfilled yet "
           "(Ctrl+Shift+Return)"));
    connect(m_fulfillShownAction, &QAction::triggered, this, [this] {
        m_flow->fulfillOrders(shownOrderIds());
    });

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_syncAction);
    fileMenu->addSeparator();
    m_printing = new PrintActions(this, m_book, [this] { return selectedOrderIds(); });
    m_printing->addTo(fileMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(connectShop);
    fileMenu->addAction(preferences);
    fileMenu->addAction(changePacker);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(find);
    m_viewMenu->addSeparator();
    // Ctrl+0 shows all orders, Ctrl+1 ... the everyday statuses in sidebar order.
    const QList<std::pair<std::optional<OrderFulfillmentStatus>, QString>> shortcuts{
        {std::nullopt, tr("All Orders")},
        {OrderFulfillmentStatus::Unfulfilled, displayName(OrderFulfillmentStatus::Unfulfilled)},
        {OrderFulfillmentStatus::PartiallyFulfilled,
         displayName(OrderFulfillmentStatus::PartiallyFulfilled)},
        {OrderFulfillmentStatus::OnHold, displayName(OrderFulfillmentStatus::OnHold)},
        {OrderFulfillmentStatus::Scheduled, displayName(OrderFulfillmentStatus::Scheduled)},
        {OrderFulfillmentStatus::InProgress, displayName(OrderFulfillmentStatus::InProgress)},
        {OrderFulfillmentStatus::Fulfilled, displayName(OrderFulfillmentStatus::Fulfilled)},
    };
    for (int i = 0; i < shortcuts.size(); ++i) {
        auto *action = new QAction(tr("Show %1").arg(shortcuts.at(i).second), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)));
        const auto status = shortcuts.at(i).first;
        connect(action, &QAction::triggered, this, [this, status] {
            m_sidebar->selectStatus(status);
        });
        m_viewMenu->addAction(action);
    }

    // Ctrl+Z takes back the latest batch while it waits out its undo window, without first
    // going to its progress window (which does not take the keyboard).
    auto *undo = new QAction(tr("&Undo Sending"), this);
    undo->setObjectName(u"undoSendingAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setToolTip(tr("Take back the latest fulfillment before it is sent (Ctrl+Z)"));
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_flow, &FulfillmentFlow::undoLatest);
    connect(m_flow, &FulfillmentFlow::undoAvailableChanged, undo, &QAction::setEnabled);

    // Local pickup: made ready (Shopify tells the customer), then handed over.
    auto *pickupReady = new QAction(tr("&Ready for Pickup..."), this);
    pickupReady->setObjectName(u"pickupReadyAction"_s);
    pickupReady->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    pickupReady->setToolTip(
        tr("Tell the customers of the selected pickup orders that they can collect (Ctrl+R)"));
    connect(pickupReady, &QAction::triggered, this, [this] {
        m_flow->prepareForPickup(selectedOrderIds());
    });
    auto *pickedUp = new QAction(tr("&Picked Up..."), this);
    pickedUp->setObjectName(u"pickedUpAction"_s);
    pickedUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    pickedUp->setToolTip(
        tr("Fulfill the selected pickup orders: the customer has collected them (Ctrl+Shift+R)"));
    connect(pickedUp, &QAction::triggered, this, [this] {
        m_flow->markPickedUp(selectedOrderIds());
    });

    QMenu *ordersMenu = menuBar()->addMenu(tr("&Orders"));
    ordersMenu->addAction(m_fulfillAction);
    ordersMenu->addAction(m_fulfillShownAction);
    ordersMenu->addSeparator();
    ordersMenu->addAction(pickupReady);
    ordersMenu->addAction(pickedUp);
    ordersMenu->addSeparator();
    ordersMenu->addAction(undo);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *openLog = new QAction(tr("Open &Log"), this);
    openLog->setObjectName(u"openLogAction"_s);
    openLog->setToolTip(tr("Show the log, which has the technical detail of every problem"));
    connect(openLog, &QAction::triggered, this, &MainWindow::openLog);
    helpMenu->addAction(openLog);
    auto *about = new QAction(tr("&About Smidig"), this);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this,
                           tr("About Smidig"),
                           tr("<b>Smidig %1</b><p>An order desk for Shopify stores: see what is "
                              "paid but not shipped, and ship it.</p>")
                               .arg(QLatin1StringView(SMIDIG_VERSION)));
    });
    helpMenu->addAction(about);
}

void MainWindow::buildLayout()
{
    m_search = new QLineEdit;
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(
        tr("Search order, customer, email, SKU or tracking number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(420);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_table->setFocus(); });

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_syncAction);
    toolbar->addSeparator();
    toolbar->addAction(m_fulfillAction);
    toolbar->addAction(m_fulfillShownAction);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);
    toolbar->addSeparator();

    m_sidebar = new StatusSidebar(m_counts);
    m_sidebar->setMinimumWidth(200);
    connect(m_sidebar, &StatusSidebar::viewChosen, this, &MainWindow::applyFilter);

    m_table = new QTableView;
    m_table->setObjectName(u"orderTable"_s);
    m_table->setAccessibleName(tr("Orders"));
    m_table->setModel(m_proxy);
    // Texts shaped once, not on every paint: a keystroke repaints every row in view.
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrderTableModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths from the font rather than from the contents: measuring 100,000 rows is slow.
    const QFontMetrics metrics = m_table->fontMetrics();
    auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    // Room for a test order's mark too ("#100000 · test").
    m_table->setColumnWidth(OrderTableModel::NameColumn,
                            width(OrderTableModel::tr("%1 · test").arg(u"#00000"_s)));
    m_table->setColumnWidth(OrderTableModel::DateColumn, width(u"00 Mmm 0000 00:00"_s));
    m_table->setColumnWidth(OrderTableModel::CustomerColumn, width(u"Mmmmmm Mmmmmmmm"_s));
    m_table->setColumnWidth(OrderTableModel::ItemsColumn,
                            width(m_model->headerData(OrderTableModel::ItemsColumn, Qt::Horizontal)
                                      .toString()));
    m_table->setColumnWidth(OrderTableModel::TotalColumn, width(u"00,000.00 DKK"_s));
    m_table->setColumnWidth(OrderTableModel::PaymentColumn, width(u"Partially refunded"_s));
    m_table->setColumnWidth(OrderTableModel::FulfillmentColumn,
                            width(u"Partially fulfilled · sending"_s) + 20);
    m_table->setColumnWidth(OrderTableModel::LocationColumn, width(u"Butik København"_s));
    // What staff look at first, where a narrow window still shows it: the fulfillment status
    // and whether the stock is there, right after the customer (shown order only; the
    // model's columns stay as they are for the CLI and the tests).
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(OrderTableModel::FulfillmentColumn),
                        header->visualIndex(OrderTableModel::CustomerColumn) + 1);
    header->moveSection(header->visualIndex(OrderTableModel::StockColumn),
                        header->visualIndex(OrderTableModel::FulfillmentColumn) + 1);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &MainWindow::showCurrentOrder);

    m_details = new OrderDetailsPane;
    m_details->setMinimumWidth(340);
    connect(m_details,
            &OrderDetailsPane::fulfillQuantitiesRequested,
            m_flow,
            &FulfillmentFlow::fulfillQuantities);
    connect(m_details,
            &OrderDetailsPane::editTrackingRequested,
            m_flow,
            &FulfillmentFlow::editTracking);
    connect(m_details,
            &OrderDetailsPane::cancelShipmentRequested,
            m_flow,
            &FulfillmentFlow::cancelShipment);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({200, 1300, 420});
    splitter->setChildrenCollapsible(false);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(buildBanners());
    centralLayout->addWidget(buildPackMode(splitter), 1);
    setCentralWidget(central);

    // Until the caller says otherwise: the computer's name, no packer.
    m_station = StationNaming::identity({}, {});
    m_stationIndicator = new StationIndicator;
    m_stationIndicator->showStation(m_station);
    connect(m_stationIndicator, &QToolButton::clicked, this, &MainWindow::askForPacker);
    statusBar()->addPermanentWidget(m_stationIndicator);
    m_outboxIndicator = new OutboxIndicator(m_outbox);
    statusBar()->addPermanentWidget(m_outboxIndicator);
    m_syncStatus = new SyncStatusWidget;
    statusBar()->addPermanentWidget(m_syncStatus);
    // How many orders the table shows, kept up to date as filters and syncs change it.
    m_shownCount = new QLabel;
    m_shownCount->setObjectName(u"shownCount"_s);
    statusBar()->addWidget(m_shownCount);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateShownCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateShownCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateShownCount);
    updateShownCount();

    // Which fulfil commands make sense follows the selection and the rows shown.
    m_actionUpdate.setSingleShot(true);
    m_actionUpdate.setInterval(0);
    connect(&m_actionUpdate, &QTimer::timeout, this, &MainWindow::updateFulfillActions);
    auto scheduleUpdate = [this] { m_actionUpdate.start(); };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, scheduleUpdate);
    updateFulfillActions();

    setTabOrder(m_search, m_sidebar);
    setTabOrder(m_sidebar, m_table);
    m_table->setFocus();
}

QWidget *MainWindow::buildPackMode(QWidget *orderTable)
{
    m_pack = new PackController(m_book, m_outbox, m_desk, m_settings, this);
    m_packView = new PackView(m_pack);
    m_views = new QStackedWidget;
    m_views->addWidget(orderTable);
    m_views->addWidget(m_packView);
    connect(m_pack, &PackController::cue, this, &MainWindow::packCue);
    m_packSounds = new PackSounds(m_packSettings, this);
    connect(this, &MainWindow::packCue, m_packSounds, &PackSounds::play);
    connect(m_pack, &PackController::reprintRequested, this, &MainWindow::reprintRequested);
    connect(m_packView, &PackView::hotkeysRequested, this, [this] {
        auto *dialog = new PackHotkeysDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // The oldest order waiting changes with the book; looked for once a burst of changes.
    auto *offer = new QTimer(this);
    offer->setSingleShot(true);
    offer->setInterval(0);
    connect(offer, &QTimer::timeout, m_pack, [this] {
        if (isPackMode())
            m_pack->refreshOffer();
    });
    connect(m_book, &OrderBook::changed, offer, qOverload<>(&QTimer::start));

    m_packModeAction = new QAction(QIcon(u":/icons/smidig.svg"_s), tr("&Pack Mode"), this);
    m_packModeAction->setObjectName(u"packModeAction"_s);
    m_packModeAction->setCheckable(true);
    m_packModeAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_packModeAction->setToolTip(tr("Pack one order at a time with the scanner (F2)"));
    connect(m_packModeAction, &QAction::toggled, this, &MainWindow::setPackMode);
    m_viewMenu->insertAction(m_viewMenu->actions().value(0), m_packModeAction);
    if (auto *toolbar = findChild<QToolBar *>(u"mainToolBar"_s))
        toolbar->addAction(m_packModeAction);

    // Scans are caught in this window wherever its focus is; dialogs keep their own keys.
    m_capture = new ScanCapture(this);
    m_capture->setScope(this);
    // Outside pack mode only once the station's scanner settings are given (app/ does at
    // start): until then every key of the window goes where it always went, at once.
    m_capture->setEnabled(false);
    qApp->installEventFilter(m_capture);
    connect(m_capture, &ScanCapture::scanned, this, &MainWindow::takeScan);
    return m_views;
}

void MainWindow::setPackSettings(const PackSettings &settings)
{
    m_packSettings = settings;
    m_packSounds->applySettings(settings);
    m_pack->setPackSettings(settings);
    m_capture->setSettings(settings.scanner);
    m_scannerSet = true;
    m_capture->setEnabled(true);
}

bool MainWindow::isPackMode() const
{
    return m_views->currentWidget() == m_packView;
}

void MainWindow::setPackMode(bool on)
{
    m_packModeAction->setChecked(on);
    if (on == isPackMode())
        return;
    m_views->setCurrentIndex(on ? 1 : 0);
    m_capture->setEnabled(on || m_scannerSet);
    // The order on the table needs the height: its lines must be read from a step away. The
    // docks the desk showed come back when pack mode closes.
    if (on) {
        m_docksHiddenForPacking.clear();
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            if (!dock->isHidden() && !dock->isFloating()) {
                m_docksHiddenForPacking.append(dock);
                dock->hide();
            }
        }
    } else {
        for (const QPointer<QDockWidget> &dock : std::as_const(m_docksHiddenForPacking)) {
            if (dock)
                dock->show();
        }
        m_docksHiddenForPacking.clear();
    }
    if (on) {
        m_pack->refreshOffer();
        m_packView->setFocus(Qt::ShortcutFocusReason);
    } else {
        m_table->setFocus(Qt::ShortcutFocusReason);
    }
    emit packModeChanged(on);
}

void MainWindow::takeScan(const QString &code)
{
    // Outside pack mode a slip, an order's number or a command opens pack mode with it;
    // anything else is looked for in the table, as if typed into the search.
    if (!isPackMode() && !m_pack->opensPackMode(code)) {
        m_search->setText(code);
        return;
    }
    setPackMode(true);
    m_pack->scan(code);
}

void MainWindow::setStockDesk(StockDesk *desk)
{
    if (m_stockDock)
        return;
    m_stockPanel = new StockPanel(desk);
    m_stockDock = new QDockWidget(tr("Stock"), this);
    m_stockDock->setObjectName(u"stockDock"_s);
    m_stockDock->setWidget(m_stockPanel);
    m_stockDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea
                                 | Qt::LeftDockWidgetArea);
    // Below the orders and the details, where all its columns fit; staff can move it.
    addDockWidget(Qt::BottomDockWidgetArea, m_stockDock);
    // Sized once the window is laid out: about a dozen rows.
    QTimer::singleShot(0, this, [this] {
        resizeDocks({m_stockDock}, {fontMetrics().height() * 22}, Qt::Vertical);
    });
    QAction *toggle = m_stockDock->toggleViewAction();
    toggle->setObjectName(u"stockAction"_s);
    toggle->setText(tr("&Stock"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_viewMenu->addAction(toggle);
    m_table->setColumnWidth(OrderTableModel::StockColumn,
                            fontMetrics().horizontalAdvance(displayName(ShipReadiness::Blocked))
                                + 44);
    // A SKU picked in the panel shows the orders that contain it.
    connect(m_stockPanel, &StockPanel::skuActivated, this, [this](const QString &sku) {
        m_search->setText(sku);
    });
}

void MainWindow::buildOutboxDock()
{
    m_outboxPanel = new OutboxPanel(m_outbox);
    m_outboxDock = new QDockWidget(tr("Outbox"), this);
    m_outboxDock->setObjectName(u"outboxDock"_s);
    m_outboxDock->setWidget(m_outboxPanel);
    m_outboxDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_outboxDock);
    m_outboxDock->hide();

    QAction *toggle = m_outboxDock->toggleViewAction();
    toggle->setObjectName(u"outboxAction"_s);
    toggle->setText(tr("&Outbox"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    toggle->setToolTip(tr("Actions on their way to Shopify, and those that failed (Ctrl+Shift+O)"));
    // The panel takes the focus when shown from the keyboard, so Retry and Drop are a Tab away.
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_outboxPanel->view()->setFocus(Qt::ShortcutFocusReason);
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(toggle);
    connect(m_outboxIndicator, &QToolButton::clicked, this, [this] {
        if (m_outboxDock->isVisible())
            m_outboxDock->hide();
        else
            showOutbox();
    });
    connect(m_flow, &FulfillmentFlow::showOutboxRequested, this, &MainWindow::showOutbox);
}

QWidget *MainWindow::buildBanners()
{
    auto *banners = new QWidget;
    auto *layout = new QVBoxLayout(banners);
    // Only while a banner shows does the strip take room.
    layout->setContentsMargins(0, 0, 0, 0);

    m_offlineBanner = new MessageBanner(MessageBanner::Kind::Warning, banners);
    m_offlineBanner->setObjectName(u"offlineBanner"_s);
    m_offlineBanner->setIcon(StatusIcons::offline());
    QPushButton *tryNow = m_offlineBanner->addButton(tr("&Try Now"));
    tryNow->setObjectName(u"tryNowButton"_s);
    tryNow->setToolTip(tr("Try to reach the shop now (F5)"));
    connect(tryNow, &QPushButton::clicked, this, &MainWindow::syncNow);
    connect(m_syncAction, &QAction::changed, tryNow, [this, tryNow] {
        tryNow->setEnabled(m_syncAction->isEnabled());
    });
    m_offlineBanner->hide();
    layout->addWidget(m_offlineBanner);

    m_attentionBanner = new MessageBanner(MessageBanner::Kind::Error, banners);
    m_attentionBanner->setObjectName(u"attentionBanner"_s);
    m_attentionBanner->setIcon(StatusIcons::error());
    m_connectAgain = m_attentionBanner->addButton(tr("Connect A&gain..."));
    m_connectAgain->setObjectName(u"connectAgainButton"_s);
    connect(m_connectAgain, &QPushButton::clicked, this, &MainWindow::connectRequested);
    m_attentionBanner->hide();
    layout->addWidget(m_attentionBanner);

    m_noticeBanner = new MessageBanner(MessageBanner::Kind::Information, banners);
    m_noticeBanner->setObjectName(u"noticeBanner"_s);
    QPushButton *dismiss = m_noticeBanner->addButton(tr("&Dismiss"));
    dismiss->setObjectName(u"dismissNoticeButton"_s);
    connect(dismiss, &QPushButton::clicked, m_noticeBanner, &QWidget::hide);
    m_noticeBanner->hide();
    layout->addWidget(m_noticeBanner);

    // The strip has no margins, so each banner keeps a little room of its own when shown.
    const int gap = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    layout->setSpacing(gap);
    return banners;
}

void MainWindow::setSyncScheduler(SyncScheduler *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    if (m_scheduler) {
        connect(m_scheduler, &SyncScheduler::offlineChanged, this, &MainWindow::updateOfflineBanner);
        // After the scheduler has seen each sync's end (it connected first), so the next
        // try's time is known.
        connect(m_sync, &OrderSync::started, m_scheduler, [this] { updateOfflineBanner(); });
        connect(m_sync, &OrderSync::finished, m_scheduler, [this] { updateOfflineBanner(); });
        if (SyncRole *role = m_scheduler->role())
            connect(role, &SyncRole::changed, this, &MainWindow::showWhoSyncs);
    }
    updateOfflineBanner();
    showWhoSyncs();
}

void MainWindow::showWhoSyncs()
{
    const SyncRole *role = m_scheduler ? m_scheduler->role() : nullptr;
    const bool otherSyncs = role && role->syncer().isValid() && !role->isHeld();
    m_syncStatus->showSyncedBy(otherSyncs ? role->syncerName() : QString());
}

void MainWindow::setPreferences(const FulfillmentSettings &fulfillment, const SyncSettings &sync)
{
    m_settings = fulfillment;
    m_syncSettings = sync;
    m_flow->setSettings(fulfillment);
    m_pack->setFulfillmentSettings(fulfillment);
}

void MainWindow::setStation(const StationIdentity &who)
{
    m_station = who;
    m_stationIndicator->showStation(who);
}

void MainWindow::setPackingHistory(const PackingHistory *history)
{
    m_packingHistory = history;
    refreshDetailsIfShown();
}

void MainWindow::changeStation(const StationIdentity &who)
{
    if (who == m_station)
        return;
    setStation(who);
    emit stationChanged(who);
}

void MainWindow::askForPacker()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"packerDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change Packer"));
    //: %1 is this station's name
    dialog->setLabelText(
        tr("Who packs at %1 now? Leave it empty to name nobody.").arg(m_station.station));
    dialog->setTextValue(m_station.packer);
    if (auto *edit = dialog->findChild<QLineEdit *>())
        edit->setMaxLength(int(StationNaming::kMaxLength));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &packer) {
        changeStation(StationNaming::identity(m_station.station, packer));
    });
    dialog->open();
}

void MainWindow::syncNow()
{
    if (!m_scheduler) {
        m_sync->start();
        return;
    }
    if (m_scheduler->syncNow() == SyncScheduler::Request::OtherStationSyncs) {
        //: %1 is a station's name ("Station 1 (Anna)")
        statusBar()->showMessage(tr("%1 syncs this shop for every station; its changes show "
                                    "here as they arrive.")
                                     .arg(m_scheduler->role()->syncerName()),
                                 10000);
    }
}

void MainWindow::updateOfflineBanner()
{
    const bool offline = m_scheduler && m_scheduler->isOffline();
    if (!offline) {
        m_offlineBanner->hide();
        return;
    }
    //: %1 is when the shop stopped answering, in local time: "10:42", or a date and time
    QString text
        = tr("Offline since %1. Smidig works from the orders it has; fulfillments wait in the "
             "outbox and go out when the shop answers again.")
              .arg(DisplayFormat::timeOrDateTime(m_scheduler->offlineSince()));
    if (m_sync->isRunning())
        text += u' ' + tr("Trying to reach the shop...");
    else if (const QDateTime next = m_scheduler->nextSyncAt(); next.isValid())
        //: %1 is a time ("10:47")
        text += u' ' + tr("Next try at %1.").arg(DisplayFormat::timeOrDateTime(next));
    m_offlineBanner->setText(text);
    m_offlineBanner->show();
}

void MainWindow::showSyncProblem(const SyncResult &result)
{
    switch (syncProblemOf(result)) {
    case SyncProblem::None:
        m_attentionBanner->hide();
        break;
    case SyncProblem::NeedsReconnect:
    case SyncProblem::NeedsPerson:
        m_attentionBanner->setText(result.userMessage());
        // Connecting again helps when the shop refused the app, not when the disk is full.
        m_connectAgain->setVisible(syncProblemOf(result) == SyncProblem::NeedsReconnect);
        m_attentionBanner->show();
        break;
    case SyncProblem::Unreachable:
    case SyncProblem::Other:
        // Whatever needed a person before is not known to be solved yet.
        break;
    }
}

void MainWindow::showSyncNotices(const SyncResult &result)
{
    if (!result.isOk())
        return;
    QStringList notices;
    if (result.customerHiddenCount > 0 && !m_customerNoticeShown) {
        m_customerNoticeShown = true;
        notices.append(tr("Customer details hidden: the app has no access to protected customer "
                          "data. Orders sync and ship as usual. To see names, emails and "
                          "addresses, request access to protected customer data for the app in "
                          "Shopify (the app's API access settings), then sync again."));
    }
    if (result.unreadableCount > 0 && !m_unreadableNoticeShown) {
        m_unreadableNoticeShown = true;
        notices.append(tr("%n open order(s) older than 60 days are no longer shown by Shopify "
                          "and are kept as last read (\"no longer readable\"). Give the app the "
                          "read_all_orders scope to keep reading such orders.",
                          nullptr,
                          result.unreadableCount));
    }
    if (notices.isEmpty())
        return;
    // A notice not dismissed yet stays, with the new one after it.
    if (!m_noticeBanner->isHidden())
        notices.prepend(m_noticeBanner->text());
    m_noticeBanner->setText(notices.join(u"\n"_s));
    m_noticeBanner->show();
}

void MainWindow::showStockRead(const InventorySyncResult &result)
{
    // A refresh of a few items after a fulfilment that works says nothing about the full read.
    if (result.isOk() && !result.full)
        return;
    const QString problem = result.userMessage();
    if (m_stockPanel)
        m_stockPanel->showReadProblem(problem);
    m_syncStatus->showStockProblem(problem);
}

void MainWindow::openLog()
{
    if (m_logPath.isEmpty() || !QFileInfo::exists(m_logPath)) {
        QMessageBox::information(this, tr("Log"), tr("Nothing has been logged yet."));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_logPath)))
        QMessageBox::information(this,
                                 tr("Log"),
                                 tr("The log is the file %1. Open it with a text editor.")
                                     .arg(QDir::toNativeSeparators(m_logPath)));
}

void MainWindow::openPreferences()
{
    auto *dialog = new SettingsDialog(m_settings, m_syncSettings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStation(m_station);
    dialog->setPackLocations(recentLocations());
    dialog->setPackSettings(m_packSettings);
    // The sample plays at the slider's volume before it is saved, even when muted now.
    auto *sample = new PackSounds(dialog->packSettings(), dialog);
    connect(dialog, &SettingsDialog::packSampleRequested, sample, [sample](int volume) {
        sample->setMuted(false);
        sample->setVolume(volume);
        sample->play(PackCue::Counted);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setPreferences(dialog->fulfillmentSettings(), dialog->syncSettings());
        emit preferencesChanged(m_settings, m_syncSettings);
        changeStation(dialog->station());
        if (const PackSettings pack = dialog->packSettings(); pack != m_packSettings) {
            setPackSettings(pack);
            emit packSettingsChanged(m_packSettings);
        }
    });
    connect(dialog,
            &SettingsDialog::connectAnotherShopRequested,
            this,
            &MainWindow::connectRequested);
    dialog->open();
}

QList<QPair<QString, QString>> MainWindow::recentLocations() const
{
    // A shop's locations are whatever its orders ship from; the newest orders name the ones
    // in use without reading the whole store.
    constexpr int newestOrdersRead = 200;
    QMap<QString, QString> idByName;
    const int first = std::max(0, m_book->count() - newestOrdersRead);
    for (int row = m_book->count() - 1; row >= first; --row) {
        std::optional<Order> order;
        if (m_book->order(m_book->at(row).id, &order).isError() || !order)
            continue;
        for (const Location &location : order->locations())
            idByName.insert(location.name, location.id);
    }
    QList<QPair<QString, QString>> locations;
    for (auto it = idByName.cbegin(); it != idByName.cend(); ++it)
        locations.append({it.value(), it.key()});
    return locations;
}

void MainWindow::showOutbox()
{
    m_outboxDock->show();
    m_outboxDock->raise();
    m_outboxPanel->view()->setFocus(Qt::OtherFocusReason);
}

namespace {

// Whether an order may have something left to ship, by its table row: the planner decides
// for certain, this only keeps the commands from being offered for nothing.
bool mayShip(const OrderSummary &order)
{
    // A row the first sync only listed has no lines yet: it is offered once it is read whole.
    return !order.cancelled && !order.detailsPending
           && order.fulfillmentStatus != OrderFulfillmentStatus::Fulfilled
           && order.fulfillmentStatus != OrderFulfillmentStatus::Restocked;
}

} // namespace

QStringList MainWindow::selectedOrderIds() const
{
    // Ids first, in the table's order: acting may change and re-sort the rows.
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(OrderTableModel::OrderIdRole).toString());
    return ids;
}

QStringList MainWindow::shownOrderIds() const
{
    // Shipped and cancelled orders are left out rather than listed as refused: with "All
    // orders" shown, they would bury the few that matter.
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const OrderSummary &order = m_model->summaryAt(
            m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        if (mayShip(order))
            ids.append(order.id);
    }
    return ids;
}

void MainWindow::updateFulfillActions()
{
    bool selectedMayShip = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (mayShip(m_model->summaryAt(m_proxy->mapToSource(index).row()))) {
            selectedMayShip = true;
            break;
        }
    }
    m_fulfillAction->setEnabled(selectedMayShip);
    bool shownMayShip = false;
    for (int row = 0; row < m_proxy->rowCount() && !shownMayShip; ++row)
        shownMayShip = mayShip(
            m_model->summaryAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    m_fulfillShownAction->setEnabled(shownMayShip);
}

void MainWindow::applyFilter()
{
    OrderFilter filter;
    filter.setView(m_sidebar->currentView());
    filter.setSearchText(m_search->text());
    m_proxy->setFilter(filter);
}

void MainWindow::updateShownCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_book->count();
    m_shownCount->setText(
        shown == all ? tr("%n order(s)", nullptr, all)
                     : tr("%1 of %n order(s) shown", nullptr, all).arg(QLocale().toString(shown)));
}

void MainWindow::showCurrentOrder()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->showOrder(std::nullopt);
        return;
    }
    const QString id = current.data(OrderTableModel::OrderIdRole).toString();
    std::optional<Order> order;
    const StoreError error = m_book->order(id, &order);
    if (error.isError()) {
        m_details->showProblem(error.userMessage());
        return;
    }
    m_details->showOrder(order);
    // The history is an addition to the order: when it cannot be read, the order still shows.
    QList<PackingRecord> packing;
    if (m_packingHistory && order && m_packingHistory->forOrder(id, &packing).isError())
        packing.clear();
    m_details->showPacking(packing);
    showCurrentClaim();
    const int row = m_book->rowOf(id);
    m_details->showStock(
        row < 0 ? OrderReadiness{}
                : OrderReadiness{m_book->at(row).shipReadiness, m_book->at(row).shortSkus});
}

void MainWindow::showCurrentClaim()
{
    const OrderClaims *claims = m_desk ? m_desk->claims() : nullptr;
    const QString id = m_details->currentOrderId();
    m_details->showClaim(claims && !id.isEmpty() ? claims->elsewhere(id) : std::nullopt);
}

void MainWindow::refreshDetailsIfShown()
{
    if (!m_details->currentOrderId().isEmpty() || m_table->currentIndex().isValid())
        showCurrentOrder();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // In the search field, Escape clears the search and Down goes to the results: the whole
    // desk works from the keyboard.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_search->clear();
            m_table->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_table->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}
