#include "core/demostore/DemoStoreThread.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Recognisable, and nothing like a real Shopify token.
const QString kToken = u"smidig-test-token-RECOGNISABLE-7f3a9c21"_s;

} // namespace

// No token in any file the app writes: both programs sync and fulfil with a recognisable
// token, then every file in their data, config and cache folders, the log included, is
// searched for it.
class TestSecretsOnDisk final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    int run(const QString &program, const QStringList &arguments, QString *errors = nullptr)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        environment.insert(u"SHOP_TOKEN"_s, kToken);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // Everything the app logs, so a token in a debug line would be found too.
        environment.insert(u"QT_LOGGING_RULES"_s, u"smidig.*.debug=true"_s);
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
            return -1;
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        if (errors)
            *errors = QString::fromUtf8(output);
        // What a program prints is written somewhere too (a terminal log, a CI log).
        if (output.contains(kToken.toUtf8()))
            return -2;
        return process.exitCode();
    }

    QStringList filesContainingTheToken(int *filesSearched) const
    {
        QStringList found;
        *filesSearched = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++*filesSearched;
            if (file.readAll().contains(kToken.toUtf8()))
                found.append(file.fileName());
        }
        return found;
    }

private slots:
    void noTokenInAnyFileTheAppWrites()
    {
        demostore::DemoStoreConfig config;
        config.seed = 5;
        config.orderCount = 60;
        config.accessToken = kToken;
        config.throttling = false;
        demostore::DemoStoreThread store(config);
        QString error;
        QVERIFY2(store.start(&error), qPrintable(error));
        const QStringList shop{u"--shop"_s,
                               store.url().toString(),
                               u"--token-env"_s,
                               u"SHOP_TOKEN"_s};

        QString output;
        QCOMPARE(run(QStringLiteral(SMIDIG_CLI_PATH), shop + QStringList{u"sync"_s}, &output), 0);
        const int fulfil = run(QStringLiteral(SMIDIG_CLI_PATH),
                               shop + QStringList{u"fulfil"_s, u"1001"_s, u"1002"_s},
                               &output);
        QVERIFY2(fulfil == 0 || fulfil == 4, qPrintable(output));
        QCOMPARE(run(QStringLiteral(SMIDIG_GUI_PATH),
                     shop + QStringList{u"--quit-after-sync"_s},
                     &output),
                 0);

        int searched = 0;
        const QStringList found = filesContainingTheToken(&searched);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
        // The search covered the local store and the log (and the settings, where any were
        // written: a connection given on the command line is not remembered).
        QVERIFY2(searched >= 2, qPrintable(QString::number(searched)));
        QVERIFY(QFile::exists(m_home.filePath(u"data/Smidig/Smidig/logs/smidig.log"_s)));
        QVERIFY(!QDir(m_home.filePath(u"data/Smidig/Smidig/shops"_s))
                     .entryList({u"*.sqlite"_s})
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretsOnDisk)
#include "tst_secretsondisk.moc"
