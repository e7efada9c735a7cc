#include "progressprinter.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace raycstr::cli {

QString mib(double bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1);
}

QString minutesAndSeconds(qint64 secs)
{
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

ProgressPrinter::ProgressPrinter(QTextStream &err, bool terminal, QString label, Unit unit)
    : m_err(err)
    , m_terminal(terminal)
    , m_label(std::move(label))
    , m_unit(unit)
{
    m_timer.start();
}

bool ProgressPrinter::stderrIsTerminal()
{
    return ::isatty(fileno(stderr)) != 0;
}

void ProgressPrinter::update(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    const int percent = int(100 * done / total);
    const double secs = std::max<qint64>(m_timer.elapsed(), 1) / 1000.0;
    const double rate = double(done) / secs;
    const qint64 eta = done > 0 ? qint64(secs * double(total - done) / double(done)) : 0;
    if (m_terminal) {
        if (m_timer.elapsed() - m_lastDrawMs < 100 && done < total)
            return;
        m_lastDrawMs = m_timer.elapsed();
        const int filled = percent * Width / 100;
        m_err << '\r' << '[' << QString(filled, QLatin1Char('#'))
              << QString(Width - filled, QLatin1Char(' ')) << "] "
              << QStringLiteral("%1%").arg(percent, 3) << "  "
              << (m_unit == Unit::Bytes
                      ? tr("%1 MiB/s  ETA %2").arg(mib(rate), minutesAndSeconds(eta))
                      : m_unit == Unit::Days
                      ? tr("%1 days/min  ETA %2")
                            .arg(rate * 60, 0, 'f', 1)
                            .arg(minutesAndSeconds(eta))
                      : tr("%1 events/s  ETA %2").arg(qint64(rate)).arg(minutesAndSeconds(eta)))
              << (done == total ? "\n" : "");
        m_err.flush();
    } else if (percent >= m_nextPercent || done == total) {
        if (m_unit == Unit::Bytes)
            m_err << tr("%1: %2% (%3 of %4 MiB, %5 MiB/s, ETA %6)")
                         .arg(m_label)
                         .arg(percent)
                         .arg(mib(double(done)), mib(double(total)), mib(rate),
                              minutesAndSeconds(eta));
        else if (m_unit == Unit::Days)
            m_err << tr("%1: %2% (%3 of %4 days, %5 days/min, ETA %6)")
                         .arg(m_label)
                         .arg(percent)
                         .arg(done)
                         .arg(total)
                         .arg(rate * 60, 0, 'f', 1)
                         .arg(minutesAndSeconds(eta));
        else
            m_err << tr("%1: %2% (%3 of %4 events, %5 events/s, ETA %6)")
                         .arg(m_label)
                         .arg(percent)
                         .arg(done)
                         .arg(total)
                         .arg(qint64(rate))
                         .arg(minutesAndSeconds(eta));
        m_err << "\n";
        m_err.flush();
        m_nextPercent = percent / 10 * 10 + 10;
    }
}

} // namespace raycstr::cli
