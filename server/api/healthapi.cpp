#include "api/healthapi.h"

#include "api/apiaccess.h"
#include "api/apireply.h"
#include "engine/ingestengine.h"
#include "http/httpserver.h"

#include <QStorageInfo>

namespace raycstr {

HealthApi::HealthApi(IngestEngine *engine, ApiAccess *access)
    : m_engine(engine)
    , m_access(access)
{ }

void HealthApi::registerRoutes(HttpServer &server)
{
    server.route(QStringLiteral("/api/health"), [this](const PlainRequest &request) {
        if (auto refused = ApiReply::checkMethod(request))
            return ApiReply::finish(std::move(*refused));
        const IngestEngine::State state = m_engine->state();
        const bool working
            = state == IngestEngine::State::Running || state == IngestEngine::State::Starting;
        return ApiReply::finish(
            ApiReply::json(health(), working ? HttpStatus::Ok : HttpStatus::ServiceUnavailable));
    });
    server.route(QStringLiteral("/metrics"), [this](const PlainRequest &request) {
        if (auto refused = ApiReply::checkMethod(request))
            return ApiReply::finish(std::move(*refused));
        PlainResponse denied(HttpStatus::Unauthorized);
        if (!m_access->check(request, 0, ApiAccess::Need::Read, &denied))
            return ApiReply::finish(std::move(denied));
        return ApiReply::finish(PlainResponse(
            QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), metrics()));
    });
}

QJsonObject HealthApi::health() const
{
    const IngestEngine::Counters c = m_engine->counters();
    const IngestQueue::Limits limits = m_engine->queueLimits();
    qint64 errorAt = 0;
    const QString error = m_engine->lastWriteError(&errorAt);
    const QStorageInfo disk(m_engine->dataDir());
    return {
        {QStringLiteral("status"), IngestEngine::stateName(m_engine->state())},
        {QStringLiteral("queue"),
         QJsonObject {{QStringLiteral("hits"), c.queued},
                      {QStringLiteral("bytes"), c.queuedBytes},
                      {QStringLiteral("max_hits"), qint64(limits.hits)},
                      {QStringLiteral("max_bytes"), qint64(limits.bytes)}}},
        {QStringLiteral("last_write_error"),
         errorAt == 0
             ? QJsonValue(QJsonValue::Null)
             : QJsonObject {{QStringLiteral("message"), error}, {QStringLiteral("at"), errorAt}}},
        {QStringLiteral("disk"),
         QJsonObject {{QStringLiteral("free_bytes"), disk.bytesAvailable()},
                      {QStringLiteral("total_bytes"), disk.bytesTotal()}}},
    };
}

QByteArray HealthApi::metrics() const
{
    const IngestEngine::Counters c = m_engine->counters();
    const IngestQueue::Limits limits = m_engine->queueLimits();
    const QStorageInfo disk(m_engine->dataDir());
    QByteArray out;
    auto family = [&out](const char *name, const char *type, const char *help) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    };
    auto sample = [&out](const char *name, qint64 value, const QByteArray &labels = {}) {
        out += name;
        if (!labels.isEmpty())
            out += '{' + labels + '}';
        out += ' ' + QByteArray::number(value) + '\n';
    };
    family("raycstr_ingest_accepted_hits_total", "counter", "Hits queued for the writer.");
    sample("raycstr_ingest_accepted_hits_total", c.accepted);
    family("raycstr_ingest_refused_hits_total", "counter",
           "Hits answered 503, by reason (busy: queue full; disk_full and write_failing: the "
           "store cannot write).");
    sample("raycstr_ingest_refused_hits_total", c.rejectedBusy, "reason=\"busy\"");
    sample("raycstr_ingest_refused_hits_total", c.rejectedDiskFull, "reason=\"disk_full\"");
    sample("raycstr_ingest_refused_hits_total", c.rejectedWriteFailing, "reason=\"write_failing\"");
    sample("raycstr_ingest_refused_hits_total", c.rejectedClosed, "reason=\"shutting_down\"");
    family("raycstr_ingest_dropped_hits_total", "counter",
           "Accepted hits the pipeline did not store, by reason.");
    for (auto reason :
         {DropReason::Bot, DropReason::ReferrerSpam, DropReason::InvalidUrl, DropReason::NoVisit})
        sample("raycstr_ingest_dropped_hits_total", c.droppedFor(reason),
               "reason=\"" + dropReasonName(reason).toLatin1() + '"');
    family("raycstr_events_stored_total", "counter", "Events written to the store.");
    sample("raycstr_events_stored_total", c.stored);
    family("raycstr_store_write_failures_total", "counter",
           "Failed write attempts (each retry counts).");
    sample("raycstr_store_write_failures_total", c.writeFailures);
    family("raycstr_events_lost_total", "counter",
           "Accepted events given up on at shutdown because the store never came back.");
    sample("raycstr_events_lost_total", c.lost);
    family("raycstr_ingest_queue_hits", "gauge", "Hits waiting for the writer.");
    sample("raycstr_ingest_queue_hits", c.queued);
    family("raycstr_ingest_queue_bytes", "gauge", "Decoded size of the hits waiting.");
    sample("raycstr_ingest_queue_bytes", c.queuedBytes);
    family("raycstr_ingest_queue_max_hits", "gauge", "The queue's bound in hits.");
    sample("raycstr_ingest_queue_max_hits", qint64(limits.hits));
    family("raycstr_ingest_queue_max_bytes", "gauge", "The queue's bound in bytes.");
    sample("raycstr_ingest_queue_max_bytes", qint64(limits.bytes));
    family("raycstr_data_disk_free_bytes", "gauge", "Free space of the data directory's disk.");
    sample("raycstr_data_disk_free_bytes", disk.bytesAvailable());
    family("raycstr_ingest_state", "gauge", "1 for the engine's current state.");
    const IngestEngine::State now = m_engine->state();
    for (auto s : {IngestEngine::State::Starting, IngestEngine::State::Running,
                   IngestEngine::State::DiskFull, IngestEngine::State::WriteFailing,
                   IngestEngine::State::Stopped})
        sample("raycstr_ingest_state", s == now ? 1 : 0,
               "state=\"" + IngestEngine::stateName(s).toLatin1() + '"');
    return out;
}

} // namespace raycstr
