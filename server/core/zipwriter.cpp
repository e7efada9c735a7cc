#include "core/zipwriter.h"

#include "core/zipopen.h"

#include <QFile>
#include <zip.h>

namespace raycstr {

namespace {

QString zipError(zip_t *z)
{
    return QString::fromUtf8(zip_strerror(z));
}

} // namespace

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zip_discard(m_zip);
    if (m_buffer)
        zip_source_free(m_buffer);
}

bool ZipWriter::openBuffer(QString *error)
{
    zip_error_t e;
    zip_error_init(&e);
    m_buffer = zip_source_buffer_create(nullptr, 0, 0, &e);
    if (m_buffer)
        m_zip = zip_open_from_source(m_buffer, ZIP_TRUNCATE, &e);
    if (!m_zip) {
        *error = QString::fromUtf8(zip_error_strerror(&e));
        zip_error_fini(&e);
        return false;
    }
    zip_error_fini(&e);
    zip_source_keep(m_buffer); // zip_close() would free it; bytes() reads it after
    m_path = QStringLiteral("(memory)");
    return true;
}

bool ZipWriter::open(const QString &path, QString *error)
{
    QString reason;
    m_zip = openZip(path, ZIP_CREATE | ZIP_TRUNCATE, &reason);
    if (!m_zip) {
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    m_path = path;
    return true;
}

bool ZipWriter::add(const QString &name, const QByteArray &data, QString *error)
{
    // libzip reads the buffer at close(): give it its own copy. An empty entry gets no
    // buffer at all, since libzip never takes ownership of a zero-length one (it leaked).
    void *copy = nullptr;
    if (!data.isEmpty()) {
        copy = malloc(size_t(data.size()));
        if (!copy) {
            *error = QStringLiteral("out of memory");
            return false;
        }
        memcpy(copy, data.constData(), size_t(data.size()));
    }
    zip_source_t *source = zip_source_buffer(m_zip, copy, zip_uint64_t(data.size()), copy ? 1 : 0);
    if (!source) {
        free(copy);
        *error = zipError(m_zip);
        return false;
    }
    const zip_int64_t index = zip_file_add(m_zip, name.toUtf8().constData(), source,
                                           ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        *error = zipError(m_zip);
        return false;
    }
    zip_set_file_compression(m_zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 0);
    if (m_mtime >= 0 && zip_file_set_mtime(m_zip, zip_uint64_t(index), time_t(m_mtime), 0) != 0) {
        *error = zipError(m_zip);
        return false;
    }
    return true;
}

bool ZipWriter::close(QString *error)
{
    if (zip_close(m_zip) != 0) {
        *error = QStringLiteral("%1: %2").arg(m_path, zipError(m_zip));
        zip_discard(m_zip);
        m_zip = nullptr;
        return false;
    }
    m_zip = nullptr;
    if (m_buffer)
        return readBuffer(error);
    if (!QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("%1: cannot make it private").arg(m_path);
        return false;
    }
    return true;
}

bool ZipWriter::readBuffer(QString *error)
{
    zip_source_t *source = m_buffer;
    bool ok = zip_source_open(source) == 0;
    zip_stat_t stat;
    zip_stat_init(&stat);
    ok = ok && zip_source_stat(source, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE);
    if (ok) {
        m_bytes.resize(qsizetype(stat.size));
        ok = zip_source_read(source, m_bytes.data(), stat.size) == zip_int64_t(stat.size);
    }
    if (!ok)
        *error = QString::fromUtf8(zip_error_strerror(zip_source_error(source)));
    zip_source_close(source);
    zip_source_free(source);
    m_buffer = nullptr;
    return ok;
}

} // namespace raycstr
