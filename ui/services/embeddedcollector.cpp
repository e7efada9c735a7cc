#include "embeddedcollector.h"

#include "stack/serverstack.h"

#include <QPointer>

namespace raycstr::ui {

EmbeddedCollector::EmbeddedCollector(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("collector"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

EmbeddedCollector::~EmbeddedCollector()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

QString EmbeddedCollector::listenUrl() const
{
    return QStringLiteral("http://") + m_config.listenString();
}

void EmbeddedCollector::start(const ServerConfig &config)
{
    stop();
    QPointer<EmbeddedCollector> self(this);
    QMetaObject::invokeMethod(
        m_context,
        [this, self, config, generation = m_generation.load()] {
            auto stack = std::make_unique<ServerStack>(m_clock);
            QString error;
            const bool ok = stack->start(config, &error);
            if (generation != m_generation.load())
                return; // stopped meanwhile: `stack` goes
            ServerStack *raw = ok ? stack.release() : nullptr;
            QMetaObject::invokeMethod(
                self.data(),
                [this, raw, ok, error, generation] {
                    if (generation != m_generation.load()) { // stopped while starting
                        QMetaObject::invokeMethod(
                            m_context, [raw] { delete raw; }, Qt::BlockingQueuedConnection);
                        return;
                    }
                    m_stack = raw;
                    if (raw) {
                        m_engine = raw->engine();
                        m_config = raw->config();
                    }
                    Q_EMIT started(ok, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EmbeddedCollector::stop()
{
    ++m_generation;
    if (!m_stack)
        return;
    ServerStack *stack = m_stack;
    m_stack = nullptr;
    m_engine = nullptr;
    // The stack's sockets live on the collector thread: delete it there, and wait, so the
    // data directory is free (and every accepted event stored) when this returns.
    QMetaObject::invokeMethod(
        m_context, [stack] { delete stack; }, Qt::BlockingQueuedConnection);
    Q_EMIT stopped();
}

} // namespace raycstr::ui
