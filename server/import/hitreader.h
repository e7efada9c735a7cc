#pragma once

#include "core/event.h"
#include "import/importrun.h"

namespace raycstr {

// A source of an import, read as a stream of hits in (roughly) time order: one hit in
// memory at a time, whatever the files' size. Rows that are well-formed but not wanted
// (a stylesheet, a 404, a bot row of an export) are counted by reason, not returned.
class HitReader
{
public:
    virtual ~HitReader() = default;

    enum class Result { Hit, End, Error };
    // The next hit (siteId left 0 for the importer to set). Error: `error` names the file,
    // line and column; the import stops and writes nothing of the day in hand.
    virtual Result next(Hit *hit, ImportError *error) = 0;

    // Progress: bytes of the input files read so far (compressed bytes for gzip) and in all.
    virtual qint64 bytesRead() const = 0;
    virtual qint64 bytesTotal() const = 0;
    // Rows read so far, and rows skipped by reason ("static", "status", "bot", …).
    virtual qint64 rowsRead() const = 0;
    virtual const QMap<QString, qint64> &skipped() const = 0;
};

} // namespace raycstr
