#pragma once

// A gate for tests that need work held on another thread: work calls pass() and waits
// while the gate is closed. Bounded (20 s), so a test that forgets to open it fails
// instead of hanging.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace raycstr::testing {

struct Gate
{
    std::mutex mutex;
    std::condition_variable opened;
    bool isOpen = true;
    std::atomic<int> waiting {0}; // threads held right now

    void close()
    {
        std::lock_guard lock(mutex);
        isOpen = false;
    }
    void open()
    {
        {
            std::lock_guard lock(mutex);
            isOpen = true;
        }
        opened.notify_all();
    }
    void pass()
    {
        std::unique_lock lock(mutex);
        if (isOpen)
            return;
        ++waiting;
        opened.wait_for(lock, std::chrono::seconds(20), [this] { return isOpen; });
        --waiting;
    }
};

} // namespace raycstr::testing
