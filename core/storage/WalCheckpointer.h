#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

// Copies the store's write-ahead log back into the database file on a thread of its own.
//
// Why: SQLite does this copy by itself on the connection that committed, once the log holds a
// thousand pages; after a first sync of 10,000 orders that is about 60 ms (two flushes to
// disk) on the window's thread, a stall the user sees and the sync's own time
// (docs/benchmarks.md). Here the commit only asks for a checkpoint, and a second connection to
// the same file does it in the background in SQLite's passive mode, which never waits for the
// app's readers or writers and never makes them wait. Committed data is in the log from the
// commit on, so a checkpoint that is late or lost to a crash loses nothing: the next
// connection to open the file finishes it.
class WalCheckpointer final
{
public:
    // Takes over checkpointing for `connection`, a connection to `path` in WAL mode.
    WalCheckpointer(sqlite3 *connection, const QString &path);
    // Gives checkpointing back to the connection, after waiting for a checkpoint under way.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Log pages after a commit from which a checkpoint is asked for: SQLite's own default.
    static constexpr int pagesWorthCopying = 1000;

private:
    static int afterCommit(void *self, sqlite3 *connection, const char *database, int pages);
    void request();
    void run();

    sqlite3 *m_connection;
    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    std::thread m_thread;
};
