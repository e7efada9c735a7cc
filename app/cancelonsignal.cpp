#include "cancelonsignal.h"

#include <csignal>

namespace raycstr::cli {

namespace {

std::atomic<bool> g_cancel {false};

extern "C" void onSignal(int)
{
    g_cancel.store(true);
}

} // namespace

CancelOnSignal::CancelOnSignal()
{
    g_cancel.store(false);
    m_int = std::signal(SIGINT, onSignal);
    m_term = std::signal(SIGTERM, onSignal);
}

CancelOnSignal::~CancelOnSignal()
{
    std::signal(SIGINT, m_int);
    std::signal(SIGTERM, m_term);
}

const std::atomic<bool> *CancelOnSignal::flag()
{
    return &g_cancel;
}

} // namespace raycstr::cli
