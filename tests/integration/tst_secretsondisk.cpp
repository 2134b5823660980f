#include "core/demostore/DemoStoreThread.h"

#include "tests/testlib/CannedHttpServer.h"
#include "tests/testlib/FileCreationWatcher.h"
#include "tests/testlib/RefusedAddress.h"
#include "tests/testlib/Requirements.h"
#include "tests/testlib/WithoutCapability.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// Recognisable, and nothing like a real Shopify token.
const QString kToken = u"smidig-test-token-RECOGNISABLE-7f3a9c21"_s;
// What the client-credentials grant hands out in the test of its masking.
const QString kGrantedToken = u"shpat_granted-RECOGNISABLE-0c4e81d5"_s;

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner
                                                    | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder = kOwnerOnlyFile | QFileDevice::ExeOwner;

// The owner's, the group's and others' permission bits (Qt adds the caller's "user" ones).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions()
           & (kOwnerOnlyFolder | QFileDevice::ReadGroup | QFileDevice::WriteGroup
              | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
              | QFileDevice::ExeOther);
}

// Whether this thread may open another process's memory (/proc/PID/mem), where its secrets
// are: a process of the same user may, unless the other is not dumpable (or this one may
// trace any process: the caller gives that up first).
bool memoryReadable(qint64 pid)
{
    QFile memory(u"/proc/%1/mem"_s.arg(pid));
    return memory.open(QIODevice::ReadOnly);
}

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

    // Runs a program while this thread's event loop goes on (for a server in this process),
    // in a home of its own.
    struct Run
    {
        int exitCode = -1;
        QString output; // stdout and stderr
    };
    Run runServed(const QString &home, const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, home);
        environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
        environment.insert(u"GRANT_SECRET"_s, u"shpss_the-client-secret-1234"_s);
        environment.insert(u"SHOP_TOKEN"_s, kToken);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"QT_LOGGING_RULES"_s, u"smidig.*.debug=true"_s);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        Run run;
        if (!process.waitForStarted()
            || !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.output = QString::fromUtf8(process.readAll());
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return run;
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

    // A token the client-credentials grant brings is masked like the secret that got it: the
    // shop here answers every request with it in the error text, as a proxy or a confused
    // server might, and the client logs that text. Masked, the log shows ******** in its place.
    void theGrantsTokenIsMaskedInTheLog_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("smidig-cli")
            << QStringLiteral(SMIDIG_CLI_PATH) << QStringList{u"sync"_s} << 2;
        QTest::newRow("smidig") << QStringLiteral(SMIDIG_GUI_PATH)
                                << QStringList{u"--quit-after-sync"_s} << 2;
    }
    void theGrantsTokenIsMaskedInTheLog()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        CannedHttpServer shop;
        shop.setAnswer(QString(), // the token endpoint (no GraphQL operation)
                       {200,
                        "application/json",
                        QByteArray("{\"access_token\":\"") + kGrantedToken.toUtf8()
                            + "\",\"scope\":\"read_orders\",\"expires_in\":86399}",
                        false,
                        {}});
        shop.setAnswer(u"*"_s,
                       {401,
                        "application/json",
                        QByteArray("{\"errors\":\"[API] Invalid API key or access token "
                                   "(unrecognized login or wrong password): ")
                            + kGrantedToken.toUtf8() + "\"}",
                        false,
                        {}});
        QTemporaryDir home;
        const Run run = runServed(home.path(),
                                  program,
                                  QStringList{u"--shop"_s,
                                              shop.url().toString(),
                                              u"--client-id"_s,
                                              u"the-client-id"_s,
                                              u"--client-secret-env"_s,
                                              u"GRANT_SECRET"_s}
                                      + arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.output));
        // The grant was asked (and asked again after the 401): the token was in play.
        QVERIFY2(shop.requestCount() >= 3, qPrintable(QString::number(shop.requestCount())));
        QVERIFY2(!run.output.contains(kGrantedToken), qPrintable(run.output));

        QFile log(home.filePath(u"data/Smidig/Smidig/logs/smidig.log"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString logged = QString::fromUtf8(log.readAll());
        QVERIFY2(!logged.contains(kGrantedToken), qPrintable(logged));
        QVERIFY2(logged.contains(u"Invalid API key or access token (unrecognized login or wrong "
                                 "password): ********"_s),
                 qPrintable(logged));
    }

    // The log and the local store, and the folders made for them, are the owner's alone, from
    // the moment each exists.
    void whatTheProgramsWriteIsTheOwnersAlone()
    {
        demostore::DemoStoreConfig config;
        config.seed = 5;
        config.orderCount = 20;
        config.accessToken = kToken;
        config.throttling = false;
        demostore::DemoStoreThread store(config);
        QString error;
        QVERIFY2(store.start(&error), qPrintable(error));
        const QStringList shop{u"--shop"_s,
                               store.url().toString(),
                               u"--token-env"_s,
                               u"SHOP_TOKEN"_s};
        // The usual umask, which would let a new file be read by others.
        const mode_t umaskBefore = umask(022);
        const auto restoreUmask = qScopeGuard([umaskBefore] { umask(umaskBefore); });

        QTemporaryDir home;
        const auto runs = [&](const QString &program, const QStringList &arguments) {
            const Run result = runServed(home.path(), program, shop + arguments);
            return result.exitCode == 0 ? QString()
                                        : result.output + u" (exit code %1)"_s.arg(result.exitCode);
        };
        // The window logs as it starts, and keeps its own store of the shop.
        QString failed = runs(QStringLiteral(SMIDIG_CLI_PATH), {u"sync"_s});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = runs(QStringLiteral(SMIDIG_GUI_PATH), {u"--quit-after-sync"_s});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString data = home.filePath(u"data/Smidig/Smidig"_s);
        const QStringList stores = QDir(data + u"/shops"_s).entryList({u"*.sqlite"_s});
        QCOMPARE(stores.size(), 1);
        for (const QString &folder : {u"data"_s,
                                      u"data/Smidig"_s,
                                      u"data/Smidig/Smidig"_s,
                                      u"data/Smidig/Smidig/logs"_s,
                                      u"data/Smidig/Smidig/shops"_s})
            QCOMPARE(modeOf(home.filePath(folder)), kOwnerOnlyFolder);
        QCOMPARE(modeOf(data + u"/logs/smidig.log"_s), kOwnerOnlyFile);
        QCOMPARE(modeOf(data + u"/shops/"_s + stores.first()), kOwnerOnlyFile);

        // Made again while every opening is watched: never open to others, even at first.
        QVERIFY(QFile::remove(data + u"/logs/smidig.log"_s));
        QVERIFY(QFile::remove(data + u"/shops/"_s + stores.first()));
        FileCreationWatcher logs(data + u"/logs"_s);
        FileCreationWatcher shops(data + u"/shops"_s);
        SMIDIG_REQUIRE(logs.isWatching() && shops.isWatching(),
                       u"watching file creation needs fanotify and CAP_SYS_ADMIN: "_s
                           + logs.problem());
        failed = runs(QStringLiteral(SMIDIG_CLI_PATH), {u"sync"_s});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = runs(QStringLiteral(SMIDIG_GUI_PATH), {u"--quit-after-sync"_s});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(logs.widestSeen().contains(u"smidig.log"_s));
        QVERIFY(shops.widestSeen().contains(stores.first()));
        QVERIFY(shops.widestSeen().contains(stores.first() + u"-wal"_s));
        QCOMPARE(logs.openToOthers(), QStringList());
        QCOMPARE(shops.openToOthers(), QStringList());
    }

    // No core file, and no other process of the user, can read a secret out of either
    // program's memory. Seen from outside: another process of the same user may open a
    // dumpable process's /proc/PID/mem and not a non-dumpable one's. Root may open anyone's,
    // so this thread gives up the capability that lets it, and the programs it starts never
    // get it (they would hold more than this thread, which alone closes their memory to it).
    void neitherProgramCanBeDumped_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("command");
        QTest::newRow("smidig-cli") << QStringLiteral(SMIDIG_CLI_PATH) << QStringList{u"sync"_s};
        QTest::newRow("smidig") << QStringLiteral(SMIDIG_GUI_PATH) << QStringList();
    }
    void neitherProgramCanBeDumped()
    {
#ifdef Q_OS_LINUX
        QFETCH(QString, program);
        QFETCH(QStringList, command);
        QVERIFY(
            WithoutCapability::withholdFromPrograms(WithoutCapability::Capability::TraceProcesses));
        const WithoutCapability asAnyProcess(WithoutCapability::Capability::TraceProcesses);
        QVERIFY(asAnyProcess.isEffective());
        const RefusedAddress away;
        QVERIFY(away.isValid());

        // The check tells the two apart: a program that does nothing about it stays readable.
        QProcess plain;
        plain.start(u"cat"_s, QStringList());
        QVERIFY(plain.waitForStarted());
        const auto stopPlain = qScopeGuard([&plain] {
            plain.kill();
            plain.waitForFinished();
        });
        QVERIFY(memoryReadable(plain.processId()));

        // Each program waits on standard input for its secret, long after main() began.
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(environment);
        process.start(program,
                      QStringList{u"--shop"_s, away.url().toString(), u"--secret-stdin"_s}
                          + command);
        QVERIFY(process.waitForStarted());
        const auto stop = qScopeGuard([&process] {
            process.kill();
            process.waitForFinished();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!memoryReadable(process.processId()), 30000);
        QCOMPARE(process.state(), QProcess::Running);
#else
        SMIDIG_REQUIRE(false, QStringLiteral("the dumpable flag is Linux's"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestSecretsOnDisk)
#include "tst_secretsondisk.moc"
