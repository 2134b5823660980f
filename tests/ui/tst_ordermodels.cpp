#include "core/model/OrderSummary.h"
#include "core/storage/Database.h"
#include "core/storage/OrderBook.h"
#include "ui/models/OrderFilterProxyModel.h"
#include "ui/models/OrderTableModel.h"
#include "ui/models/StatusCountModel.h"

#include "tests/testlib/SampleOrders.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QItemSelectionModel>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

class TestOrderModels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderBook> m_book;

    // Customers whose names start alike, for typing a search term key by key.
    static QList<Order> customers()
    {
        QList<Order> orders = someOrders();
        const QStringList names{QStringLiteral("Ida Møller"),
                                QStringLiteral("Ida Holm"),
                                QStringLiteral("Idun Berg"),
                                QStringLiteral("Bo Ide"),
                                QStringLiteral("Ida Mølle")};
        for (int i = 0; i < orders.size(); ++i)
            orders[i].customerName = names.at(i);
        return orders;
    }

    static QStringList shownNames(const QAbstractItemModel &model)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, OrderTableModel::NameColumn).data().toString());
        return names;
    }

    static QModelIndex rowNamed(const QAbstractItemModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, OrderTableModel::NameColumn).data().toString() == name)
                return model.index(row, OrderTableModel::NameColumn);
        }
        return {};
    }

    // What a proxy sorted by name like the one under test shows when given `filter` right away.
    static QStringList freshlyFiltered(OrderTableModel &model,
                                       const OrderFilter &filter,
                                       Qt::SortOrder order)
    {
        OrderFilterProxyModel fresh(&model);
        fresh.sort(OrderTableModel::NameColumn, order);
        fresh.setFilter(filter);
        return shownNames(fresh);
    }

    static QList<Order> someOrders()
    {
        return {SampleOrders::make(1),
                SampleOrders::make(2, OrderFulfillmentStatus::Fulfilled),
                SampleOrders::make(3, OrderFulfillmentStatus::OnHold),
                SampleOrders::make(4, OrderFulfillmentStatus::Unfulfilled),
                SampleOrders::make(5, OrderFulfillmentStatus::PartiallyFulfilled)};
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("m.sqlite")));
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->open(m_dir.filePath(QStringLiteral("m.sqlite"))).isError());
        m_book = std::make_unique<OrderBook>(m_db->connection());
    }
    void cleanup()
    {
        m_book.reset();
        m_db.reset();
    }

    void tableModelFollowsTheBook()
    {
        OrderTableModel model(m_book.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!m_book->upsert(someOrders()).isError());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(OrderTableModel::ColumnCount));
        const int row = m_book->rowOf(QStringLiteral("gid://shopify/Order/2"));
        QCOMPARE(model.index(row, OrderTableModel::NameColumn).data().toString(),
                 QStringLiteral("#1002"));
        QCOMPARE(model.index(row, OrderTableModel::FulfillmentColumn).data().toString(),
                 QStringLiteral("Fulfilled"));
        QVERIFY(
            !model.index(row, OrderTableModel::FulfillmentColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.index(row, OrderTableModel::ItemsColumn).data().toInt(), 3);
        QCOMPARE(model.index(row, OrderTableModel::TrackingColumn).data().toString(),
                 QStringLiteral("00370712345000000002"));
        QCOMPARE(model.index(row, OrderTableModel::NameColumn)
                     .data(OrderTableModel::SortRole)
                     .toLongLong(),
                 2);
        QCOMPARE(model.headerData(OrderTableModel::CustomerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Customer"));

        QVERIFY(
            !m_book->upsert({SampleOrders::make(1, OrderFulfillmentStatus::Fulfilled)}).isError());
        QCOMPARE(model
                     .index(m_book->rowOf(QStringLiteral("gid://shopify/Order/1")),
                            OrderTableModel::FulfillmentColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Fulfilled"));
        QVERIFY(!m_book->replaceAll({SampleOrders::make(3), SampleOrders::make(9)}).isError());
        QCOMPARE(model.rowCount(), 2);
    }

    void unknownStatusShowsAsUnknown()
    {
        OrderTableModel model(m_book.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Order odd = SampleOrders::make(1);
        odd.fulfillmentStatus = OrderFulfillmentStatus::Unknown;
        odd.fulfillmentStatusName = QStringLiteral("AWAITING_DRONE");
        QVERIFY(!m_book->upsert({odd}).isError());
        QCOMPARE(model.index(0, OrderTableModel::FulfillmentColumn).data().toString(),
                 QStringLiteral("Unknown"));
        QVERIFY(model.index(0, OrderTableModel::FulfillmentColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("AWAITING_DRONE")));
    }

    void whatShopifyLeftOutOrDoesNotShowIsSaid()
    {
        OrderTableModel model(m_book.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Order hidden = SampleOrders::make(1);
        hidden.customerName.clear();
        hidden.email.clear();
        hidden.customerHidden = true;
        Order test = SampleOrders::make(2);
        test.test = true;
        Order routing = SampleOrders::make(3);
        routing.fulfillmentOrders.clear();
        routing.createdAt = QDateTime::currentDateTimeUtc().addSecs(-30);
        Order unseen = SampleOrders::make(6); // placed long ago, still none in sight
        unseen.fulfillmentOrders.clear();
        Order pickup = SampleOrders::make(4);
        pickup.fulfillmentOrders[0].deliveryMethod = DeliveryMethod::PickUp;
        Order old = SampleOrders::make(5);
        QVERIFY(!m_book->upsert({hidden, test, routing, pickup, old, unseen}).isError());
        QVERIFY(!m_book->apply({}, {}, {old.id}, QDateTime::currentDateTimeUtc()).isError());

        auto cell = [&](const Order &order, int column, int role = Qt::DisplayRole) {
            return model.index(m_book->rowOf(order.id), column).data(role).toString();
        };
        QCOMPARE(cell(hidden, OrderTableModel::CustomerColumn), QStringLiteral("Hidden"));
        QVERIFY(cell(hidden, OrderTableModel::CustomerColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("protected customer data")));
        QCOMPARE(cell(test, OrderTableModel::NameColumn), QStringLiteral("#1002 · test"));
        QCOMPARE(cell(routing, OrderTableModel::FulfillmentColumn),
                 QStringLiteral("Unfulfilled · being routed"));
        QCOMPARE(cell(unseen, OrderTableModel::FulfillmentColumn),
                 QStringLiteral("Unfulfilled · no fulfillment orders"));
        QCOMPARE(cell(pickup, OrderTableModel::FulfillmentColumn),
                 QStringLiteral("Unfulfilled · pickup"));
        QCOMPARE(cell(old, OrderTableModel::FulfillmentColumn),
                 QStringLiteral("Unfulfilled · no longer readable"));
        QVERIFY(cell(old, OrderTableModel::FulfillmentColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("read_all_orders")));
        // The marks survive a restart: they are read from the store, not kept in memory only.
        OrderBook reopened(m_db->connection());
        QVERIFY(!reopened.load().isError());
        OrderTableModel again(&reopened);
        QCOMPARE(again.index(reopened.rowOf(old.id), OrderTableModel::FulfillmentColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Unfulfilled · no longer readable"));
        QCOMPARE(again.index(reopened.rowOf(hidden.id), OrderTableModel::CustomerColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Hidden"));
    }

    void proxyFiltersAndSorts()
    {
        OrderTableModel model(m_book.get());
        OrderFilterProxyModel proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(OrderTableModel::NameColumn, Qt::DescendingOrder);
        QVERIFY(!m_book->upsert(someOrders()).isError());
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("#1005"));

        OrderFilter filter;
        filter.setStatus(OrderFulfillmentStatus::Unfulfilled);
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("#1004"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("#1001"));

        filter.setSearchText(QStringLiteral("kunde4@"));
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 1);

        // An order that changes status leaves the filtered view by itself.
        QVERIFY(
            !m_book->upsert({SampleOrders::make(4, OrderFulfillmentStatus::Fulfilled)}).isError());
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilter(OrderFilter());
        QCOMPARE(proxy.rowCount(), 5);
    }

    // Selection and the current row stay on their orders while the filter, the sort and the
    // book change around them; a row that leaves the view leaves the selection.
    void proxyKeepsTheSelectionOnItsOrders()
    {
        OrderTableModel model(m_book.get());
        OrderFilterProxyModel proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!m_book->upsert(someOrders()).isError());
        proxy.sort(OrderTableModel::NameColumn, Qt::AscendingOrder);
        QItemSelectionModel selection(&proxy);
        auto rowNamed = [&](const QString &name) {
            for (int row = 0; row < proxy.rowCount(); ++row) {
                if (proxy.index(row, 0).data().toString() == name)
                    return proxy.index(row, 0);
            }
            return QModelIndex();
        };
        auto selectedNames = [&] {
            QStringList names;
            for (const QModelIndex &index : selection.selectedRows())
                names.append(index.data().toString());
            names.sort();
            return names;
        };
        selection.select(rowNamed(QStringLiteral("#1004")),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.select(rowNamed(QStringLiteral("#1002")),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.setCurrentIndex(rowNamed(QStringLiteral("#1004")), QItemSelectionModel::NoUpdate);

        proxy.sort(OrderTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("#1005"));
        QCOMPARE(selectedNames(), (QStringList{QStringLiteral("#1002"), QStringLiteral("#1004")}));
        QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("#1004"));

        // #1002 is fulfilled: the Unfulfilled view drops it from the selection.
        OrderFilter unfulfilled;
        unfulfilled.setStatus(OrderFulfillmentStatus::Unfulfilled);
        proxy.setFilter(unfulfilled);
        QCOMPARE(selectedNames(), QStringList{QStringLiteral("#1004")});
        QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("#1004"));

        // Orders added and removed in the book: the current order stays current.
        QVERIFY(!m_book->upsert({SampleOrders::make(6)}).isError());
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("#1006"));
        QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("#1004"));
        QVERIFY(!m_book->replaceAll({SampleOrders::make(4), SampleOrders::make(6)}).isError());
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("#1004"));
        QVERIFY(!m_book->replaceAll({SampleOrders::make(6)}).isError());
        QVERIFY(!selection.currentIndex().isValid());

        // Typing further narrows; deleting widens again.
        proxy.setFilter(OrderFilter());
        OrderFilter search;
        search.setSearchText(QStringLiteral("#100"));
        proxy.setFilter(search);
        QCOMPARE(proxy.rowCount(), 1);
        search.setSearchText(QStringLiteral("#1007"));
        proxy.setFilter(search);
        QCOMPARE(proxy.rowCount(), 0);
        search.setSearchText(QStringLiteral("#10"));
        proxy.setFilter(search);
        QCOMPARE(proxy.rowCount(), 1);
    }

    // Deleting keys widens the filter back to terms typed before: the rows shown then are
    // the rows a filter set afresh shows, in the same order.
    void proxyWidensBackToTheRowsOfAFreshFilter()
    {
        OrderTableModel model(m_book.get());
        OrderFilterProxyModel proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!m_book->upsert(customers()).isError());
        proxy.sort(OrderTableModel::NameColumn, Qt::DescendingOrder);
        QItemSelectionModel selection(&proxy);
        selection.setCurrentIndex(rowNamed(proxy, QStringLiteral("#1001")),
                                  QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);

        const QString typed = QStringLiteral("ida møller");
        QStringList terms;
        for (qsizetype length = 1; length <= typed.size(); ++length)
            terms.append(typed.left(length));
        for (qsizetype length = typed.size() - 1; length >= 0; --length)
            terms.append(typed.left(length));
        terms.append({QStringLiteral("ida"), QStringLiteral("idun"), QStringLiteral("id")});
        bool gone = false;
        for (const QString &term : std::as_const(terms)) {
            OrderFilter filter;
            filter.setSearchText(term);
            proxy.setFilter(filter);
            QCOMPARE(shownNames(proxy), freshlyFiltered(model, filter, Qt::DescendingOrder));
            // #1001 (Ida Møller) matches every term but "idun", which takes it out of the
            // selection for good.
            if (term == QStringLiteral("idun"))
                gone = true;
            if (gone) {
                QVERIFY(!selection.currentIndex().isValid());
            } else {
                QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("#1001"));
                QCOMPARE(selection.selectedRows().size(), 1);
            }
        }
    }

    // The rows of a wider term, kept for when keys are deleted, are not reused once an order,
    // the rows or the sort changed since.
    void proxyWidensBackToChangedOrders()
    {
        OrderTableModel model(m_book.get());
        OrderFilterProxyModel proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Order> orders = customers();
        QVERIFY(!m_book->upsert(orders).isError());
        Qt::SortOrder order = Qt::AscendingOrder;
        proxy.sort(OrderTableModel::NameColumn, order);
        OrderFilter ida;
        ida.setSearchText(QStringLiteral("ida"));
        OrderFilter idaM;
        idaM.setSearchText(QStringLiteral("ida m"));
        auto typeAndChange = [&](const std::function<void()> &change) {
            proxy.setFilter(OrderFilter());
            proxy.setFilter(ida);
            proxy.setFilter(idaM);
            change();
            QCOMPARE(shownNames(proxy), freshlyFiltered(model, idaM, order));
            proxy.setFilter(ida);
            QCOMPARE(shownNames(proxy), freshlyFiltered(model, ida, order));
            proxy.setFilter(OrderFilter());
            QCOMPARE(shownNames(proxy), freshlyFiltered(model, OrderFilter(), order));
        };

        // #1003 comes to match "ida" while "ida m" hides it; #1002 stops matching it.
        typeAndChange([&] {
            orders[2].customerName = QStringLiteral("Ida Berg");
            orders[1].customerName = QStringLiteral("Bo Holm");
            QVERIFY(!m_book->upsert({orders[2], orders[1]}).isError());
        });
        QVERIFY(shownNames(proxy).contains(QStringLiteral("#1003")));
        proxy.setFilter(ida);
        QCOMPARE(shownNames(proxy),
                 (QStringList{QStringLiteral("#1001"),
                              QStringLiteral("#1003"),
                              QStringLiteral("#1005")}));

        // An order added, one removed.
        typeAndChange([&] {
            Order added = SampleOrders::make(6);
            added.customerName = QStringLiteral("Ida Sand");
            QVERIFY(!m_book->upsert({added}).isError());
        });
        QVERIFY(shownNames(proxy).contains(QStringLiteral("#1006")));
        typeAndChange([&] { QVERIFY(!m_book->replaceAll(orders.mid(2)).isError()); });

        // The sort turned round.
        typeAndChange([&] {
            order = Qt::DescendingOrder;
            proxy.sort(OrderTableModel::NameColumn, order);
        });
        proxy.setFilter(ida);
        QCOMPARE(shownNames(proxy), (QStringList{QStringLiteral("#1005"), QStringLiteral("#1003")}));
    }

    // Terms typed afresh in a shop big enough that the proxy looks only where the search index
    // points: the rows shown are every order that matches, in order, while orders change,
    // come and go under the filter.
    void proxyFindsFreshTermsAsOrdersChange()
    {
        OrderTableModel model(m_book.get());
        OrderFilterProxyModel proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Order> orders;
        for (int number = 1; number <= 300; ++number) {
            orders.append(SampleOrders::make(number,
                                             number % 3 ? OrderFulfillmentStatus::Unfulfilled
                                                        : OrderFulfillmentStatus::Fulfilled));
        }
        orders[10].customerName = QStringLiteral("Ida Møller");
        orders[11].customerName = QStringLiteral("Søren Møller");
        orders[200].email = QStringLiteral("MØLLER@example.dk");
        orders[250].customerName = QStringLiteral("Ida Berg");
        QVERIFY(!m_book->upsert(orders).isError());
        proxy.sort(OrderTableModel::NameColumn, Qt::DescendingOrder);

        // What the proxy must show: every order of the book that matches, latest number first.
        auto expected = [&](const OrderFilter &filter) {
            QList<const OrderSummary *> matching;
            for (int row = 0; row < m_book->count(); ++row) {
                if (filter.matches(m_book->at(row)))
                    matching.append(&m_book->at(row));
            }
            std::sort(matching.begin(), matching.end(), [](const auto *a, const auto *b) {
                return a->number > b->number;
            });
            QStringList names;
            for (const OrderSummary *order : std::as_const(matching))
                names.append(order->name);
            return names;
        };
        OrderFilter moller;
        moller.setSearchText(QStringLiteral("Møller"));
        OrderFilter unfulfilledIda;
        unfulfilledIda.setStatus(OrderFulfillmentStatus::Unfulfilled);
        unfulfilledIda.setSearchText(QStringLiteral("ida"));
        OrderFilter shortTerm;
        shortTerm.setSearchText(QStringLiteral("Ø"));
        OrderFilter nowhere;
        nowhere.setSearchText(QStringLiteral("qqq"));
        const QList<OrderFilter> filters{moller, unfulfilledIda, shortTerm, nowhere, moller};
        auto checkEach = [&] {
            for (const OrderFilter &filter : filters) {
                proxy.setFilter(filter);
                QCOMPARE(shownNames(proxy), expected(filter));
            }
        };
        checkEach();
        QCOMPARE(expected(moller),
                 (QStringList{QStringLiteral("#1201"),
                              QStringLiteral("#1012"),
                              QStringLiteral("#1011")}));

        // While "møller" is shown: one order comes to match, one stops, one is added that
        // matches, one that matched is removed.
        proxy.setFilter(moller);
        orders[20].customerName = QStringLiteral("Karl Møller");
        orders[11].customerName = QStringLiteral("Søren Holm");
        QVERIFY(!m_book->upsert({orders[20], orders[11]}).isError());
        QCOMPARE(shownNames(proxy), expected(moller));
        QVERIFY(shownNames(proxy).contains(QStringLiteral("#1021")));
        QVERIFY(!shownNames(proxy).contains(QStringLiteral("#1012")));
        Order added = SampleOrders::make(301);
        added.customerName = QStringLiteral("Ane Møller");
        QVERIFY(!m_book->upsert({added}).isError());
        QCOMPARE(shownNames(proxy), expected(moller));
        QCOMPARE(shownNames(proxy).first(), QStringLiteral("#1301"));
        orders.removeAt(10);
        orders.append(added);
        QVERIFY(!m_book->replaceAll(orders).isError());
        QCOMPARE(shownNames(proxy), expected(moller));
        QVERIFY(!shownNames(proxy).contains(QStringLiteral("#1011")));
        checkEach();
    }

    // Views paint a cell from one multiData() call: it answers every role as data() does, in
    // the table model and through the proxy.
    void cellsAnswerAllRolesAtOnceAsOneByOne()
    {
        OrderTableModel model(m_book.get());
        OrderFilterProxyModel proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Order> orders = someOrders();
        orders[0].test = true;
        orders[1].customerName.clear();
        QVERIFY(!m_book->upsert(orders).isError());
        proxy.sort(OrderTableModel::NameColumn, Qt::DescendingOrder);
        const QList<int> roles{Qt::DisplayRole,
                               Qt::DecorationRole,
                               Qt::ToolTipRole,
                               Qt::TextAlignmentRole,
                               Qt::FontRole,
                               OrderTableModel::SortRole,
                               OrderTableModel::OrderIdRole};
        for (const QAbstractItemModel *cells : {static_cast<QAbstractItemModel *>(&model),
                                                static_cast<QAbstractItemModel *>(&proxy)}) {
            for (int row = 0; row < cells->rowCount(); ++row) {
                for (int column = 0; column < cells->columnCount(); ++column) {
                    const QModelIndex index = cells->index(row, column);
                    QList<QModelRoleData> all;
                    for (const int role : roles)
                        all.append(QModelRoleData(role));
                    index.multiData(all);
                    for (const QModelRoleData &data : std::as_const(all)) {
                        const QVariant one = index.data(data.role());
                        // Icons have no ==: the same icon is the same cache key.
                        if (one.typeId() == QMetaType::QIcon) {
                            QCOMPARE(data.data().typeId(), int(QMetaType::QIcon));
                            QCOMPARE(data.data().value<QIcon>().cacheKey(),
                                     one.value<QIcon>().cacheKey());
                        } else {
                            QCOMPARE(data.data(), one);
                        }
                    }
                }
            }
        }
        // An index of no cell gives nothing.
        QModelRoleData display(Qt::DisplayRole);
        display.setData(QStringLiteral("left over"));
        model.multiData(QModelIndex(), QModelRoleDataSpan(display));
        QVERIFY(!display.data().isValid());
    }

    void proxySortsTextByTheLocale()
    {
        OrderTableModel model(m_book.get());
        OrderFilterProxyModel proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Order> orders = someOrders();
        const QStringList customers{QStringLiteral("bo"),
                                    QStringLiteral("Åse"),
                                    QStringLiteral("Anna"),
                                    QStringLiteral("Carl"),
                                    QStringLiteral("anders")};
        for (int i = 0; i < orders.size(); ++i)
            orders[i].customerName = customers.at(i);
        QVERIFY(!m_book->upsert(orders).isError());
        proxy.sort(OrderTableModel::CustomerColumn, Qt::AscendingOrder);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, OrderTableModel::CustomerColumn).data().toString());
        // Case does not split the names; the C locale puts Å after the plain letters.
        QCOMPARE(shown.mid(0, 4),
                 (QStringList{QStringLiteral("anders"),
                              QStringLiteral("Anna"),
                              QStringLiteral("bo"),
                              QStringLiteral("Carl")}));
        QCOMPARE(shown.last(), QStringLiteral("Åse"));
    }

    void statusCountsStayLive()
    {
        StatusCountModel counts(m_book.get());
        QAbstractItemModelTester tester(&counts,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        using Status = OrderFulfillmentStatus;
        QCOMPARE(counts.viewAt(0), OrderView::all());
        QCOMPARE(counts.index(0).data().toString(), QStringLiteral("All orders"));
        const int everyday = counts.rowCount();
        QCOMPARE(everyday, 9); // all orders, six everyday statuses, archived and cancelled
        QCOMPARE(counts.viewAt(everyday - 1), OrderView::cancelled());
        QVERIFY(!m_book->upsert(someOrders()).isError());
        QCOMPARE(counts.countOf(OrderView::all()), 5);
        QCOMPARE(counts.countOf(OrderView::ofStatus(Status::Unfulfilled)), 2);
        const int unfulfilledRow = counts.rowOf(OrderView::ofStatus(Status::Unfulfilled));
        QCOMPARE(counts.index(unfulfilledRow).data(StatusCountModel::CountRole).toInt(), 2);
        QVERIFY(counts.index(unfulfilledRow)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Unfulfilled: 2 order")));

        // A rare status gets a row while orders have it, and loses it after.
        QCOMPARE(counts.rowOf(OrderView::ofStatus(Status::Restocked)), -1);
        QVERIFY(!m_book->upsert({SampleOrders::make(6, Status::Restocked)}).isError());
        QVERIFY(counts.rowOf(OrderView::ofStatus(Status::Restocked)) > 0);
        QCOMPARE(counts.rowCount(), everyday + 1);
        Order later = SampleOrders::make(6, Status::Fulfilled);
        later.updatedAt = later.updatedAt.addSecs(60);
        QVERIFY(!m_book->upsert({later}).isError());
        QCOMPARE(counts.rowOf(OrderView::ofStatus(Status::Restocked)), -1);
        QCOMPARE(counts.countOf(OrderView::ofStatus(Status::Fulfilled)), 2);

        // Archived and cancelled orders leave the open views.
        Order archived = SampleOrders::make(2, Status::Fulfilled);
        archived.closed = true;
        archived.updatedAt = archived.updatedAt.addSecs(60);
        Order cancelled = SampleOrders::make(4);
        cancelled.cancelledAt = cancelled.createdAt.addDays(1);
        cancelled.closed = true;
        cancelled.updatedAt = cancelled.updatedAt.addSecs(60);
        QVERIFY(!m_book->upsert({archived, cancelled}).isError());
        QCOMPARE(counts.countOf(OrderView::ofStatus(Status::Fulfilled)), 1);
        QCOMPARE(counts.countOf(OrderView::ofStatus(Status::Unfulfilled)), 1);
        QCOMPARE(counts.countOf(OrderView::archived()), 1);
        QCOMPARE(counts.countOf(OrderView::cancelled()), 1);
        QCOMPARE(counts.countOf(OrderView::all()), 6);
    }
};

QTEST_MAIN(TestOrderModels)
#include "tst_ordermodels.moc"
