#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

namespace raycstr::ui {

using RequestId = quint64;

// The answer to one DataSource request: the request's answer type, or why there is none.
// It carries the id DataSource::ask() returned, for a view that keeps its own idea of which
// request it still waits for.
template<typename T>
class Answer
{
public:
    Answer(T value)
        : m_value(std::move(value))
    { }
    static Answer failure(QString error)
    {
        Answer a;
        a.m_error = std::move(error);
        return a;
    }

    explicit operator bool() const { return m_value.has_value(); }
    const T &operator*() const
    {
        Q_ASSERT(m_value);
        return *m_value;
    }
    const T *operator->() const
    {
        Q_ASSERT(m_value);
        return &*m_value;
    }
    // Why the request failed (empty when it did not).
    const QString &error() const { return m_error; }
    RequestId id() const { return m_id; }
    void setId(RequestId id) { m_id = id; }

private:
    Answer() = default;
    std::optional<T> m_value;
    QString m_error;
    RequestId m_id = 0;
};

} // namespace raycstr::ui
