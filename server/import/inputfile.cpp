#include "import/inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

namespace raycstr {

namespace {
constexpr qsizetype ChunkBytes = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("raycstr::InputFile", text);
}
} // namespace

InputFile::~InputFile()
{
    close();
}

bool InputFile::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        *error = info.exists() ? tr("cannot read the file") : tr("no such file");
        return false;
    }
    m_size = info.size();
    m_gz = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!m_gz) {
        *error = tr("cannot open the file");
        return false;
    }
    gzbuffer(static_cast<gzFile>(m_gz), 128 * 1024);
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_lineNumber = 0;
    return true;
}

void InputFile::close()
{
    if (m_gz)
        gzclose(static_cast<gzFile>(m_gz));
    m_gz = nullptr;
}

qint64 InputFile::bytesRead() const
{
    if (!m_gz)
        return 0;
    // gzoffset: where zlib is in the file on disk (for a plain file, the bytes consumed).
    return qMin<qint64>(gzoffset(static_cast<gzFile>(m_gz)), m_size);
}

bool InputFile::fill(QString *error)
{
    // Keep the unread tail, then append a chunk.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + ChunkBytes);
    const int n = gzread(static_cast<gzFile>(m_gz), m_buffer.data() + old, unsigned(ChunkBytes));
    if (n < 0) {
        int code = 0;
        const char *msg = gzerror(static_cast<gzFile>(m_gz), &code);
        *error = tr("damaged or unreadable: %1").arg(QString::fromUtf8(msg));
        m_buffer.resize(old);
        return false;
    }
    m_buffer.resize(old + n);
    if (n == 0) {
        // zlib reports a gzip file cut short (a copy that did not finish) only here.
        int code = 0;
        gzerror(static_cast<gzFile>(m_gz), &code);
        if (code == Z_BUF_ERROR) {
            *error = tr("damaged or unreadable: the gzip data ends too early");
            return false;
        }
        m_eof = true;
    }
    return true;
}

InputFile::Result InputFile::readLine(QByteArrayView *line, QString *error)
{
    if (!m_gz)
        return Result::End;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_pos);
        if (nl >= 0 || (m_eof && m_pos < m_buffer.size())) {
            const qsizetype end = nl >= 0 ? nl : m_buffer.size();
            qsizetype len = end - m_pos;
            if (len > 0 && m_buffer.at(m_pos + len - 1) == '\r')
                --len;
            *line = QByteArrayView(m_buffer.constData() + m_pos, len);
            m_pos = nl >= 0 ? nl + 1 : m_buffer.size();
            ++m_lineNumber;
            return Result::Line;
        }
        if (m_eof)
            return Result::End;
        if (m_buffer.size() - m_pos > MaxLineBytes) {
            *error = tr("line %1 is longer than %2 bytes").arg(m_lineNumber + 1).arg(MaxLineBytes);
            return Result::Error;
        }
        if (!fill(error))
            return Result::Error;
    }
}

} // namespace raycstr
