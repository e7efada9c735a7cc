#include "core/zipreader.h"

#include "core/zipopen.h"

#include <QFile>
#include <zip.h>

namespace raycstr {

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipReader::open(const QString &path, QString *error)
{
    m_zip = openZip(path, ZIP_RDONLY, error);
    if (!m_zip)
        return false;
    m_path = path;
    return true;
}

QStringList ZipReader::names() const
{
    QStringList out;
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char *name = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (name && !QByteArrayView(name).endsWith('/'))
            out.append(QString::fromUtf8(name));
    }
    return out;
}

qint64 ZipReader::size(const QString &name) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, name.toUtf8().constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return 0;
    return qint64(st.size);
}

bool ZipReader::extract(const QString &name, const QString &target, QString *error) const
{
    zip_file_t *in = zip_fopen(m_zip, name.toUtf8().constData(), 0);
    if (!in) {
        *error = QString::fromUtf8(zip_strerror(m_zip));
        return false;
    }
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        zip_fclose(in);
        *error = out.errorString();
        return false;
    }
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    bool ok = true;
    for (;;) {
        const zip_int64_t n = zip_fread(in, chunk.data(), zip_uint64_t(chunk.size()));
        if (n < 0) {
            *error = QString::fromUtf8(zip_file_strerror(in));
            ok = false;
            break;
        }
        if (n == 0)
            break;
        if (out.write(chunk.constData(), n) != n) {
            *error = out.errorString();
            ok = false;
            break;
        }
    }
    zip_fclose(in);
    return ok;
}

} // namespace raycstr
