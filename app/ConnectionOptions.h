#pragma once

#include "core/demostore/DemoStoreConfig.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopCredentials.h"
#include "core/storage/StoreLocation.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QCommandLineParser;

// The options both programs take to say which shop to talk to and where the local store is:
// --shop, --token-env (or --client-id with --client-secret-env), --secret-stdin, --database
// (a file, or a PostgreSQL database several stations share) and --demo. A secret is never an argument (other users can read a process's arguments):
// it comes from an environment variable or from standard input.
class ConnectionOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)

public:
    static constexpr const char *kDefaultTokenVariable = "SMIDIG_ACCESS_TOKEN";
    static constexpr const char *kDefaultClientSecretVariable = "SMIDIG_CLIENT_SECRET";
    // The demo store checks this token as a shop would; it guards nothing.
    static constexpr const char *kDemoToken = "smidig-demo-token";

    ConnectionOptions();
    void addTo(QCommandLineParser &parser) const;

    struct Resolved
    {
        bool demo = false;
        ShopAddress shop;            // valid unless demo or no shop was given
        ShopCredentials credentials; // the secret from the environment or standard input
        StoreLocation store;         // not valid (none given): the caller's default
    };

    // Reads the parsed options; on a problem returns false with a sentence for people.
    bool resolve(const QCommandLineParser &parser, Resolved *resolved, QString *problem) const;

    // Where the local store of a shop lives by default: one file per shop in the data folder.
    static QString defaultDatabasePath(const ShopAddress &shop);
    static QString demoDatabasePath();
    // The built-in demo store as both programs run it.
    static demostore::DemoStoreConfig demoStoreConfig();

private:
    QCommandLineOption m_shop;
    QCommandLineOption m_tokenEnv;
    QCommandLineOption m_clientId;
    QCommandLineOption m_clientSecretEnv;
    QCommandLineOption m_secretStdin;
    QCommandLineOption m_database;
    QCommandLineOption m_demo;
};
