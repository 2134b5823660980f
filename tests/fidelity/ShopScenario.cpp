#include "tests/fidelity/ShopScenario.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPatienceMs = 60000;

} // namespace

ShopScenario::ShopScenario()
    : m_problem(open())
    , m_client(&m_network)
    , m_orders(m_db.connection())
    , m_inventory(m_db.connection())
    , m_sync(&m_client, &m_orders)
    , m_inventorySync(&m_client, &m_inventory)
    , m_stock(&m_orders, &m_inventory)
    , m_outbox(m_db.connection(), &m_orders)
    , m_sender(&m_outbox, &m_client)
    , m_desk(&m_orders, &m_outbox)
{
    m_client.setShop(ShopAddress::fromUrl(m_shop.url()));
    m_client.setAccessToken(u"canned"_s);
    m_outbox.setUndoWindow(std::chrono::milliseconds(0));
    m_sender.setCheckDelay(std::chrono::milliseconds(0));
    for (const StoreError &error : {m_orders.load(), m_inventory.load(), m_outbox.load()}) {
        if (error.isError() && m_problem.isEmpty())
            m_problem = error.detail;
    }
}

ShopScenario::~ShopScenario()
{
    m_sender.stop();
}

QString ShopScenario::open()
{
    if (!m_dir.isValid())
        return u"no temporary folder: "_s + m_dir.errorString();
    const StoreError error = m_db.open(m_dir.filePath(u"store.sqlite"_s));
    return error.isError() ? error.detail : QString();
}

QString ShopScenario::databasePath() const
{
    return m_dir.filePath(u"store.sqlite"_s);
}

void ShopScenario::serve(const QString &operation, const QByteArray &body)
{
    m_shop.setAnswer(operation, {200, "application/json", body, false});
}

void ShopScenario::serveFor(const QString &operation,
                            const QString &variable,
                            const QString &value,
                            const QByteArray &body)
{
    m_shop.setAnswerFor(operation, variable, value, {200, "application/json", body, false});
}

SyncResult ShopScenario::sync(OrderSync::Mode mode)
{
    std::optional<SyncResult> result;
    const auto connection = QObject::connect(&m_sync,
                                             &OrderSync::finished,
                                             &m_context,
                                             [&result](const SyncResult &r) { result = r; });
    m_sync.start(mode);
    const bool finished = QTest::qWaitFor([&result] { return result.has_value(); }, kPatienceMs);
    QObject::disconnect(connection);
    if (!finished) {
        m_sync.cancel();
        SyncResult timedOut;
        timedOut.shopError.kind = ShopifyError::Kind::Timeout;
        timedOut.shopError.detail = u"the sync did not finish within a minute"_s;
        return timedOut;
    }
    return *result;
}

InventorySyncResult ShopScenario::readStock()
{
    std::optional<InventorySyncResult> result;
    const auto connection = QObject::connect(&m_inventorySync,
                                             &InventorySync::finished,
                                             &m_context,
                                             [&result](const InventorySyncResult &r) {
                                                 result = r;
                                             });
    m_inventorySync.start();
    const bool finished = QTest::qWaitFor([&result] { return result.has_value(); }, kPatienceMs);
    QObject::disconnect(connection);
    if (!finished) {
        InventorySyncResult timedOut;
        timedOut.shopError.kind = ShopifyError::Kind::Timeout;
        timedOut.shopError.detail = u"the stock read did not finish within a minute"_s;
        return timedOut;
    }
    return *result;
}

std::optional<OutboxEntry> ShopScenario::sendOutbox(qint64 entryId)
{
    // A done entry leaves the outbox's list: it is caught as it finishes.
    std::optional<OutboxEntry> done;
    const auto connection = QObject::connect(&m_outbox,
                                             &Outbox::entryFinished,
                                             &m_context,
                                             [this, entryId, &done](qint64 id) {
                                                 if (id != entryId)
                                                     return;
                                                 done = m_outbox.entry(id).value_or(OutboxEntry{});
                                                 done->id = id;
                                                 done->state = OutboxEntry::State::Done;
                                             });
    auto settled = [this, entryId, &done] {
        const std::optional<OutboxEntry> entry = m_outbox.entry(entryId);
        return done.has_value() || (entry && entry->state == OutboxEntry::State::Failed);
    };
    m_sender.start();
    // An entry still open after the wait is returned as it stands: the caller says why.
    [[maybe_unused]] const bool settledInTime = QTest::qWaitFor(settled, kPatienceMs);
    m_sender.stop();
    QObject::disconnect(connection);
    return done ? done : m_outbox.entry(entryId);
}

ConnectionTester::Report ShopScenario::testConnection()
{
    ConnectionTester tester(&m_network);
    std::optional<ConnectionTester::Report> report;
    QObject::connect(&tester,
                     &ConnectionTester::finished,
                     &m_context,
                     [&report](const ConnectionTester::Report &r) { report = r; });
    ShopCredentials credentials;
    credentials.kind = ShopCredentials::Kind::AccessToken;
    credentials.accessToken = u"canned"_s;
    tester.test(ShopAddress::fromUrl(m_shop.url()), credentials);
    if (!QTest::qWaitFor([&report] { return report.has_value(); }, kPatienceMs)) {
        ConnectionTester::Report timedOut;
        timedOut.error.kind = ShopifyError::Kind::Timeout;
        return timedOut;
    }
    return *report;
}

ShopScenario::Cli ShopScenario::cli(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/config"_s));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SMIDIG_CLI_PATH),
                  arguments + QStringList{u"--database"_s, databasePath()});
    Cli result;
    if (!process.waitForFinished(kPatienceMs)) {
        process.kill();
        process.waitForFinished();
        result.err = u"smidig-cli did not finish"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

namespace {

QJsonArray jsonArray(const ShopScenario::Cli &run, QString *problem)
{
    if (run.exitCode != 0) {
        *problem = u"smidig-cli exited with %1: %2"_s.arg(run.exitCode).arg(run.err);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (!document.isArray()) {
        *problem = u"smidig-cli printed no JSON list: "_s + error.errorString();
        return {};
    }
    return document.array();
}

} // namespace

QJsonArray ShopScenario::cliOrders(QString *problem) const
{
    return jsonArray(cli({u"orders"_s, u"--status"_s, u"all"_s, u"--format"_s, u"json"_s}), problem);
}

QJsonArray ShopScenario::cliStock(QString *problem) const
{
    return jsonArray(cli({u"stock"_s, u"--format"_s, u"json"_s}), problem);
}
