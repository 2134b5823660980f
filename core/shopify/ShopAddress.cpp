#include "core/shopify/ShopAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// A shop's myshopify name: letters, digits and hyphens, not starting or ending with a hyphen.
bool isShopName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"_s);
    return pattern.match(name).hasMatch();
}

bool isLoopbackHost(const QString &host)
{
    if (host == "localhost"_L1)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ShopAddress ShopAddress::parse(const QString &text)
{
    ShopAddress address;
    address.m_input = text.trimmed();
    const QString input = address.m_input;
    if (input.isEmpty()) {
        address.m_problem = Problem::Empty;
        return address;
    }
    // A bare name or host: no scheme given.
    if (!input.contains("://"_L1)) {
        QString host = input.toLower();
        if (host.endsWith(u'/'))
            host.chop(1);
        if (host.endsWith(".myshopify.com"_L1))
            host.chop(int(qstrlen(".myshopify.com")));
        if (host.contains(u'.') || host.contains(u'/') || host.contains(u':')) {
            // Some other host without a scheme: treat it as https.
            return fromUrl(QUrl(u"https://"_s + input, QUrl::StrictMode));
        }
        if (!isShopName(host)) {
            address.m_problem = Problem::BadShopName;
            return address;
        }
        address.m_base = QUrl(u"https://"_s + host + u".myshopify.com"_s);
        address.m_problem = Problem::None;
        return address;
    }
    ShopAddress fromText = fromUrl(QUrl(input, QUrl::StrictMode));
    fromText.m_input = input;
    return fromText;
}

ShopAddress ShopAddress::fromUrl(const QUrl &url)
{
    ShopAddress address;
    address.m_input = url.toString();
    if (url.isEmpty()) {
        address.m_problem = Problem::Empty;
        return address;
    }
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        address.m_problem = Problem::NotAUrl;
        return address;
    }
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1) {
        address.m_problem = Problem::UnsupportedScheme;
        return address;
    }
    if (scheme == "http"_L1 && !isLoopbackHost(host)) {
        address.m_problem = Problem::InsecureHttp;
        return address;
    }
    if (host.endsWith(".myshopify.com"_L1)) {
        const QString name = host.chopped(int(qstrlen(".myshopify.com")));
        if (!isShopName(name)) {
            address.m_problem = Problem::BadShopName;
            return address;
        }
    } else if (!isLoopbackHost(host)) {
        // A shop's own domain (shop.example.com) also serves the Admin API, but only
        // through its myshopify name does a token work reliably; accept it as typed.
        static const QRegularExpression hostPattern(
            u"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"_s);
        if (!hostPattern.match(host).hasMatch()) {
            address.m_problem = Problem::NotAUrl;
            return address;
        }
    }
    QUrl base;
    base.setScheme(scheme);
    base.setHost(host);
    if (url.port() != -1)
        base.setPort(url.port());
    address.m_base = base;
    address.m_problem = Problem::None;
    return address;
}

QUrl ShopAddress::graphqlUrl() const
{
    QUrl url = m_base;
    url.setPath(u"/admin/api/"_s + QLatin1StringView(kApiVersion) + u"/graphql.json"_s);
    return url;
}

bool ShopAddress::isLoopback() const
{
    return isLoopbackHost(m_base.host());
}

bool ShopAddress::isMyshopify() const
{
    return isValid() && m_base.host().endsWith(".myshopify.com"_L1);
}

QString ShopAddress::problemMessage() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate(
            "ShopAddress", "Enter your shop's address, for example my-shop.myshopify.com.");
    case Problem::NotAUrl:
        return QCoreApplication::translate(
                   "ShopAddress",
                   "\"%1\" is not a shop address. Enter it as my-shop.myshopify.com or as "
                   "https://my-shop.myshopify.com.")
            .arg(m_input.left(80));
    case Problem::UnsupportedScheme:
        return QCoreApplication::translate(
                   "ShopAddress",
                   "\"%1\" does not start with https://. Shops are reached over https only.")
            .arg(m_input.left(80));
    case Problem::InsecureHttp:
        return QCoreApplication::translate(
                   "ShopAddress",
                   "\"%1\" uses plain http, which would send your access token unencrypted. "
                   "Use https:// instead.")
            .arg(m_input.left(80));
    case Problem::BadShopName:
        return QCoreApplication::translate(
                   "ShopAddress",
                   "\"%1\" is not a valid shop name. A shop name has only letters, digits and "
                   "hyphens, as in my-shop.myshopify.com.")
            .arg(m_input.left(80));
    }
    return {};
}
