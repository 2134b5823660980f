#include "ui/widgets/StockPanel.h"

#include "core/stock/StockDesk.h"
#include "ui/models/StockFilterProxyModel.h"
#include "ui/models/StockTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StockPanel::StockPanel(StockDesk *desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new StockTableModel(desk, this))
    , m_proxy(new StockFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_threshold(new QSpinBox)
    , m_table(new QTableView)
    , m_summary(new QLabel)
    , m_problem(new QLabel)
{
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(u"stockSearch"_s);
    m_search->setPlaceholderText(tr("Search SKU or location"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &StockFilterProxyModel::setSearchText);

    m_threshold->setObjectName(u"stockThreshold"_s);
    m_threshold->setRange(0, StockRiskRules::maxThreshold);
    m_threshold->setValue(desk->rules().threshold);
    //: Before the number of units at or below which stock counts as at risk
    m_threshold->setPrefix(tr("At risk at "));
    m_threshold->setToolTip(
        tr("Stock counts as at risk when this many or fewer units are available."));
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int value) {
        StockRiskRules rules = m_desk->rules();
        rules.threshold = value;
        m_desk->setRules(rules);
    });

    m_table->setObjectName(u"stockTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StockTableModel::Risk, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(StockTableModel::Risk, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StockTableModel::Sku, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StockTableModel::Location, QHeaderView::ResizeToContents);
    for (int column = StockTableModel::OnHand; column <= StockTableModel::Demand; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString sku
            = index.siblingAtColumn(StockTableModel::Sku).data(StockTableModel::SkuRole).toString();
        if (!sku.isEmpty())
            emit skuActivated(sku);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString sku
            = index.siblingAtColumn(StockTableModel::Sku).data(StockTableModel::SkuRole).toString();
        if (!sku.isEmpty())
            emit skuActivated(sku);
    });

    m_summary->setObjectName(u"stockSummary"_s);
    m_problem->setObjectName(u"stockProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    connect(desk, &StockDesk::rowsChanged, this, &StockPanel::updateSummary);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_threshold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(tools);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    updateSummary();
}

void StockPanel::showReadProblem(const QString &message)
{
    // Said in words with a warning sign, not by colour alone.
    m_problem->setText(message.isEmpty() ? QString() : u"\u26A0 "_s + message);
    m_problem->setVisible(!message.isEmpty());
    updateSummary();
}

void StockPanel::updateSummary()
{
    int oversold = 0;
    int atRisk = 0;
    for (const StockRow &row : m_desk->rows()) {
        if (row.risk == StockRisk::Oversold)
            ++oversold;
        else if (row.risk == StockRisk::AtRisk)
            ++atRisk;
    }
    // isHidden, not isVisible: the panel's dock may be closed, the problem stands.
    if (m_desk->rows().isEmpty() && !m_problem->isHidden())
        m_summary->setText(tr("No stock to show."));
    else if (m_desk->rows().isEmpty())
        m_summary->setText(tr("No stock read yet: it is read after each sync."));
    else
        m_summary->setText(tr("%n oversold", nullptr, oversold) + u", "_s
                           + tr("%n at risk", nullptr, atRisk));
}
