#pragma once

namespace raycstr {

// Background work (stats questions, Argon2 password checks) yields the CPU to the threads
// that answer and store ingest. Linux keeps a nice value per thread: ten steps nicer than
// the process gives such a thread about a tenth of a contended core, and all of an idle one.
// (QThread priorities change nothing under SCHED_OTHER; IdlePriority, i.e. SCHED_IDLE,
// could starve a question for as long as anything else runs.) Does nothing elsewhere, and
// only once per thread.
void lowerThisThreadsPriority();

// The lowest priority short of SCHED_IDLE: nice 19, whatever the thread had. For work an
// outsider can start at will (Argon2 checks of posted passwords): it gets what the stats
// questions and ingest leave over (weight 15 against nice 0's 1024), yet still runs on a
// server that is never idle, where SCHED_IDLE would hold an admin's login indefinitely.
void lowestThisThreadsPriority();
inline constexpr int LowestNiceness = 19;

// This thread's nice value (0 where threads have none).
int thisThreadsNiceness();

// How many steps lowerThisThreadsPriority() adds, capped at the lowest priority (19).
inline constexpr int BackgroundNicenessSteps = 10;

} // namespace raycstr
