#include "core/demostore/DemoStoreThread.h"

#include "core/demostore/DemoStore.h"

#include <QMetaObject>

namespace demostore {

DemoStoreThread::DemoStoreThread(const DemoStoreConfig &config)
    : m_config(config)
{
    m_thread.setObjectName(QStringLiteral("DemoStore"));
}

DemoStoreThread::~DemoStoreThread()
{
    stop();
}

bool DemoStoreThread::start(QString *error)
{
    if (m_store)
        return true;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    bool started = false;
    QString problem;
    // Built and started in the thread it will serve from: its sockets belong to that thread.
    QMetaObject::invokeMethod(
        m_context,
        [this, &started, &problem] {
            auto *store = new DemoStore(m_config);
            started = store->start(&problem);
            if (started) {
                m_store = store;
                m_url = store->url();
                m_graphqlUrl = store->graphqlUrl();
            } else {
                delete store;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!started) {
        if (error)
            *error = problem;
        m_thread.quit();
        m_thread.wait();
        m_context = nullptr;
    }
    return started;
}

void DemoStoreThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_store;
            m_store = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context = nullptr; // deleted by the thread's finished signal
    m_url.clear();
    m_graphqlUrl.clear();
}

void DemoStoreThread::setFaultPlan(const FaultPlan &plan)
{
    if (m_store)
        m_store->setFaultPlan(plan);
}

void DemoStoreThread::runInStoreThread(const std::function<void(DemoStore &)> &work)
{
    if (!m_store)
        return;
    if (QThread::currentThread() == &m_thread) {
        work(*m_store); // a blocking call into our own thread would wait forever
        return;
    }
    QMetaObject::invokeMethod(
        m_context, [this, &work] { work(*m_store); }, Qt::BlockingQueuedConnection);
}

} // namespace demostore
