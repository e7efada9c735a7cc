#pragma once

// QSignalSpy's counterpart for DataSource answers: pass context() and recorder() to ask(),
// then wait for and read what arrived. Answers after the spy is gone are dropped (context).

#include "ui/data/answer.h"

#include <QObject>
#include <QTest>
#include <functional>
#include <vector>

namespace raycstr::testing {

template<typename A>
class AnswerSpy
{
public:
    const QObject *context() const { return &m_context; }
    std::function<void(const ui::Answer<A> &)> recorder()
    {
        return [this](const ui::Answer<A> &a) { m_answers.push_back(a); };
    }
    // Whether one more answer arrives within `ms`.
    bool wait(int ms = 5000)
    {
        const size_t before = m_answers.size();
        return QTest::qWaitFor([&] { return m_answers.size() > before; }, ms);
    }
    int count() const { return int(m_answers.size()); }
    const ui::Answer<A> &at(int i) const { return m_answers.at(size_t(i)); }
    // The number of answers that failed.
    int failures() const
    {
        int n = 0;
        for (const auto &a : m_answers)
            n += a ? 0 : 1;
        return n;
    }

private:
    QObject m_context;
    std::vector<ui::Answer<A>> m_answers;
};

} // namespace raycstr::testing
