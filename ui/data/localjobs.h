#pragma once

#include "ui/data/answer.h"
#include "ui/data/requests.h"

namespace raycstr {
class Clock;
}

namespace raycstr::ui::localjobs {

// The local source's requests that may take long — an export of every day of a period, a
// test message with its network timeouts — each run on a thread of its own with its own
// connection to the store in `dataDir` (LocalDataSource runs them apart from its workers,
// so the dashboard's questions never wait behind them). Blocking; thread-safe.

// Writes the zip (api/plausibleexport.h, core/zipwriter.h); nothing is left at `r.path`
// when it fails or is cancelled.
Answer<QList<ExportedFile>> run(const QString &dataDir, const Clock *clock,
                                const exports::DashboardZip &r);
// The rule's test message by each channel it names; fails with every channel's reason.
Answer<Done> run(const QString &dataDir, const Clock *clock, const alerts::TestRule &r);
// The last complete week's (or month's) report of the schedule's site, sent now.
Answer<Done> run(const QString &dataDir, const Clock *clock, const alerts::TestReport &r);
// The import (ImportJob), holding the data directory's lock for its length: it fails at
// once, saying so, while a collector runs on the directory.
Answer<ImportJob::Result> run(const QString &dataDir, const Clock *clock, const admin::Import &r);

} // namespace raycstr::ui::localjobs
