#include "import/hitsorter.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <zlib.h>

#include <algorithm>
#include <unistd.h>

namespace raycstr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("raycstr::HitSorter", text);
}

QString damaged()
{
    return QCoreApplication::translate("raycstr::HitSorter",
                                       "a temporary file of the import is damaged");
}

void write(QDataStream &s, const Hit &hit)
{
    s << hit.timestampMs << quint8(hit.kind) << hit.name << hit.url << hit.referrer
      << quint32(hit.props.size());
    for (const Property &p : hit.props)
        s << p.key << p.value;
    s << hit.value << hit.hasValue << qint32(hit.screenWidth) << hit.interactive << hit.hashMode;
    const bool resolved = bool(hit.resolved);
    s << resolved;
    if (resolved) {
        const Hit::Resolved &r = *hit.resolved;
        s << r.visitorKey << r.country << r.agent.browser << r.agent.browserVersion << r.agent.os
          << r.agent.osVersion << quint8(r.agent.device);
    }
}

bool read(QDataStream &s, Hit *hit)
{
    *hit = Hit();
    quint8 kind = 0;
    quint32 props = 0;
    s >> hit->timestampMs >> kind >> hit->name >> hit->url >> hit->referrer >> props;
    if (s.status() != QDataStream::Ok || props > quint32(Limits::MaxProps) * 4)
        return false;
    hit->kind = EventKind(kind);
    for (quint32 i = 0; i < props; ++i) {
        Property p;
        s >> p.key >> p.value;
        hit->props.append(std::move(p));
    }
    qint32 width = 0;
    bool resolved = false;
    s >> hit->value >> hit->hasValue >> width >> hit->interactive >> hit->hashMode >> resolved;
    hit->screenWidth = width;
    if (resolved) {
        auto r = std::make_shared<Hit::Resolved>();
        quint8 device = 0;
        s >> r->visitorKey >> r->country >> r->agent.browser >> r->agent.browserVersion
            >> r->agent.os >> r->agent.osVersion >> device;
        r->agent.device = DeviceType(device);
        hit->resolved = std::move(r);
    }
    return s.status() == QDataStream::Ok;
}

} // namespace

// One sorted run on disk: records of a 32-bit length and the hit's bytes.
struct HitSorter::Run
{
    std::unique_ptr<QTemporaryFile> file;
    gzFile gz = nullptr;
    Hit head; // the run's next hit, once the merge has started
    bool hasHead = false;
    QByteArray record;

    ~Run()
    {
        if (gz)
            gzclose(gz);
    }
    // The next record into `head`; false at the end (`*error` empty) or on damage.
    bool advance(QString *error)
    {
        hasHead = false;
        quint32 length = 0;
        const int n = gzread(gz, &length, sizeof length);
        if (n == 0)
            return false;
        if (n != int(sizeof length) || length > (64u << 20)) {
            *error = damaged();
            return false;
        }
        record.resize(qsizetype(length));
        if (gzread(gz, record.data(), length) != int(length)) {
            *error = damaged();
            return false;
        }
        QDataStream s(record);
        if (!read(s, &head)) {
            *error = damaged();
            return false;
        }
        hasHead = true;
        return true;
    }
};

HitSorter::HitSorter(qsizetype runHits)
    : m_runHits(qMax<qsizetype>(1, runHits))
    , m_tempDir(QDir::tempPath())
{ }

HitSorter::~HitSorter() = default;

bool HitSorter::add(Hit &&hit, QString *error)
{
    m_buffer.push_back(std::move(hit));
    ++m_count;
    if (qsizetype(m_buffer.size()) >= m_runHits)
        return writeRun(error);
    return true;
}

bool HitSorter::writeRun(QString *error)
{
    std::stable_sort(m_buffer.begin(), m_buffer.end(),
                     [](const Hit &a, const Hit &b) { return a.timestampMs < b.timestampMs; });
    auto run = std::make_unique<Run>();
    run->file = std::make_unique<QTemporaryFile>(
        QDir(m_tempDir).filePath(QStringLiteral("raycstr-import-XXXXXX.run")));
    if (!run->file->open()) {
        *error = tr("cannot write a temporary file in %1: %2")
                     .arg(m_tempDir, run->file->errorString());
        return false;
    }
    const int fd = dup(int(run->file->handle()));
    run->gz = fd < 0 ? nullptr : gzdopen(fd, "wb1");
    if (!run->gz) {
        *error = tr("cannot write a temporary file in %1").arg(m_tempDir);
        return false;
    }
    QByteArray record;
    for (const Hit &hit : m_buffer) {
        record.clear();
        {
            QDataStream s(&record, QIODevice::WriteOnly);
            write(s, hit);
        }
        const quint32 length = quint32(record.size());
        if (gzwrite(run->gz, &length, sizeof length) != int(sizeof length)
            || gzwrite(run->gz, record.constData(), length) != int(length)) {
            *error = tr("cannot write a temporary file in %1 (disk full?)").arg(m_tempDir);
            return false;
        }
    }
    const int closed = gzclose(run->gz);
    run->gz = nullptr;
    if (closed != Z_OK) {
        *error = tr("cannot write a temporary file in %1 (disk full?)").arg(m_tempDir);
        return false;
    }
    m_runs.push_back(std::move(run));
    m_buffer.clear();
    m_buffer.shrink_to_fit();
    return true;
}

bool HitSorter::finish(QString *error)
{
    m_finished = true;
    if (m_runs.empty()) {
        // All of it fits in one run: sorted in memory, served from there.
        std::stable_sort(m_buffer.begin(), m_buffer.end(),
                         [](const Hit &a, const Hit &b) { return a.timestampMs < b.timestampMs; });
        m_bufferPos = 0;
        return true;
    }
    if (!m_buffer.empty() && !writeRun(error))
        return false;
    for (auto &run : m_runs) {
        // The run was written through a duplicate of the file's descriptor: same offset.
        const int fd = dup(int(run->file->handle()));
        if (fd >= 0)
            lseek(fd, 0, SEEK_SET);
        run->gz = fd < 0 ? nullptr : gzdopen(fd, "rb");
        if (!run->gz) {
            *error = tr("cannot read a temporary file of the import");
            return false;
        }
        gzbuffer(run->gz, 64 * 1024);
        if (!run->advance(error) && !error->isEmpty())
            return false;
    }
    return true;
}

HitSorter::Result HitSorter::next(Hit *hit, QString *error)
{
    if (!m_finished)
        return Result::End;
    if (m_runs.empty()) {
        if (m_bufferPos >= qsizetype(m_buffer.size())) {
            m_buffer.clear();
            m_buffer.shrink_to_fit();
            return Result::End;
        }
        *hit = std::move(m_buffer[size_t(m_bufferPos++)]);
        ++m_taken;
        return Result::Hit;
    }
    // The earliest head; the first run wins a tie (runs are in input order).
    Run *best = nullptr;
    for (auto &run : m_runs) {
        if (run->hasHead && (!best || run->head.timestampMs < best->head.timestampMs))
            best = run.get();
    }
    if (!best)
        return Result::End;
    *hit = std::move(best->head);
    ++m_taken;
    if (!best->advance(error) && !error->isEmpty())
        return Result::Error;
    return Result::Hit;
}

} // namespace raycstr
