#include "ui/CachedTextDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The cached delegate must paint what Qt's own delegate paints: the same pixels, for cells
// with and without icons, aligned either way, elided, selected, and after their text changed.
class TestCachedTextDelegate final : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model;
    std::unique_ptr<QTableView> m_view;

    static QIcon squareIcon(const QColor &color)
    {
        QPixmap pixmap(16, 16);
        pixmap.fill(color);
        return QIcon(pixmap);
    }

    QImage painted()
    {
        QImage image(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        m_view->viewport()->render(&image);
        return image;
    }

    // Where the view painted by the cached delegate differs from the view painted by Qt's
    // own, the first time and again from the cache; empty when it does not.
    QString differenceFromQt()
    {
        QStyledItemDelegate qts;
        m_view->setItemDelegate(&qts);
        const QImage expected = painted();
        CachedTextDelegate cached;
        m_view->setItemDelegate(&cached);
        const QImage first = painted();
        const QImage again = painted();
        m_view->setItemDelegate(nullptr);
        const QString difference = firstDifference(expected, first);
        return difference.isEmpty() ? firstDifference(expected, again) : difference;
    }

    static QString firstDifference(const QImage &expected, const QImage &actual)
    {
        if (expected.size() != actual.size())
            return u"sizes differ"_s;
        for (int y = 0; y < expected.height(); ++y) {
            for (int x = 0; x < expected.width(); ++x) {
                if (expected.pixel(x, y) != actual.pixel(x, y))
                    return u"pixel (%1, %2): expected %3, painted %4"_s.arg(x)
                        .arg(y)
                        .arg(expected.pixel(x, y), 8, 16)
                        .arg(actual.pixel(x, y), 8, 16);
            }
        }
        return {};
    }

    void addRow(const QString &text,
                const QString &number,
                const QIcon &icon = {},
                const QString &more = QString())
    {
        auto *first = new QStandardItem(text);
        auto *second = new QStandardItem(number);
        second->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *third = new QStandardItem(icon, more);
        m_model.appendRow({first, second, third});
    }

private slots:
    void initTestCase()
    {
        // The style of Qt's own that the app gets where the platform brings none.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    void init()
    {
        m_model.clear();
        m_model.setColumnCount(3);
        m_view = std::make_unique<QTableView>();
        m_view->setModel(&m_model);
        m_view->verticalHeader()->hide();
        m_view->setAlternatingRowColors(true);
        m_view->setWordWrap(false);
        m_view->setColumnWidth(0, 140);
        m_view->setColumnWidth(1, 90);
        m_view->setColumnWidth(2, 160);
        m_view->resize(420, 300);
    }

    void cleanup() { m_view.reset(); }

    void plainCellsAreNotLeftToQt()
    {
        addRow(u"Ida Møller"_s, u"1.299,95 DKK"_s, squareIcon(Qt::red), u"Unfulfilled"_s);
        m_view->show();
        QStyleOptionViewItem option;
        option.initFrom(m_view.get());
        option.widget = m_view.get();
        option.text = u"Ida Møller"_s;
        // Else the comparisons below would compare Qt's painting with itself.
        QVERIFY(CachedTextDelegate::paintsQuickly(option));
        option.features |= QStyleOptionViewItem::WrapText; // a line that fits does not wrap
        QVERIFY(CachedTextDelegate::paintsQuickly(option));
        option.text = u"two\nlines"_s;
        QVERIFY(!CachedTextDelegate::paintsQuickly(option));
        option.text = u"Ida Møller"_s;
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        QVERIFY(!CachedTextDelegate::paintsQuickly(option));
    }

    void paintsAsQtDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("more");
        QTest::newRow("short") << u"#1001"_s << u"3"_s << u"Paid"_s;
        QTest::newRow("accents") << u"Søren Ægidius Åberg"_s << u"12.345,00 DKK"_s
                                 << u"Unfulfilled · sending"_s;
        QTest::newRow("elided") << u"a.very.long.email.address@example.net"_s
                                << u"1.234.567.890,00 DKK"_s
                                << u"Partially fulfilled (cancelled) · no fulfillment orders"_s;
        QTest::newRow("other scripts") << u"Ayşe Yılmaz"_s << u"١٢٣"_s << u"Ζωή Παπαδοπούλου"_s;
        QTest::newRow("right to left in a left to right table")
            << u"محمد علي"_s << u"42"_s << u"שלום עולם"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void paintsAsQtDoes()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        QFETCH(QString, more);
        for (int row = 0; row < 4; ++row)
            addRow(text, number, row % 2 ? squareIcon(Qt::darkGreen) : QIcon(), more);
        m_view->show();
        QCOMPARE(differenceFromQt(), QString());
    }

    void paintsWrappedTextAsQtDoes()
    {
        m_view->setWordWrap(true);
        m_view->verticalHeader()->setDefaultSectionSize(40);
        addRow(u"Ida Møller"_s, u"5"_s, squareIcon(Qt::red), u"Unfulfilled"_s);
        addRow(u"Ida Møller Holm Berg Thygesen Nørgaard"_s,
               u"1.234.567.890,00 DKK"_s,
               squareIcon(Qt::red),
               u"Partially fulfilled (cancelled) · no fulfillment orders"_s);
        m_view->show();
        QCOMPARE(differenceFromQt(), QString());
    }

    void paintsSelectedRowsAsQtDoes()
    {
        for (int row = 0; row < 4; ++row)
            addRow(u"Order %1"_s.arg(row), QString::number(row * 100), squareIcon(Qt::blue), u"x"_s);
        m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view->show();
        m_view->selectRow(1);
        m_view->selectionModel()->select(m_model.index(3, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(differenceFromQt(), QString());
    }

    void showsTheNewTextAfterAChange()
    {
        addRow(u"Ida Møller"_s, u"5"_s, squareIcon(Qt::red), u"Unfulfilled"_s);
        m_view->show();
        CachedTextDelegate cached;
        m_view->setItemDelegate(&cached);
        const QImage before = painted();

        m_model.item(0, 0)->setText(u"Ida Holm"_s);
        m_model.item(0, 1)->setText(u"6"_s);
        const QImage cachedAfter = painted();
        QStyledItemDelegate qts;
        m_view->setItemDelegate(&qts);
        const QImage qtAfter = painted();
        m_view->setItemDelegate(nullptr);

        QVERIFY(before != qtAfter);
        QCOMPARE(firstDifference(qtAfter, cachedAfter), QString());
    }

    void followsAFontChange()
    {
        addRow(u"Ida Møller"_s, u"5"_s, squareIcon(Qt::red), u"Unfulfilled"_s);
        m_view->show();
        CachedTextDelegate cached;
        m_view->setItemDelegate(&cached);
        const QImage small = painted();

        QFont bigger = m_view->font();
        bigger.setPointSizeF(bigger.pointSizeF() * 1.5);
        m_view->setFont(bigger);
        QVERIFY(painted() != small);
        QCOMPARE(differenceFromQt(), QString());
    }
};

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
