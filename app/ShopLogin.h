#pragma once

#include "core/secrets/SecretLocation.h"
#include "core/shopify/ShopAddress.h"
#include "core/shopify/ShopCredentials.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class ConnectionTester;
class MemorySecretStore;
class QNetworkAccessManager;
class SecretStore;

// Which shop the desk opens, and with which credentials: the saved shop with its secret from
// where the user keeps it (the keychain by default), or the connect dialog when there is no
// saved shop, or its secret cannot be read. Secrets go back to where the user chose to keep
// them; if no keychain answers, they stay for this session only and the user is told so.
class ShopLogin final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Kind { Shop, Demo, Cancelled };
        Kind kind = Kind::Cancelled;
        ShopAddress shop;
        ShopCredentials credentials;
        QString notice; // something the user should know, such as "kept for this session only"
    };

    explicit ShopLogin(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ShopLogin() override;

    // At start: the saved shop, or the dialog.
    Outcome atStart();
    // "Connect Another Shop...": the dialog, filled in with the saved shop.
    Outcome ask(const QString &notice = {});

private:
    SecretStore *storeFor(SecretLocation location);
    // Runs a store call to its end (with the store's own timeout) and returns its result.
    struct StoreAnswer;
    StoreAnswer readSecret(SecretLocation location, const QString &key);
    StoreAnswer writeSecret(SecretLocation location, const QString &key, const QString &secret);

    QNetworkAccessManager *m_network;
    std::unique_ptr<ConnectionTester> m_tester;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_file;
    std::unique_ptr<MemorySecretStore> m_memory;
};
