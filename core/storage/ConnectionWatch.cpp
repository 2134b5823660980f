#include "core/storage/ConnectionWatch.h"

#include "core/storage/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnectionWatch, "smidig.store.connection")

ConnectionWatch::ConnectionWatch(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setInterval(std::chrono::seconds(5));
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::check);
    if (m_database->dialect().engine() == SqlDialect::Engine::Postgres)
        m_timer.start();
}

void ConnectionWatch::check()
{
    bool opened = false;
    const StoreError error = m_database->reopenIfLost(&opened);
    if (error.isError()) {
        // Once per outage: the server may stay away for a while.
        if (!m_reportedFailure)
            qCWarning(lcConnectionWatch) << "the shared store does not answer:" << error.detail;
        m_reportedFailure = true;
        return;
    }
    m_reportedFailure = false;
    if (opened) {
        qCInfo(lcConnectionWatch)
            << "the server had ended the store's connection; it is open again";
        emit reopened();
    }
}
