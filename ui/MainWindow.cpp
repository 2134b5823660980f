#include "MainWindow.h"

#include "models/OrderFilterProxyModel.h"
#include "models/OrderTableModel.h"
#include "models/StatusCountModel.h"
#include "storage/OrderBook.h"
#include "sync/OrderSync.h"
#include "widgets/OrderDetailsPane.h"
#include "widgets/StatusSidebar.h"
#include "widgets/SyncStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(OrderBook *book, OrderSync *sync, QWidget *parent)
    : QMainWindow(parent)
    , m_book(book)
    , m_sync(sync)
    , m_model(new OrderTableModel(book, this))
    , m_proxy(new OrderFilterProxyModel(m_model, this))
    , m_counts(new StatusCountModel(book, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/smidig.svg"_s));
    buildActions();
    buildLayout();
    setShopName({});

    connect(m_sync, &OrderSync::started, m_syncStatus, &SyncStatusWidget::showStarted);
    connect(m_sync, &OrderSync::progress, m_syncStatus, &SyncStatusWidget::showProgress);
    connect(m_sync, &OrderSync::finished, m_syncStatus, &SyncStatusWidget::showFinished);
    connect(m_sync, &OrderSync::started, this, [this] { m_syncAction->setEnabled(false); });
    connect(m_sync, &OrderSync::finished, this, [this] { m_syncAction->setEnabled(true); });
    connect(m_book, &OrderBook::changed, this, &MainWindow::refreshDetailsIfShown);

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
    connect(m_syncAction, &QAction::triggered, m_sync, &OrderSync::start);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *find = new QAction(tr("&Find Orders"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_syncAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(find);
    viewMenu->addSeparator();
    // Ctrl+0 shows all orders, Ctrl+1 ... the everyday statuses in sidebar order.
    const QList<std::pair<std::optional<OrderFulfillmentStatus>, QString>> shortcuts{
        {std::nullopt, tr("All Orders")},
        {OrderFulfillmentStatus::Unfulfilled, displayName(OrderFulfillmentStatus::Unfulfilled)},
        {OrderFulfillmentStatus::PartiallyFulfilled, displayName(OrderFulfillmentStatus::PartiallyFulfilled)},
        {OrderFulfillmentStatus::OnHold, displayName(OrderFulfillmentStatus::OnHold)},
        {OrderFulfillmentStatus::Scheduled, displayName(OrderFulfillmentStatus::Scheduled)},
        {OrderFulfillmentStatus::InProgress, displayName(OrderFulfillmentStatus::InProgress)},
        {OrderFulfillmentStatus::Fulfilled, displayName(OrderFulfillmentStatus::Fulfilled)},
    };
    for (int i = 0; i < shortcuts.size(); ++i) {
        auto *action = new QAction(tr("Show %1").arg(shortcuts.at(i).second), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)));
        const auto status = shortcuts.at(i).first;
        connect(action, &QAction::triggered, this, [this, status] { m_sidebar->selectStatus(status); });
        viewMenu->addAction(action);
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *about = new QAction(tr("&About Smidig"), this);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Smidig"),
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
    m_search->setPlaceholderText(tr("Search order, customer, email, SKU or tracking number (Ctrl+F)"));
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
    toolbar->addWidget(m_search);

    m_sidebar = new StatusSidebar(m_counts);
    m_sidebar->setMinimumWidth(200);
    connect(m_sidebar, &StatusSidebar::statusChosen, this, &MainWindow::applyFilter);

    m_table = new QTableView;
    m_table->setObjectName(u"orderTable"_s);
    m_table->setAccessibleName(tr("Orders"));
    m_table->setModel(m_proxy);
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
    auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(OrderTableModel::NameColumn, width(u"#000000"_s));
    m_table->setColumnWidth(OrderTableModel::DateColumn, width(u"00 Mmm 0000 00:00"_s));
    m_table->setColumnWidth(OrderTableModel::CustomerColumn, width(u"Mmmmmm Mmmmmmmm"_s));
    m_table->setColumnWidth(OrderTableModel::ItemsColumn, width(m_model->headerData(OrderTableModel::ItemsColumn, Qt::Horizontal).toString()));
    m_table->setColumnWidth(OrderTableModel::TotalColumn, width(u"00,000.00 DKK"_s));
    m_table->setColumnWidth(OrderTableModel::PaymentColumn, width(u"Partially refunded"_s));
    m_table->setColumnWidth(OrderTableModel::FulfillmentColumn, width(u"Partially fulfilled"_s) + 20);
    m_table->setColumnWidth(OrderTableModel::LocationColumn, width(u"Butik København"_s));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentOrder);

    m_details = new OrderDetailsPane;
    m_details->setMinimumWidth(340);

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
    setCentralWidget(splitter);

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

    setTabOrder(m_search, m_sidebar);
    setTabOrder(m_sidebar, m_table);
    m_table->setFocus();
}

void MainWindow::applyFilter()
{
    OrderFilter filter;
    filter.setStatus(m_sidebar->currentStatus());
    filter.setSearchText(m_search->text());
    m_proxy->setFilter(filter);
}

void MainWindow::updateShownCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_book->count();
    m_shownCount->setText(shown == all ? tr("%n order(s)", nullptr, all)
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
