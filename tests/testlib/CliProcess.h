#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

// smidig-cli as the integration tests start it: a home of its own (HOME, XDG_DATA_HOME and
// XDG_CONFIG_HOME in one folder, so nothing of the user's is read or written), the shop's
// token in an environment variable (--token-env), and the store given with --database (a
// file or a PostgreSQL address). Outcomes it could not learn are checked after 200 ms, not
// after the usual 2 s, unless setEnvironment says otherwise.
class CliProcess final
{
public:
    // `program`: the smidig-cli to run (the test's SMIDIG_CLI_PATH).
    CliProcess(const QString &program, const QString &home);

    void setShop(const QUrl &shop, const QString &token);
    void setDatabase(const QString &database) { m_database = database; }
    // A variable for every process started from now on (SMIDIG_OUTBOX_LEASE_MS, ...).
    void setEnvironment(const QString &name, const QString &value);

    // Starts `smidig-cli --shop ... --token-env ... --database ... arguments`.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;
    // Runs it to its end (five minutes at most): its exit code, or -1 when it crashed or ran
    // over; its standard error in `errors`.
    int run(const QStringList &arguments, QString *errors = nullptr) const;

private:
    QString m_program;
    QString m_database;
    QUrl m_shop;
    QProcessEnvironment m_environment;
};
