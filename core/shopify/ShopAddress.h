#pragma once

#include <QString>
#include <QUrl>

// Where a shop's Admin API lives, from what a person types: "my-shop",
// "my-shop.myshopify.com", "https://my-shop.myshopify.com/admin", or for the demo store and
// tests "http://127.0.0.1:8080". Plain http is accepted only for loopback addresses: a token
// must never cross a network in clear text.
class ShopAddress final
{
public:
    enum class Problem {
        None,
        Empty,
        NotAUrl,           // spaces, unsupported characters, a path where a name belongs
        UnsupportedScheme, // ftp://, file://, ...
        InsecureHttp,      // http:// to something other than a loopback address
        BadShopName,       // not a valid myshopify name
    };

    // Normalises the text; check problem() before using the address.
    static ShopAddress parse(const QString &text);
    static ShopAddress fromUrl(const QUrl &url);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // A sentence for people saying what is wrong and what to type instead.
    QString problemMessage() const;

    // "https://my-shop.myshopify.com" (scheme, host and port only).
    QUrl baseUrl() const { return m_base; }
    // The GraphQL endpoint of the API version the app speaks.
    QUrl graphqlUrl() const;
    // The host as shown to people: "my-shop.myshopify.com".
    QString displayName() const { return m_base.host(); }
    bool isLoopback() const;
    // The shop's own address at Shopify, my-shop.myshopify.com (not a custom domain).
    bool isMyshopify() const;

    static constexpr const char *kApiVersion = "2026-01";

private:
    QUrl m_base;
    Problem m_problem = Problem::Empty;
    QString m_input;
};
