#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace raycstr::cli {

// Progress of a long command (backup, import in bytes; migrate in events; a Stats API
// import in days): a bar with rate
// and ETA redrawn in place on a terminal; otherwise (logs, pipes) a line at each 10 %.
class ProgressPrinter
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::cli::ProgressPrinter)
public:
    enum class Unit { Bytes, Events, Days };
    // `label`: the plain lines' prefix ("backup", "import").
    ProgressPrinter(QTextStream &err, bool terminal, QString label, Unit unit = Unit::Bytes);

    void update(qint64 doneBytes, qint64 totalBytes);

    // Whether stderr is a terminal (the default for `terminal`).
    static bool stderrIsTerminal();

private:
    static constexpr int Width = 30;
    QTextStream &m_err;
    bool m_terminal;
    QString m_label;
    Unit m_unit;
    QElapsedTimer m_timer;
    qint64 m_lastDrawMs = -1000;
    int m_nextPercent = 0;
};

// "12.3" MiB of `bytes`, and m:ss of `secs`, as progress lines and summaries print them.
QString mib(double bytes);
QString minutesAndSeconds(qint64 secs);

} // namespace raycstr::cli
