#pragma once

#include "query/queryengine.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace raycstr {
class Clock;
}

namespace raycstr::query {

// The threads that answer stats questions, so no question runs on the thread that answers
// ingest. A fixed number of workers, each with its own QueryEngine (one SQLite connection
// per thread), and a short queue in front of them: when every worker is busy and the
// queue is full, tryRun() refuses at once and the caller answers 503 with Retry-After.
// A share-link holder looping heavy questions therefore holds at most `workers` threads,
// never the HTTP thread, and never an unbounded backlog.
//
// Every job runs under a time budget (Options::budget): the worker's engine interrupts a
// question still running at the deadline (SQLite's progress handler), and the job sees the
// failure as QueryEngine::lastErrorWasOverBudget().
//
// The engines' raw path reads long ranges in two halves; the second half borrows an idle
// worker (only when no job is waiting), or runs after the first on the same thread. So
// the pool never starts a thread after construction.
//
// Threading: tryRun() from any thread; jobs run on the workers; the destructor waits for
// the running jobs and drops the queued ones (their callbacks never run: callers must not
// expect one after the pool is gone).
class QueryPool
{
public:
    struct Options
    {
        int workers = 2;
        // Jobs waiting for a worker, beyond the running ones.
        int queued = 8;
        std::chrono::milliseconds budget {std::chrono::seconds(20)};
        QueryEngine::Options engine;
    };
    using Job = std::function<void(QueryEngine &)>;

    QueryPool(const QString &databasePath, const Clock *clock, Options options);
    ~QueryPool();
    QueryPool(const QueryPool &) = delete;
    QueryPool &operator=(const QueryPool &) = delete;

    // Opens every worker's engine and starts the workers; false with the reason.
    bool open(QString *error);
    // Queues `job`; false when the pool is saturated (or not open): the caller refuses.
    bool tryRun(Job job);
    // What a refusal's Retry-After says: about the time a worker takes to free up.
    qint64 retryAfterSecs() const;
    const Options &options() const { return m_options; }
    // Jobs running or queued (for tests and monitoring).
    int pending() const;

private:
    struct Task
    {
        Job job; // a question, on the worker's own engine
        std::function<void()> helper; // or half of another worker's question
    };
    bool startHelper(std::function<void()> task);
    void work(QueryEngine *engine);

    Options m_options;
    std::vector<std::unique_ptr<QueryEngine>> m_engines;
    std::vector<std::thread> m_threads;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks; // helpers go first
    int m_queuedJobs = 0;
    int m_idle = 0;
    int m_running = 0;
    bool m_stopping = false;
};

} // namespace raycstr::query
