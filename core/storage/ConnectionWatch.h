#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class Database;

// Keeps a shared store's connection alive: every few seconds, while the event loop runs, it
// asks the server whether the connection still stands and opens it again when the server
// ended it (Database::reopenIfLost). Between the loss and the next look, what the station
// does fails with a message like any other store error, and can be tried again. A file
// store (SQLite) has nothing to watch.
class ConnectionWatch final : public QObject
{
    Q_OBJECT

public:
    // `database` outlives this.
    explicit ConnectionWatch(Database *database, QObject *parent = nullptr);

    // How often it looks (default 5 s).
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    // Looks now (the timer calls it; tests may).
    void check();

signals:
    // The connection was opened again: session state (a LISTEN) must be set up again.
    void reopened();

private:
    Database *m_database;
    QTimer m_timer;
    bool m_reportedFailure = false;
};
