// The station's identity as the programs keep it: saved per PC in the app's settings, shown and
// changed in the desk opened as app/main.cpp opens it, given to smidig-cli with --station and
// --packer (or taken from the settings), and recorded with each fulfilment, which
// `smidig-cli orders --format json` lists.

#include "app/AppSettings.h"
#include "app/DeskSession.h"
#include "core/demostore/DemoStore.h"
#include "core/model/StationNaming.h"
#include "tests/testlib/AppIdentity.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/FulfillDialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// Names of unfulfilled, uncancelled orders of the default demo store (the one smidig-cli
// --demo and the desk's demo mode start) that one fulfilment ships whole.
QStringList openDemoOrders(int count)
{
    demostore::DemoStore store{demostore::DemoStoreConfig()};
    QStringList names;
    for (int i = 0; i < store.data().orders.size() && names.size() < count; ++i) {
        const QJsonObject order = store.orderJson(i);
        const QJsonArray fos = order[u"fulfillmentOrders"].toArray();
        if (order[u"displayFulfillmentStatus"].toString() == u"UNFULFILLED"_s
            && order[u"cancelledAt"].isNull() && !order[u"closed"].toBool() && fos.size() == 1
            && fos.at(0)[u"status"].toString() == u"OPEN"_s
            && fos.at(0)[u"assignedLocation"][u"location"][u"fulfillmentService"].isNull())
            names.append(order[u"name"].toString());
    }
    return names;
}

} // namespace

class TestStationSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    // smidig-cli with this test's settings (the same file QSettings uses here).
    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_dir.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"settings"_s));
        environment.remove(u"SMIDIG_ACCESS_TOKEN"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SMIDIG_CLI_PATH), arguments);
        Run result;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // The packing history of an order in `orders --format json` of the store.
    QJsonArray packingOf(const QString &store, const QString &orderName)
    {
        const Run listed = cli({u"orders"_s, u"--database"_s, store, u"--format"_s, u"json"_s});
        if (listed.exitCode != 0) {
            qWarning() << listed.err;
            return {};
        }
        const QJsonArray orders = QJsonDocument::fromJson(listed.out).array();
        for (const QJsonValue &order : orders) {
            if (order[u"name"].toString() == orderName)
                return order[u"packingHistory"].toArray();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppIdentity::useForTest(m_dir.filePath(u"settings"_s));
    }

    void theSettingsKeepTheStationAndPacker()
    {
        // Never named: the computer's name, and nobody packing.
        QCOMPARE(AppSettings::stationIdentity(),
                 (StationIdentity{StationNaming::defaultStationName(), QString()}));
        AppSettings::setStationIdentity({u" Station 2 "_s, u"Anna"_s});
        QCOMPARE(AppSettings::stationIdentity(), (StationIdentity{u"Station 2"_s, u"Anna"_s}));
        // The computer's name is kept as the default, not as a choice.
        AppSettings::setStationIdentity({StationNaming::defaultStationName(), u"Anna"_s});
        QVERIFY(!QSettings().contains(u"station/name"_s));
        // Edited by hand into something no field would take: cleaned when read.
        QSettings().setValue(u"station/name"_s, QString(u"  Pack\ttable  "_s + QString(100, u'x')));
        QSettings().setValue(u"station/packer"_s, u"   "_s);
        const StationIdentity read = AppSettings::stationIdentity();
        QVERIFY(read.station.startsWith(u"Pack table x"_s));
        QCOMPARE(read.station.size(), StationNaming::kMaxLength);
        QCOMPARE(read.packer, QString());
    }

    // The desk shows the saved names, and a packer named there is saved and recorded with
    // what the desk fulfils.
    void theDeskUsesAndKeepsTheNames()
    {
        AppSettings::setStationIdentity({u"Station 7"_s, u"Fay"_s});
        const QString order = openDemoOrders(1).value(0);
        QVERIFY(!order.isEmpty());
        {
            QNetworkAccessManager network;
            DeskSession session(&network);
            DeskSession::Setup setup;
            setup.demo = true;
            setup.store = StoreLocation::file(m_dir.filePath(u"desk.sqlite"_s));
            QString problem;
            QVERIFY2(session.open(setup, &problem), qPrintable(problem));
            MainWindow *window = session.window();
            QCOMPARE(window->station(), (StationIdentity{u"Station 7"_s, u"Fay"_s}));
            auto *indicator = window->findChild<QToolButton *>(u"stationIndicator"_s);
            QCOMPARE(indicator->text(), u"Station 7 · Fay"_s);

            indicator->click();
            QInputDialog *packer = window->findChild<QInputDialog *>(u"packerDialog"_s);
            QVERIFY(packer);
            packer->setTextValue(u"Gus"_s);
            packer->accept();
            QCOMPARE(AppSettings::stationIdentity(), (StationIdentity{u"Station 7"_s, u"Gus"_s}));

            // Fulfilled from the window once the demo's orders are in.
            auto *table = window->findChild<QTableView *>(u"orderTable"_s);
            QModelIndex row;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    const QAbstractItemModel *model = table->model();
                    for (int i = 0; i < model->rowCount(); ++i) {
                        if (model->index(i, 0).data().toString() == order)
                            row = model->index(i, 0);
                    }
                    return row.isValid();
                }(),
                60000);
            table->setCurrentIndex(row);
            table->selectRow(row.row());
            auto *fulfil = window->findChild<QAction *>(u"fulfillAction"_s);
            QTRY_VERIFY(fulfil->isEnabled());
            fulfil->trigger();
            auto *dialog = window->findChild<FulfillDialog *>(u"fulfillDialog"_s);
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            dialog->accept();
            auto *packing = window->findChild<QLabel *>(u"detailsPacking"_s);
            QTRY_VERIFY2(packing->text().startsWith(u"Fulfilled at Station 7 by Gus, "_s),
                         qPrintable(packing->text()));
        }
        // The next start shows the packer named last.
        QNetworkAccessManager network;
        DeskSession session(&network);
        DeskSession::Setup setup;
        setup.demo = true;
        setup.store = StoreLocation::file(m_dir.filePath(u"desk.sqlite"_s));
        QString problem;
        QVERIFY2(session.open(setup, &problem), qPrintable(problem));
        QCOMPARE(session.window()->station(), (StationIdentity{u"Station 7"_s, u"Gus"_s}));
    }

    // --station and --packer name who fulfils from smidig-cli; without them, the saved names.
    void theCommandLineRecordsItsStation()
    {
        AppSettings::setStationIdentity({u"Bench 4"_s, u"Eve"_s});
        const QStringList orders = openDemoOrders(3);
        QCOMPARE(orders.size(), 3);
        // A store each: a demo store restarted for the next run would hand out the same
        // shipment ids again (its data starts over, the store's does not).
        QStringList stores;
        for (int i = 0; i < 3; ++i)
            stores.append(m_dir.filePath(u"cli%1.sqlite"_s.arg(i)));

        const Run named = cli({u"--demo"_s,
                               u"--database"_s,
                               stores.at(0),
                               u"fulfil"_s,
                               orders.at(0),
                               u"--station"_s,
                               u"  Station 9 "_s,
                               u"--packer"_s,
                               u"Dora"_s});
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
        const Run saved = cli(
            {u"--demo"_s, u"--database"_s, stores.at(1), u"fulfil"_s, orders.at(1)});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        const Run nobody = cli(
            {u"--demo"_s, u"--database"_s, stores.at(2), u"fulfil"_s, orders.at(2), u"--packer="_s});
        QVERIFY2(nobody.exitCode == 0, qPrintable(nobody.err));

        const QJsonArray first = packingOf(stores.at(0), orders.at(0));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0)[u"station"].toString(), u"Station 9"_s);
        QCOMPARE(first.at(0)[u"packer"].toString(), u"Dora"_s);
        QCOMPARE(first.at(0)[u"action"].toString(), u"fulfill"_s);
        QCOMPARE(first.at(0)[u"outcome"].toString(), u"done"_s);
        const QDateTime at = QDateTime::fromString(first.at(0)[u"at"].toString(), Qt::ISODate);
        QVERIFY(at.isValid());
        QVERIFY(at <= QDateTime::currentDateTimeUtc());
        QVERIFY(first.at(0)[u"outboxEntryId"].toInteger() > 0);

        const QJsonArray second = packingOf(stores.at(1), orders.at(1));
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0)[u"station"].toString(), u"Bench 4"_s);
        QCOMPARE(second.at(0)[u"packer"].toString(), u"Eve"_s);

        const QJsonArray third = packingOf(stores.at(2), orders.at(2));
        QCOMPARE(third.size(), 1);
        QCOMPARE(third.at(0)[u"station"].toString(), u"Bench 4"_s);
        QVERIFY(third.at(0)[u"packer"].isNull());

        // An order nobody fulfilled here has an empty history, not a missing field.
        const Run listed = cli(
            {u"orders"_s, u"--database"_s, stores.at(0), u"--format"_s, u"json"_s});
        QCOMPARE(listed.exitCode, 0);
        int without = 0;
        for (const QJsonValue &order : QJsonDocument::fromJson(listed.out).array()) {
            QVERIFY(order[u"packingHistory"].isArray());
            without += order[u"packingHistory"].toArray().isEmpty() ? 1 : 0;
        }
        QVERIFY(without > 0);

        // --help says what the options are for.
        const Run help = cli({u"--help"_s});
        QVERIFY2(help.out.contains("--station <name>") && help.out.contains("--packer <name>"),
                 help.out.constData());
    }
};

QTEST_MAIN(TestStationSettings)
#include "tst_stationsettings.moc"
