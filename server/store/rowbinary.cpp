#include "store/rowbinary.h"

#include <cstring>
#include <limits>

namespace raycstr {

void RowBinaryWriter::dateTime(qint64 secs)
{
    put(quint32(qBound<qint64>(0, secs, std::numeric_limits<quint32>::max())));
}

void RowBinaryWriter::size(quint64 n)
{
    do {
        quint8 byte = n & 0x7f;
        n >>= 7;
        if (n)
            byte |= 0x80;
        m_data.append(char(byte));
    } while (n);
}

void RowBinaryWriter::bytes(QByteArrayView v)
{
    size(quint64(v.size()));
    m_data.append(v.data(), v.size());
}

void RowBinaryWriter::string(QStringView v)
{
    bool ascii = true;
    for (const QChar c : v) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) { // nearly every value: paths, hosts, names; one byte per character
        size(quint64(v.size()));
        const qsizetype at = m_data.size();
        m_data.resize(at + v.size());
        char *out = m_data.data() + at;
        for (const QChar c : v)
            *out++ = char(c.unicode());
        return;
    }
    m_scratch.resize(m_utf8.requiredSpace(v.size()));
    char *end = m_utf8.appendToBuffer(m_scratch.data(), v);
    bytes(QByteArrayView(m_scratch.constData(), end - m_scratch.constData()));
}

bool RowBinaryReader::need(quint64 n)
{
    if (!m_ok || n > quint64(m_data.size() - m_pos)) {
        m_ok = false;
        return false;
    }
    return true;
}

quint64 RowBinaryReader::size()
{
    quint64 n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (!need(1))
            return 0;
        const quint8 byte = quint8(m_data[m_pos++]);
        n |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return n;
    }
    m_ok = false; // longer than ten bytes: not a length
    return 0;
}

QByteArray RowBinaryReader::bytes()
{
    const quint64 n = size();
    if (!need(n))
        return QByteArray();
    QByteArray out(m_data.data() + m_pos, qsizetype(n));
    m_pos += qsizetype(n);
    return out;
}

QString RowBinaryReader::string()
{
    const quint64 n = size();
    if (!need(n))
        return QString();
    QString out = QString::fromUtf8(m_data.data() + m_pos, qsizetype(n));
    m_pos += qsizetype(n);
    return out;
}

} // namespace raycstr
