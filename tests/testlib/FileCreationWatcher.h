#pragma once

#include <QFileDevice>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <thread>

// Sees the permissions every file in a folder has at the moment it is opened, by any process
// (Linux fanotify, which holds each opener until a thread here has looked): so a file that
// is created readable by others and narrowed a moment later is caught, which its final
// permissions never show. Needs CAP_SYS_ADMIN (root, as in CI); isWatching() says whether it
// could start. Only files directly in the folder are seen.
class FileCreationWatcher final
{
public:
    explicit FileCreationWatcher(const QString &folder);
    ~FileCreationWatcher();
    Q_DISABLE_COPY_MOVE(FileCreationWatcher)

    bool isWatching() const { return m_fd >= 0; }
    // Why it is not watching.
    QString problem() const { return m_problem; }

    // The files opened so far, each with the widest permissions it was seen with (group and
    // other bits included) when opened, by file name.
    QHash<QString, QFileDevice::Permissions> widestSeen() const;
    // Those of them that group or others could read or write at some opening.
    QStringList openToOthers() const;

private:
    void listen();

    int m_fd = -1;
    int m_wake[2] = {-1, -1}; // written to when the watcher goes
    QString m_problem;
    mutable QMutex m_mutex;
    QHash<QString, QFileDevice::Permissions> m_seen;
    std::thread m_thread;
};
