#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class StockDesk;
class StockFilterProxyModel;
class StockTableModel;

// The stock panel (a dock beside the order table): one row per SKU and location with on
// hand, committed, available, incoming, the demand of the open orders here and the risk,
// worst first; a search field; the "at risk" threshold. Clicking a row asks for the orders
// with its SKU.
class StockPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StockPanel(StockDesk *desk, QWidget *parent = nullptr);

    // Why the last stock read failed, in a sentence; empty once a read worked.
    void showReadProblem(const QString &message);

    StockTableModel *model() const { return m_model; }
    StockFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

signals:
    // The user picked a row: show the orders that contain this SKU.
    void skuActivated(const QString &sku);

private:
    void updateSummary();

    StockDesk *m_desk;
    StockTableModel *m_model;
    StockFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QSpinBox *m_threshold;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_problem;
};
