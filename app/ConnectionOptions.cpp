#include "app/ConnectionOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ConnectionOptions::ConnectionOptions()
    : m_shop(u"shop"_s,
             tr("The shop: my-shop, my-shop.myshopify.com or https://... (http only for loopback "
                "addresses)."),
             tr("address"))
    , m_tokenEnv(u"token-env"_s,
                 tr("Read the Admin API access token from this environment variable (default %1).")
                     .arg(QLatin1StringView(kDefaultTokenVariable)),
                 tr("variable"))
    , m_clientId(u"client-id"_s,
                 tr("Sign in with the client-credentials grant of an app made in the Dev "
                    "Dashboard, with this client id."),
                 tr("id"))
    , m_clientSecretEnv(u"client-secret-env"_s,
                        tr("Read the client secret from this environment variable (default %1).")
                            .arg(QLatin1StringView(kDefaultClientSecretVariable)),
                        tr("variable"))
    , m_secretStdin(u"secret-stdin"_s,
                    tr("Read the access token (or, with --client-id, the client secret) from the "
                       "first line of standard input."))
    , m_database(u"database"_s,
                 tr("Keep the orders in this file, or in the PostgreSQL database several "
                    "stations share (postgresql://user@host/database), instead of the default "
                    "file."),
                 tr("file or address"))
    , m_demo(u"demo"_s, tr("Use the built-in demo store instead of a real shop."))
{}

void ConnectionOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(
        {m_shop, m_tokenEnv, m_clientId, m_clientSecretEnv, m_secretStdin, m_database, m_demo});
}

bool ConnectionOptions::resolve(const QCommandLineParser &parser,
                                Resolved *resolved,
                                QString *problem) const
{
    *resolved = Resolved();
    resolved->demo = parser.isSet(m_demo);
    if (parser.isSet(m_database)) {
        resolved->store = StoreLocation::parse(parser.value(m_database));
        if (!resolved->store.isValid()) {
            *problem = resolved->store.problemMessage();
            return false;
        }
    }
    if (resolved->demo) {
        if (parser.isSet(m_shop)) {
            *problem = tr("Choose either --demo or --shop, not both.");
            return false;
        }
        return true;
    }
    if (parser.isSet(m_shop)) {
        resolved->shop = ShopAddress::parse(parser.value(m_shop));
        if (!resolved->shop.isValid()) {
            *problem = resolved->shop.problemMessage();
            return false;
        }
    }
    ShopCredentials &credentials = resolved->credentials;
    const bool clientCredentials = parser.isSet(m_clientId);
    credentials.kind = clientCredentials ? ShopCredentials::Kind::ClientCredentials
                                         : ShopCredentials::Kind::AccessToken;
    credentials.clientId = parser.value(m_clientId).trimmed();
    const QCommandLineOption &variableOption = clientCredentials ? m_clientSecretEnv : m_tokenEnv;
    const QString variable = parser.isSet(variableOption)
                                 ? parser.value(variableOption)
                                 : QString::fromLatin1(clientCredentials
                                                           ? kDefaultClientSecretVariable
                                                           : kDefaultTokenVariable);
    QString secret;
    if (parser.isSet(m_secretStdin)) {
        QFile input;
        if (input.open(stdin, QIODevice::ReadOnly))
            secret = QString::fromUtf8(input.readLine()).trimmed();
        if (secret.isEmpty()) {
            *problem = tr("Standard input held no secret.");
            return false;
        }
    } else {
        secret = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
        if (parser.isSet(variableOption) && secret.isEmpty()) {
            *problem = clientCredentials
                           ? tr("The environment variable %1 holds no client secret.").arg(variable)
                           : tr("The environment variable %1 holds no access token.").arg(variable);
            return false;
        }
    }
    (clientCredentials ? credentials.clientSecret : credentials.accessToken) = secret;
    // Refused before anything is sent: the secret goes to the shop's myshopify.com address only.
    if (const ShopifyError refused = credentials.shopProblem(resolved->shop); refused.isError()) {
        *problem = refused.userMessage();
        return false;
    }
    return true;
}

QString ConnectionOptions::defaultDatabasePath(const ShopAddress &shop)
{
    QString name = shop.displayName();
    if (shop.baseUrl().port() != -1)
        name += u'-' + QString::number(shop.baseUrl().port());
    name.replace(QRegularExpression(u"[^A-Za-z0-9.-]"_s), u"_"_s);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"shops/"_s + name + u".sqlite"_s);
}

QString ConnectionOptions::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"demo.sqlite"_s);
}

demostore::DemoStoreConfig ConnectionOptions::demoStoreConfig()
{
    demostore::DemoStoreConfig config;
    config.accessToken = QString::fromLatin1(kDemoToken);
    // A Shopify Plus shop's rate limit, so the demo's first sync takes seconds, not minutes.
    config.bucketSize = 20000;
    config.restoreRate = 1000;
    return config;
}
