#pragma once

#include <QMainWindow>

class OrderBook;
class OrderDetailsPane;
class OrderFilterProxyModel;
class OrderSync;
class OrderTableModel;
class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class StatusCountModel;
class StatusSidebar;
class SyncStatusWidget;

// The order desk: status sidebar, order table with search, details of the current order,
// and the sync indicator. It reads the local store through the OrderBook and asks the sync
// to run; it never talks to the network or the database itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(OrderBook *book, OrderSync *sync, QWidget *parent = nullptr);

    // "my-shop.myshopify.com" or "Demo store", shown in the title.
    void setShopName(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void applyFilter();
    void showCurrentOrder();
    void refreshDetailsIfShown();
    void updateShownCount();

    OrderBook *m_book;
    OrderSync *m_sync;
    OrderTableModel *m_model;
    OrderFilterProxyModel *m_proxy;
    StatusCountModel *m_counts;
    StatusSidebar *m_sidebar = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    OrderDetailsPane *m_details = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QAction *m_syncAction = nullptr;
    QLabel *m_shownCount = nullptr;
};
