#pragma once

#include "core/demostore/DemoStoreConfig.h"
#include "core/demostore/FaultPlan.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <thread>

class QEventLoop;

namespace demostore {

class DemoStore;

// Runs a DemoStore in a thread of its own, so serving never waits for the caller's event
// loop (the GUI's demo mode, tests that block). start() builds the store in that thread and
// returns once it listens; stop() (or the destructor) deletes it there and ends the thread.
//
// The thread is a joinable std::thread running a Qt event loop, not a QThread: QThread runs
// detached, and its wait() returns before the thread's thread-local data is released. The
// store's HTTP server sets up TLS (OpenSSL) in this thread, whose per-thread state is freed
// only then; a program ending right after stop() (a benchmark) was checked for leaks while
// it was still held. stop() returns when the thread has ended completely.
class DemoStoreThread final
{
public:
    explicit DemoStoreThread(const DemoStoreConfig &config);
    ~DemoStoreThread();
    Q_DISABLE_COPY_MOVE(DemoStoreThread)

    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_store != nullptr; }

    QUrl url() const { return m_url; }
    QUrl graphqlUrl() const { return m_graphqlUrl; }
    // The store, living in the other thread: read its counters (stats(), fulfillmentsCreated(),
    // ...) from here, not its data.
    const DemoStore *store() const { return m_store; }
    // Changes the faults while it serves (DemoStore::setFaultPlan is thread-safe).
    void setFaultPlan(const FaultPlan &plan);
    // DemoStore::releaseHeldAnswers in the store's thread; returns once they are let go.
    int releaseHeldAnswers(int count = -1);
    // Runs `work` in the store's thread and waits for it: the way to read (or change) its data
    // from outside, between two requests. Nothing happens when the store is not running.
    void runInStoreThread(const std::function<void(DemoStore &)> &work);

private:
    DemoStoreConfig m_config;
    std::thread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; what work is queued on
    QEventLoop *m_loop = nullptr; // m_thread's, which stop() ends
    DemoStore *m_store = nullptr;
    QUrl m_url;
    QUrl m_graphqlUrl;
};

} // namespace demostore
