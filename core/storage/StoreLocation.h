#pragma once

#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QString>

// Where the order store is, from what a person gives with --database or in the settings: a
// file (SQLite, one station) or a PostgreSQL database several stations share,
// "postgresql://user@host[:port]/database[?sslmode=...]" ("postgres://" too).
//
// The address holds no secret: it is kept in the settings and written to the log, so a
// password in it is refused; libpq reads the password from ~/.pgpass (or the file PGPASSFILE
// names) by itself. Like a shop's address, it may travel in clear text only to this machine:
// a server elsewhere needs sslmode=require or stronger.
class StoreLocation final
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)

public:
    enum class Problem {
        None,
        Empty,
        UnsupportedScheme, // mysql://, file://, ...
        NotAnAddress,      // a PostgreSQL address that cannot be read, or without host or database
        PasswordInAddress,
        UnknownSetting, // ?name=... other than sslmode
        BadSslMode,
        Unencrypted, // a server on another machine without sslmode=require or stronger
    };

    StoreLocation() = default;
    // A file path or a PostgreSQL address; check isValid() before using it.
    static StoreLocation parse(const QString &text);
    // A file, whatever its name looks like.
    static StoreLocation file(const QString &path);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // A sentence for people saying what is wrong and what to give instead.
    QString problemMessage() const;

    SqlDialect::Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == SqlDialect::Engine::Postgres; }

    // SQLite: the file.
    QString filePath() const { return m_path; }
    // PostgreSQL: where and as whom to connect. The port is 5432 unless given; an empty
    // sslMode leaves libpq's default (prefer).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_database; }
    QString sslMode() const { return m_sslMode; }

    // The file path or the address as it is kept in the settings and shown to people.
    QString toString() const;

    static constexpr int kDefaultPostgresPort = 5432;

private:
    static StoreLocation parsePostgres(const QString &text);

    Problem m_problem = Problem::Empty;
    SqlDialect::Engine m_engine = SqlDialect::Engine::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = kDefaultPostgresPort;
    QString m_user;
    QString m_database;
    QString m_sslMode;
    QString m_named; // what a problem's message names: a scheme, a setting, a host
};
