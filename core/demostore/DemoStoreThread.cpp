#include "core/demostore/DemoStoreThread.h"

#include "core/demostore/DemoStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaObject>
#include <QSemaphore>
#include <QThread>

namespace demostore {

DemoStoreThread::DemoStoreThread(const DemoStoreConfig &config)
    : m_config(config)
{}

DemoStoreThread::~DemoStoreThread()
{
    stop();
}

bool DemoStoreThread::start(QString *error)
{
    if (m_store)
        return true;
    bool started = false;
    QString problem;
    QSemaphore ready;
    m_thread = std::thread([this, &started, &problem, &ready] {
        QThread::currentThread()->setObjectName(QStringLiteral("DemoStore"));
        QEventLoop loop;
        QObject context;
        // Built and started in the thread it will serve from: its sockets belong to it.
        auto *store = new DemoStore(m_config);
        started = store->start(&problem);
        if (!started) {
            delete store;
            ready.release();
            return;
        }
        m_store = store;
        m_url = store->url();
        m_graphqlUrl = store->graphqlUrl();
        m_context = &context;
        m_loop = &loop;
        ready.release();
        loop.exec();
        // stop() deleted the store; what its sockets left to deleteLater goes now, as a
        // QThread's end would do it.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    });
    ready.acquire();
    if (!started) {
        m_thread.join();
        if (error)
            *error = problem;
    }
    return started;
}

void DemoStoreThread::stop()
{
    if (!m_thread.joinable())
        return;
    if (m_store) {
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                delete m_store;
                m_store = nullptr;
                m_loop->quit();
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.join();
    m_context = nullptr;
    m_loop = nullptr;
    m_url.clear();
    m_graphqlUrl.clear();
}

void DemoStoreThread::setFaultPlan(const FaultPlan &plan)
{
    if (m_store)
        m_store->setFaultPlan(plan);
}

int DemoStoreThread::releaseHeldAnswers(int count)
{
    int released = 0;
    runInStoreThread(
        [&released, count](DemoStore &store) { released = store.releaseHeldAnswers(count); });
    return released;
}

void DemoStoreThread::runInStoreThread(const std::function<void(DemoStore &)> &work)
{
    if (!m_store)
        return;
    if (std::this_thread::get_id() == m_thread.get_id()) {
        work(*m_store); // a blocking call into our own thread would wait forever
        return;
    }
    QMetaObject::invokeMethod(
        m_context, [this, &work] { work(*m_store); }, Qt::BlockingQueuedConnection);
}

} // namespace demostore
