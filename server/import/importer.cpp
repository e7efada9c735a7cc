#include "import/importer.h"

#include "core/clock.h"
#include "import/hitreader.h"
#include "import/importrepository.h"
#include "ingest/geoip.h"
#include "ingest/pipeline.h"
#include "ingest/saltstore.h"
#include "ingest/useragentparser.h"
#include "store/sqlitedb.h"
#include "store/sqliteeventstore.h"

#include <QSet>

#include <deque>
#include <memory>
#include <optional>

namespace raycstr {

namespace {

// The pipeline's notion of "now" is the time of the hits being imported: visitors are
// forgotten and per-day keys dropped as the import moves through the days, as the live
// writer does as real time passes.
class ImportClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_ms; }
    void moveTo(qint64 ms) { m_ms = qMax(m_ms, ms); }

private:
    qint64 m_ms = 0;
};

constexpr size_t BatchEvents = 20000;

} // namespace

// The day in hand: what happens to its hits, and its open transaction when it is written.
struct Importer::Day
{
    enum class Mode { Write, Finished, CutOver, Today };
    qint64 day = 0;
    Mode mode = Mode::Write;
    std::unique_ptr<Transaction> tx;
    std::vector<Event> events;
    QHash<QString, qint64> drops;
    qint64 written = 0;
};

Importer::Importer(SqliteDb *db, const Clock *clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString Importer::fingerprint(const QString &source, const QStringList &files)
{
    QStringList paths;
    for (const QString &f : files)
        paths.append(importSourceName(f));
    paths.sort();
    return source + QLatin1Char('\n') + paths.join(QLatin1Char('\n'));
}

Importer::Outcome Importer::run(const ImportRequest &request, HitReader &reader, ImportRun *run,
                                ImportError *error)
{
    m_resumed = m_replaced = 0;
    ImportRepository repo(m_db);
    SiteTime time(request.timeZone);
    const qint64 today = time.slot(m_clock->nowSecs()).day;
    const QString fp = fingerprint(request.source, request.files);
    QString message;
    auto failWith = [&](const QString &why) {
        error->message = why;
        return Outcome::Failed;
    };

    // Resume, replace or start afresh.
    std::optional<ImportRun> started
        = repo.start(request.siteId, request.source, fp, request.files, m_clock->nowSecs(), time,
                     &m_resumed, &m_replaced, &message);
    if (!started)
        return failWith(message);
    ImportRun r = *started;
    // Counters are recounted from the input; written events start with the finished days'.
    const QList<qint64> finishedDays = repo.daysOf(r.id);
    r.rowsRead = 0;
    r.skipped.clear();
    r.cutOverDays = 0;
    r.eventsWritten = repo.writtenBy(r.id);
    if (!repo.save(r, &message))
        return failWith(message);

    // The privacy pipeline, as the writer thread sets it up, with keys for this run only.
    ImportClock clock;
    MemorySaltStore salts;
    QString warning;
    std::unique_ptr<GeoIp> geoIp = openGeoIp(request.geoIpDatabase, &warning);
    UserAgentParser userAgents;
    if (!request.userAgentRegexes.isEmpty())
        userAgents.load(request.userAgentRegexes, &warning);
    Pipeline pipeline(&clock, geoIp.get(), &userAgents, &salts);
    pipeline.setSiteTimeZone(request.siteId, request.timeZone);
    SqliteEventStore store(m_db);
    store.setImportId(r.id);

    Day day;
    bool haveDay = false;
    // Days other than the one in hand that this run's rollups reached: an event moved past
    // midnight by the sessionizer, a visit counted on the day it started. They belong to
    // the run (undo removes them), unless another owner's data was there.
    QSet<qint64> touched, leftOut;
    auto skip = [&](const QString &reason) { r.skipped[reason] += 1; };
    auto flush = [&](QString *why) {
        if (day.events.empty())
            return true;
        const qint64 n = qint64(day.events.size());
        if (!store.write(day.events, {}, why))
            return false;
        day.written += n;
        day.events.clear();
        return true;
    };
    auto finishDay = [&](QString *why) {
        if (!haveDay || day.mode != Day::Mode::Write)
            return true;
        if (!flush(why))
            return false;
        QList<DropCount> drops;
        for (auto it = day.drops.cbegin(); it != day.drops.cend(); ++it)
            drops.append({request.siteId, day.day, it.key(), it.value()});
        std::vector<Event> none;
        if (!drops.isEmpty() && !store.write(none, drops, why))
            return false;
        r.eventsWritten += day.written;
        r.firstDay = r.firstDay || r.lastDay ? qMin(r.firstDay, day.day) : day.day;
        r.lastDay = qMax(r.lastDay, day.day);
        r.rowsRead = reader.rowsRead();
        for (qint64 t : std::as_const(touched)) {
            if (t != day.day && t < today && !leftOut.contains(t) && !finishedDays.contains(t)
                && repo.ownerOfDay(request.siteId, t) == 0
                && !repo.recordDay(request.siteId, t, r.id, 0, why))
                return false;
        }
        touched.clear();
        if (!repo.recordDay(request.siteId, day.day, r.id, day.written, why) || !repo.save(r, why)
            || !day.tx->commit(why))
            return false;
        day.tx.reset();
        return true;
    };
    auto startDay = [&](qint64 d, QString *why) {
        day = Day();
        day.day = d;
        haveDay = true;
        if (d >= today) {
            day.mode = Day::Mode::Today;
        } else if (finishedDays.contains(d)) {
            day.mode = Day::Mode::Finished;
        } else if (const qint64 owner = repo.ownerOfDay(request.siteId, d);
                   owner == 0 ? repo.dayHasData(request.siteId, d) : owner != r.id) {
            day.mode = Day::Mode::CutOver;
            leftOut.insert(d);
            ++r.cutOverDays;
        } else {
            day.tx = std::make_unique<Transaction>(*m_db);
            if (!day.tx->isActive()) {
                *why = m_db->lastError();
                return false;
            }
            store.restartKeysAt(request.siteId, time.dayStart(d), time.dayStart(d + 1));
        }
        // Visitors whose day is over are forgotten, as the live writer does every minute.
        pipeline.maintain();
        return true;
    };
    auto process = [&](Hit &&hit, QString *why) {
        const qint64 secs = hit.timestampMs / 1000;
        const qint64 d = time.slot(secs).day;
        if (haveDay && d < day.day) {
            skip(QStringLiteral("out_of_order"));
            return true;
        }
        if (!haveDay || d != day.day) {
            if (!finishDay(why) || !startDay(d, why))
                return false;
        }
        switch (day.mode) {
        case Day::Mode::Finished:
            skip(QStringLiteral("resumed"));
            return true;
        case Day::Mode::CutOver:
            skip(QStringLiteral("cut_over"));
            return true;
        case Day::Mode::Today:
            skip(QStringLiteral("today"));
            return true;
        case Day::Mode::Write:
            break;
        }
        clock.moveTo(hit.timestampMs);
        hit.siteId = request.siteId;
        Event e;
        DropReason reason;
        if (pipeline.process(std::move(hit), &e, &reason)) {
            if (e.slot.day != day.day)
                touched.insert(e.slot.day);
            if (e.visitSlot.day != day.day)
                touched.insert(e.visitSlot.day);
            day.events.push_back(std::move(e));
            if (day.events.size() >= BatchEvents)
                return flush(why);
        } else {
            const QString name = dropReasonName(reason);
            skip(name);
            day.drops[name] += 1;
        }
        return true;
    };

    // Undo what this run wrote when the input turns out to be bad: never half an import.
    auto abandon = [&](Outcome outcome) {
        day.tx.reset(); // the day in hand rolls back
        QString why;
        if (outcome == Outcome::Failed) {
            repo.removeRun(r, time, ImportRun::Status::Failed, &why);
            r.status = ImportRun::Status::Failed;
            r.error = error->toString();
        } else {
            r.status = ImportRun::Status::Interrupted;
        }
        r.rowsRead = reader.rowsRead();
        r.finishedAt = m_clock->nowSecs();
        repo.save(r, &why);
        *run = r;
        return outcome;
    };

    // The reorder window: hits ordered by time, released once they are older than the
    // newest by more than the window (or the window holds too many). Logs are nearly in
    // order, so a hit is put in place from the back in a step or two.
    std::deque<Hit> window;
    qint64 newest = 0;
    qint64 sinceProgress = 0;
    Hit hit;
    for (;;) {
        if (m_cancel && m_cancel->load())
            return abandon(Outcome::Interrupted);
        const HitReader::Result got = reader.next(&hit, error);
        if (got == HitReader::Result::Error)
            return abandon(Outcome::Failed);
        if (got == HitReader::Result::Hit) {
            newest = qMax(newest, hit.timestampMs);
            auto at = window.end();
            while (at != window.begin() && std::prev(at)->timestampMs > hit.timestampMs)
                --at;
            window.insert(at, std::move(hit));
        }
        const bool end = got == HitReader::Result::End;
        while (!window.empty()
               && (end || window.front().timestampMs < newest - m_reorderWindowMs
                   || window.size() > 200000)) {
            Hit next = std::move(window.front());
            window.pop_front();
            if (!process(std::move(next), &message)) {
                error->message = message;
                return abandon(Outcome::Failed);
            }
        }
        if (m_progress && (++sinceProgress >= 4096 || end)) {
            sinceProgress = 0;
            m_progress(reader.bytesRead(), reader.bytesTotal());
        }
        if (end)
            break;
    }
    if (!finishDay(&message)) {
        error->message = message;
        return abandon(Outcome::Failed);
    }
    for (auto it = reader.skipped().cbegin(); it != reader.skipped().cend(); ++it)
        r.skipped[it.key()] += it.value();
    r.rowsRead = reader.rowsRead();
    r.status = ImportRun::Status::Done;
    r.finishedAt = m_clock->nowSecs();
    if (!repo.save(r, &message))
        return failWith(message);
    *run = r;
    return Outcome::Done;
}

} // namespace raycstr
