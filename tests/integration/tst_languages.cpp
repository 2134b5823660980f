// Smidig in each of its languages, put together as app/main.cpp does it: translations loaded by
// Translations::install, the desk opened on the demo store through DeskSession. Checks what a
// person sees first (menu titles, column headers, amounts) and that smidig-cli follows --lang
// and the system language.

#include "app/DeskSession.h"
#include "app/Translations.h"
#include "core/sync/OrderSync.h"
#include "tests/testlib/AppIdentity.h"
#include "ui/MainWindow.h"
#include "ui/models/OrderTableModel.h"

#include <QApplication>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestLanguages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Translations::install adds translators; a second language must replace, not join, them.
    static void useLanguage(const QString &language)
    {
        const auto translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        Translations::install(qApp, language);
    }

    static QString appHelp(const QStringList &arguments)
    {
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(SMIDIG_GUI_PATH), arguments + QStringList{u"--help"_s});
        if (!app.waitForFinished(60000))
            return {};
        return QString::fromUtf8(app.readAllStandardOutput() + app.readAllStandardError());
    }

    static QString cliStderr(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(SMIDIG_CLI_PATH), arguments);
        if (!cli.waitForFinished(60000))
            return {};
        return QString::fromUtf8(cli.readAllStandardError());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppIdentity::useForTest(m_dir.path());
    }

    void cleanupTestCase() { useLanguage(u"en"_s); }

    void window_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QString>("amountPattern"); // two decimals after the locale's decimal sign

        QTest::newRow("en") << u"en"_s << QStringList{u"File"_s, u"View"_s, u"Orders"_s, u"Help"_s}
                            << QStringList{u"Order"_s,
                                           u"Date"_s,
                                           u"Customer"_s,
                                           u"Total"_s,
                                           u"Payment"_s}
                            << u"\\d\\.\\d\\d\\b"_s;
        QTest::newRow("da") << u"da"_s << QStringList{u"Filer"_s, u"Vis"_s, u"Ordrer"_s, u"Hjælp"_s}
                            << QStringList{u"Ordre"_s,
                                           u"Dato"_s,
                                           u"Kunde"_s,
                                           u"Total"_s,
                                           u"Betaling"_s}
                            << u"\\d,\\d\\d\\b"_s;
        QTest::newRow("de") << u"de"_s
                            << QStringList{u"Datei"_s, u"Ansicht"_s, u"Bestellungen"_s, u"Hilfe"_s}
                            << QStringList{u"Bestellung"_s,
                                           u"Datum"_s,
                                           u"Kunde"_s,
                                           u"Gesamt"_s,
                                           u"Zahlung"_s}
                            << u"\\d,\\d\\d\\b"_s;
    }

    void window()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QStringList, headers);
        QFETCH(QString, amountPattern);

        useLanguage(language);
        QCOMPARE(QLocale().name().left(2), language);

        QNetworkAccessManager network;
        DeskSession session(&network);
        DeskSession::Setup setup;
        setup.demo = true;
        setup.store = StoreLocation::file(m_dir.filePath(language + u".sqlite"_s));
        QString problem;
        QVERIFY2(session.open(setup, &problem), qPrintable(problem));
        QSignalSpy synced(session.sync(), &OrderSync::finished);
        QVERIFY(synced.wait(120000));

        QStringList menuTitles;
        const auto actions = session.window()->menuBar()->actions();
        for (const QAction *action : actions)
            menuTitles.append(action->text().remove(u'&'));
        for (const QString &menu : std::as_const(menus))
            QVERIFY2(menuTitles.contains(menu),
                     qPrintable(menu + u" not in "_s + menuTitles.join(u", "_s)));

        const QTableView *table = session.window()->findChild<QTableView *>(u"orderTable"_s);
        QVERIFY(table);
        const QAbstractItemModel *model = table->model();
        QStringList headerTexts;
        for (int column = 0; column < model->columnCount(); ++column)
            headerTexts.append(model->headerData(column, Qt::Horizontal).toString());
        for (const QString &header : std::as_const(headers))
            QVERIFY2(headerTexts.contains(header),
                     qPrintable(header + u" not in "_s + headerTexts.join(u", "_s)));

        // Money in the locale's own format: "1.299,95 DKK" in Danish, "1,299.95 DKK" in English.
        QVERIFY(model->rowCount() > 0);
        const QString total = model->index(0, OrderTableModel::TotalColumn).data().toString();
        QVERIFY2(QRegularExpression(amountPattern).match(total).hasMatch(), qPrintable(total));
    }

    void appHelpFollowsLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--lang de") << QStringList{u"--lang"_s, u"de"_s}
                                   << u"Diese Sprache (da, de, en) statt der Systemsprache"_s;
        QTest::newRow("--lang=da") << QStringList{u"--lang=da"_s}
                                   << u"Brug dette sprog (da, de, en) i stedet for systemets"_s;
        QTest::newRow("--lang en") << QStringList{u"--lang"_s, u"en"_s}
                                   << u"Use this language (da, de, en) instead of the system's"_s;
    }

    void appHelpFollowsLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        // The help wraps long descriptions onto indented lines.
        const QString help = appHelp(arguments).simplified();
        QVERIFY2(help.contains(expected), qPrintable(help));
    }

    void cliFollowsLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("systemLanguage"); // LANG, with LC_ALL and LANGUAGE unset
        QTest::addColumn<QString>("expected");
        const QString danish = u"Ukendt kommando"_s;
        const QString german = u"Unbekannter Befehl"_s;
        const QString english = u"Unknown command"_s;
        QTest::newRow("--lang de")
            << QStringList{u"--lang"_s, u"de"_s, u"nonsense"_s} << u"C.UTF-8"_s << german;
        QTest::newRow("--lang=da")
            << QStringList{u"--lang=da"_s, u"nonsense"_s} << u"C.UTF-8"_s << danish;
        QTest::newRow("system da") << QStringList{u"nonsense"_s} << u"da_DK.UTF-8"_s << danish;
        QTest::newRow("system de") << QStringList{u"nonsense"_s} << u"de_DE.UTF-8"_s << german;
        QTest::newRow("--lang en over system da")
            << QStringList{u"nonsense"_s, u"--lang"_s, u"en"_s} << u"da_DK.UTF-8"_s << english;
    }

    void cliFollowsLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, systemLanguage);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"LC_ALL"_s);
        environment.remove(u"LC_MESSAGES"_s);
        environment.remove(u"LANGUAGE"_s);
        environment.remove(u"SMIDIG_LANG"_s);
        environment.insert(u"LANG"_s, systemLanguage);
        const QString output = cliStderr(arguments, environment);
        QVERIFY2(output.contains(expected), qPrintable(output));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
