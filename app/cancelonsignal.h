#pragma once

#include <atomic>

namespace raycstr::cli {

// SIGINT/SIGTERM set a flag while a long command (import, migrate) runs, which it reads
// between steps to stop cleanly; the old handlers come back when this goes. A signal
// handler can only set a flag. One at a time.
class CancelOnSignal
{
public:
    CancelOnSignal();
    ~CancelOnSignal();
    CancelOnSignal(const CancelOnSignal &) = delete;
    CancelOnSignal &operator=(const CancelOnSignal &) = delete;

    static const std::atomic<bool> *flag();

private:
    void (*m_int)(int);
    void (*m_term)(int);
};

} // namespace raycstr::cli
