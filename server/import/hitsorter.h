#pragma once

#include "core/event.h"

#include <QString>

#include <memory>
#include <vector>

class QTemporaryFile;

namespace raycstr {

// Hits in any order → the same hits in time order, in bounded memory: an external merge
// sort. Hits are kept until `runHits` of them are buffered, then sorted and written to a
// temporary file (a "run", gzip'd at the fastest level: JSON sources shrink about tenfold);
// finish() sorts the last run and next() merges the runs, one hit of each in memory. An
// input that fits in one run never touches the disk. Equal times keep their input order.
//
// For sources whose rows come in no particular order (GA4's BigQuery export is written by
// table shards): the importer needs time order within minutes to rebuild visits.
// Everything a hit carries is kept, its Resolved part included; the runs are removed when
// the sorter goes (they hold visitor ids, hashed only later by the pipeline).
class HitSorter
{
public:
    explicit HitSorter(qsizetype runHits = 100000);
    ~HitSorter();
    HitSorter(const HitSorter &) = delete;
    HitSorter &operator=(const HitSorter &) = delete;

    // Where runs are written (default: the system's temporary folder, $TMPDIR).
    void setTempDir(const QString &dir) { m_tempDir = dir; }
    // Hits per run (before the first add()).
    void setRunHits(qsizetype hits) { m_runHits = qMax<qsizetype>(1, hits); }

    bool add(Hit &&hit, QString *error);
    // No more add(): the merge starts.
    bool finish(QString *error);

    enum class Result { Hit, End, Error };
    Result next(Hit *hit, QString *error);

    qint64 size() const { return m_count; } // hits added
    qint64 taken() const { return m_taken; } // hits returned by next()
    int runs() const { return int(m_runs.size()); }

private:
    struct Run;
    bool writeRun(QString *error);

    qsizetype m_runHits;
    QString m_tempDir;
    std::vector<Hit> m_buffer;
    std::vector<std::unique_ptr<Run>> m_runs;
    qsizetype m_bufferPos = 0; // next() in the buffer, when there is only one run
    qint64 m_count = 0;
    qint64 m_taken = 0;
    bool m_finished = false;
};

} // namespace raycstr
