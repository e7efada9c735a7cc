#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

#include <cstring>
#include <utility>

namespace raycstr {

// ClickHouse's RowBinary format, the one our ClickHouse client speaks both ways: fixed-width
// little-endian numbers, DateTime as UInt32 seconds, String as a LEB128 length and the raw
// bytes, Array as a LEB128 count and the elements. Chosen over TabSeparated because it needs
// no escaping (every byte of a string, NUL and tabs included, goes through as it is) and
// parses without scanning for delimiters.
class RowBinaryWriter
{
public:
    void reserve(qsizetype bytes) { m_data.reserve(bytes); }
    void uint8(quint8 v) { m_data.append(char(v)); }
    void int8(qint8 v) { m_data.append(char(v)); }
    void uint32(quint32 v) { put(v); }
    void int32(qint32 v) { put(v); }
    void uint64(quint64 v) { put(v); }
    void int64(qint64 v) { put(v); }
    void float64(double v) { put(v); }
    // DateTime: seconds since the epoch, clamped to what an unsigned 32-bit number holds
    // (1970 … 2106).
    void dateTime(qint64 secs);
    void size(quint64 n); // a String's length or an Array's element count (LEB128)
    void bytes(QByteArrayView v);
    void string(QStringView v); // as UTF-8

    qsizetype byteCount() const { return m_data.size(); }
    const QByteArray &data() const { return m_data; }
    QByteArray take() { return std::exchange(m_data, QByteArray()); }
    void clear() { m_data.clear(); }

private:
    template<typename T> void put(T v)
    {
        static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "RowBinary is little-endian");
        m_data.append(reinterpret_cast<const char *>(&v), sizeof v);
    }

    QByteArray m_data;
    QByteArray m_scratch; // UTF-8 of one string, before its length is known
    // Stateless: a lone surrogate at the end of one string must not leak into the next.
    QStringEncoder m_utf8 {QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

// Reads RowBinary answers. A read past the end returns zero values and sets !ok(), so a
// caller decodes a whole row and checks once.
class RowBinaryReader
{
public:
    explicit RowBinaryReader(QByteArrayView data)
        : m_data(data)
    { }

    bool atEnd() const { return m_pos >= m_data.size(); }
    bool ok() const { return m_ok; }
    qsizetype position() const { return m_pos; }

    quint8 uint8() { return get<quint8>(); }
    qint8 int8() { return get<qint8>(); }
    quint32 uint32() { return get<quint32>(); }
    qint32 int32() { return get<qint32>(); }
    quint64 uint64() { return get<quint64>(); }
    qint64 int64() { return get<qint64>(); }
    double float64() { return get<double>(); }
    qint64 dateTime() { return qint64(get<quint32>()); }
    quint64 size(); // LEB128
    QByteArray bytes();
    QString string(); // from UTF-8

private:
    template<typename T> T get()
    {
        T v {};
        if (!need(sizeof v))
            return v;
        std::memcpy(&v, m_data.data() + m_pos, sizeof v);
        m_pos += qsizetype(sizeof v);
        return v;
    }
    bool need(quint64 n);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace raycstr
