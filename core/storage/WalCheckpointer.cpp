#include "core/storage/WalCheckpointer.h"

#include <QDebug>

#include <sqlite3.h>

WalCheckpointer::WalCheckpointer(sqlite3 *connection, const QString &path)
    : m_connection(connection)
    , m_path(path)
    , m_thread([this] { run(); })
{
    // The hook replaces SQLite's automatic checkpoint on this connection.
    sqlite3_wal_hook(m_connection, &WalCheckpointer::afterCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_autocheckpoint(m_connection, pagesWorthCopying); // also removes our hook
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

int WalCheckpointer::afterCommit(void *self, sqlite3 *, const char *, int pages)
{
    // Runs on the committing thread, right after the commit: only ask.
    if (pages >= pagesWorthCopying)
        static_cast<WalCheckpointer *>(self)->request();
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    sqlite3 *own = nullptr;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_requested || m_stopping; });
            if (m_stopping)
                break;
            m_requested = false; // requests while this one runs make one more
        }
        if (!own) {
            const QByteArray path = m_path.toUtf8();
            // A new connection finds the log only once it reads the file, hence the pragma.
            if (sqlite3_open_v2(path.constData(), &own, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
                || sqlite3_exec(own, "PRAGMA schema_version", nullptr, nullptr, nullptr)
                       != SQLITE_OK) {
                qWarning("store: cannot open a second connection for checkpoints: %s",
                         sqlite3_errmsg(own));
                sqlite3_close(own);
                own = nullptr;
                continue; // the app's connection checkpoints when it closes
            }
        }
        const int code
            = sqlite3_wal_checkpoint_v2(own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (code != SQLITE_OK && code != SQLITE_BUSY)
            qWarning("store: checkpoint failed: %s", sqlite3_errmsg(own));
    }
    sqlite3_close(own); // a no-op for nullptr
}
