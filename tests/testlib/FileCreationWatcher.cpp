#include "tests/testlib/FileCreationWatcher.h"

#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <poll.h>
#include <sys/fanotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace {

QFileDevice::Permissions permissionsOf(mode_t mode)
{
    QFileDevice::Permissions permissions;
    const std::pair<mode_t, QFileDevice::Permission> bits[] = {
        {S_IRUSR, QFileDevice::ReadOwner},
        {S_IWUSR, QFileDevice::WriteOwner},
        {S_IXUSR, QFileDevice::ExeOwner},
        {S_IRGRP, QFileDevice::ReadGroup},
        {S_IWGRP, QFileDevice::WriteGroup},
        {S_IXGRP, QFileDevice::ExeGroup},
        {S_IROTH, QFileDevice::ReadOther},
        {S_IWOTH, QFileDevice::WriteOther},
        {S_IXOTH, QFileDevice::ExeOther},
    };
    for (const auto &[bit, permission] : bits) {
        if (mode & bit)
            permissions |= permission;
    }
    return permissions;
}

} // namespace

FileCreationWatcher::FileCreationWatcher(const QString &folder)
{
    m_fd = fanotify_init(FAN_CLASS_CONTENT | FAN_CLOEXEC, O_RDONLY | O_LARGEFILE);
    if (m_fd < 0) {
        m_problem = QStringLiteral("fanotify_init: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    if (fanotify_mark(m_fd,
                      FAN_MARK_ADD,
                      FAN_OPEN_PERM | FAN_EVENT_ON_CHILD,
                      AT_FDCWD,
                      QFile::encodeName(folder).constData())
            != 0
        || pipe2(m_wake, O_CLOEXEC) != 0) {
        m_problem = QStringLiteral("fanotify_mark %1: %2")
                        .arg(folder, QString::fromLocal8Bit(strerror(errno)));
        close(m_fd);
        m_fd = -1;
        return;
    }
    m_thread = std::thread([this] { listen(); });
}

FileCreationWatcher::~FileCreationWatcher()
{
    if (m_fd < 0)
        return;
    const char stop = 's';
    [[maybe_unused]] const ssize_t written = write(m_wake[1], &stop, 1);
    m_thread.join();
    close(m_wake[0]);
    close(m_wake[1]);
    close(m_fd);
}

void FileCreationWatcher::listen()
{
    alignas(fanotify_event_metadata) char buffer[8192];
    for (;;) {
        pollfd fds[2] = {{m_fd, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[1].revents)
            return;
        const ssize_t length = read(m_fd, buffer, sizeof buffer);
        if (length <= 0)
            continue;
        auto *event = reinterpret_cast<fanotify_event_metadata *>(buffer);
        for (ssize_t left = length; FAN_EVENT_OK(event, left); event = FAN_EVENT_NEXT(event, left)) {
            if (event->fd < 0)
                continue;
            struct stat status = {};
            char link[64];
            char path[4096];
            std::snprintf(link, sizeof link, "/proc/self/fd/%d", event->fd);
            const ssize_t pathLength = readlink(link, path, sizeof path - 1);
            if (fstat(event->fd, &status) == 0 && pathLength > 0) {
                path[pathLength] = '\0';
                const QString name = QFileInfo(QFile::decodeName(path)).fileName();
                QMutexLocker lock(&m_mutex);
                m_seen[name] |= permissionsOf(status.st_mode);
            }
            // Let the opener go on, whatever was seen.
            const fanotify_response response{event->fd, FAN_ALLOW};
            [[maybe_unused]] const ssize_t answered = write(m_fd, &response, sizeof response);
            close(event->fd);
        }
    }
}

#else

FileCreationWatcher::FileCreationWatcher(const QString &)
{
    m_problem = QStringLiteral("fanotify is Linux only");
}

FileCreationWatcher::~FileCreationWatcher() = default;

void FileCreationWatcher::listen() {}

#endif

QHash<QString, QFileDevice::Permissions> FileCreationWatcher::widestSeen() const
{
    QMutexLocker lock(&m_mutex);
    return m_seen;
}

QStringList FileCreationWatcher::openToOthers() const
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QStringList names;
    QMutexLocker lock(&m_mutex);
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        if (it.value() & others)
            names.append(it.key());
    }
    names.sort();
    return names;
}
