#include "core/storage/StoreLocation.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// libpq's modes, weakest first; from `require` on, the connection is encrypted or refused.
const QStringList &sslModes()
{
    static const QStringList modes{u"disable"_s,
                                   u"allow"_s,
                                   u"prefer"_s,
                                   u"require"_s,
                                   u"verify-ca"_s,
                                   u"verify-full"_s};
    return modes;
}

bool isEncrypted(const QString &sslMode)
{
    return sslModes().indexOf(sslMode) >= sslModes().indexOf(u"require"_s);
}

} // namespace

StoreLocation StoreLocation::parse(const QString &text)
{
    const QString input = text.trimmed();
    if (input.isEmpty())
        return {};
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    const QRegularExpressionMatch match = scheme.match(input);
    if (!match.hasMatch())
        return file(input);
    const QString name = match.captured(1).toLower();
    if (name == "postgresql"_L1 || name == "postgres"_L1)
        return parsePostgres(input);
    StoreLocation location;
    location.m_problem = Problem::UnsupportedScheme;
    location.m_named = name;
    return location;
}

StoreLocation StoreLocation::file(const QString &path)
{
    StoreLocation location;
    if (path.isEmpty())
        return location;
    location.m_problem = Problem::None;
    location.m_engine = SqlDialect::Engine::Sqlite;
    location.m_path = path;
    return location;
}

StoreLocation StoreLocation::parsePostgres(const QString &text)
{
    StoreLocation location;
    location.m_engine = SqlDialect::Engine::Postgres;
    auto refuse = [&location](Problem problem, const QString &named = {}) {
        location.m_problem = problem;
        location.m_named = named;
        return location;
    };
    const QUrl url(text, QUrl::StrictMode);
    // The password first: no other message may repeat an address that holds one.
    if (!url.password().isEmpty() || url.userInfo().contains(u':'))
        return refuse(Problem::PasswordInAddress);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == "password"_L1)
            return refuse(Problem::PasswordInAddress);
    }
    const QString path = url.path(QUrl::FullyDecoded);
    if (!url.isValid() || url.host().isEmpty() || url.hasFragment() || !path.startsWith(u'/')
        || path.size() < 2 || path.indexOf(u'/', 1) >= 0) {
        return refuse(Problem::NotAnAddress);
    }
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != "sslmode"_L1)
            return refuse(Problem::UnknownSetting, key.left(40));
        if (!sslModes().contains(value))
            return refuse(Problem::BadSslMode, value.left(40));
        location.m_sslMode = value;
    }
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(kDefaultPostgresPort);
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_database = path.mid(1);
    if (!isLoopbackHost(location.m_host) && !isEncrypted(location.m_sslMode))
        return refuse(Problem::Unencrypted, location.m_host);
    location.m_problem = Problem::None;
    return location;
}

QString StoreLocation::toString() const
{
    if (m_problem != Problem::None)
        return {};
    if (!isPostgres())
        return m_path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user);
    url.setHost(m_host);
    if (m_port != kDefaultPostgresPort)
        url.setPort(m_port);
    url.setPath(u'/' + m_database);
    if (!m_sslMode.isEmpty())
        url.setQuery(u"sslmode="_s + m_sslMode);
    return url.toString(QUrl::FullyEncoded);
}

QString StoreLocation::problemMessage() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Give the order database as a file, or as the address of a PostgreSQL "
                  "database: postgresql://user@host/database.");
    case Problem::UnsupportedScheme:
        return tr("Smidig keeps its orders in a file or in PostgreSQL, not in \"%1\". Give a "
                  "file, or an address such as postgresql://user@host/database.")
            .arg(m_named);
    case Problem::NotAnAddress:
        return tr("This PostgreSQL address is not complete. Write it as "
                  "postgresql://user@host/database, with the port after the host when it is "
                  "not 5432 (host:5433).");
    case Problem::PasswordInAddress:
        return tr("Leave the password out of the database address: Smidig keeps the address in "
                  "its settings and its log. Put the password in ~/.pgpass (or in the file the "
                  "PGPASSFILE variable names), where PostgreSQL finds it by itself.");
    case Problem::UnknownSetting:
        return tr("Smidig does not use the setting \"%1\" of a database address; only sslmode "
                  "may follow the \"?\".")
            .arg(m_named);
    case Problem::BadSslMode:
        return tr("\"%1\" is not an sslmode. Use one of disable, allow, prefer, require, "
                  "verify-ca or verify-full.")
            .arg(m_named);
    case Problem::Unencrypted:
        return tr("The database server %1 is on another machine, so the connection to it must "
                  "be encrypted: add ?sslmode=verify-full (or ?sslmode=require) to the address.")
            .arg(m_named);
    }
    return {};
}
