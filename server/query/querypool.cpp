#include "query/querypool.h"

#include "core/threadpriority.h"

#include <algorithm>

#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// jemalloc's control call, when the executable links jemalloc (raycstr-server does). Weak:
// the library links and runs with any allocator (null without jemalloc).
extern "C" int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp,
                       size_t newlen) __attribute__((weak));

namespace raycstr::query {

namespace {

// A raw question frees tens of MB at once. glibc keeps freed memory in this thread's
// arena; jemalloc keeps it in this thread's arena for ten seconds, and each worker has its
// own: either way RSS would stay at the peak of the largest question, and a dashboard's
// questions spread over the workers would each keep theirs (issue 14: the 24 h view's peak
// went from 272 to 244 MB). Returning it after each question costs the worker, not the
// ingest threads (jemalloc's process-wide "return at once" halved the writer's throughput).
void giveBackFreedMemory()
{
    if (mallctl) {
        unsigned arena = 0;
        size_t size = sizeof(arena);
        mallctl("thread.tcache.flush", nullptr, nullptr, nullptr, 0);
        if (mallctl("thread.arena", &arena, &size, nullptr, 0) == 0) {
            const std::string purge = "arena." + std::to_string(arena) + ".purge";
            mallctl(purge.c_str(), nullptr, nullptr, nullptr, 0);
        }
        return;
    }
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

QueryPool::QueryPool(const QString &databasePath, const Clock *clock, Options options)
    : m_options(std::move(options))
{
    m_options.workers = std::max(1, m_options.workers);
    m_options.queued = std::max(0, m_options.queued);
    QueryEngine::Options engineOptions = m_options.engine;
    engineOptions.startHelper = [this](std::function<void()> task) {
        return startHelper(std::move(task));
    };
    for (int i = 0; i < m_options.workers; ++i)
        m_engines.push_back(std::make_unique<QueryEngine>(databasePath, clock, engineOptions));
}

QueryPool::~QueryPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        // Queued questions are dropped; helpers of running ones still run, or those wait.
        std::erase_if(m_tasks, [](const Task &t) { return !t.helper; });
        m_queuedJobs = 0;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

bool QueryPool::open(QString *error)
{
    if (!m_threads.empty())
        return true;
    for (const auto &engine : m_engines) {
        if (!engine->open(error))
            return false;
    }
    for (const auto &engine : m_engines)
        m_threads.emplace_back([this, e = engine.get()] { work(e); });
    return true;
}

bool QueryPool::tryRun(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_threads.empty() || m_queuedJobs >= m_options.queued + m_idle)
            return false;
        m_tasks.push_back({std::move(job), {}});
        ++m_queuedJobs;
    }
    m_wake.notify_one();
    return true;
}

bool QueryPool::startHelper(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        // Only a worker nobody is waiting for: a queued question comes before a faster half.
        if (m_stopping || m_idle <= int(m_tasks.size()))
            return false;
        m_tasks.push_front({{}, std::move(task)});
    }
    m_wake.notify_one();
    return true;
}

qint64 QueryPool::retryAfterSecs() const
{
    using namespace std::chrono;
    // Half a budget is a fair guess of when a worker frees up; never less than a second.
    return std::max<qint64>(1, duration_cast<seconds>(m_options.budget).count() / 2);
}

int QueryPool::pending() const
{
    std::lock_guard lock(m_mutex);
    return m_running + m_queuedJobs;
}

void QueryPool::work(QueryEngine *engine)
{
    // Questions yield to ingest: on a small machine a loop of heavy questions would otherwise
    // take a core from the HTTP and writer threads and stretch ingest's answer times.
    lowerThisThreadsPriority();
    std::unique_lock lock(m_mutex);
    for (;;) {
        ++m_idle;
        m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
        --m_idle;
        if (m_tasks.empty())
            return; // stopping, nothing left to help with
        Task task = std::move(m_tasks.front());
        m_tasks.pop_front();
        const bool isJob = bool(task.job);
        if (isJob) {
            --m_queuedJobs;
            ++m_running;
        }
        lock.unlock();
        if (isJob) {
            engine->setDeadline(std::chrono::steady_clock::now() + m_options.budget);
            task.job(*engine);
            engine->setDeadline({});
        } else {
            task.helper();
        }
        task = {};
        giveBackFreedMemory();
        lock.lock();
        if (isJob)
            --m_running;
    }
}

} // namespace raycstr::query
