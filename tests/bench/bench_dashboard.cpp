// Desktop dashboard responsiveness (issue 6): opens the dashboard (DashboardView with the
// in-process data source, as the app runs it) on a benchmark data set and measures, for a
// series of site and period switches, the time from the switch to the dashboard fully
// updated (every KPI, the chart, four breakdown panels and Web Vitals answered), and the
// longest event-loop stall meanwhile: a 10 ms QTimer whose lateness is recorded. Prints
// medians. Offscreen; read-only use of the data set.
//
//   bench_dashboard [--data /var/tmp/raycstr-bench/10m] [--runs 5] [--sites
//   busy.example,small01.example]

#include "core/clock.h"
#include "ui/data/localdatasource.h"
#include "ui/widgets/dashboardview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace raycstr;
using namespace raycstr::ui;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

query::Period period(query::Period::Kind kind)
{
    query::Period p;
    p.kind = kind;
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString data = QStringLiteral("/var/tmp/raycstr-bench/10m");
    int runs = 5;
    QStringList sites = {QStringLiteral("busy.example"), QStringLiteral("small01.example")};
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--data"))
            data = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--sites"))
            sites = args.at(i + 1).split(QLatin1Char(','));
        else {
            fprintf(stderr, "usage: bench_dashboard [--data DIR] [--runs N] [--sites a,b]\n");
            return 2;
        }
    }

    SystemClock clock;
    LocalDataSource source(data, &clock);
    DashboardView view(&source);
    view.resize(1280, 800);
    view.show();

    // The event loop's health: a 10 ms timer, lateness of each tick.
    QElapsedTimer since;
    since.start();
    qint64 lastTick = 0;
    double worstStall = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = since.nsecsElapsed();
        if (lastTick)
            worstStall = std::max(worstStall, double(now - lastTick) / 1e6 - 10.0);
        lastTick = now;
    });
    ticker.start();

    struct Switch
    {
        QString name;
        QString site;
        query::Period period;
    };
    QList<Switch> switches;
    const QList<QPair<const char *, query::Period::Kind>> periods = {
        {"30d", query::Period::Kind::Last30d}, {"7d", query::Period::Kind::Last7d},
        {"90d", query::Period::Kind::Last90d}, {"12mo", query::Period::Kind::Last12mo},
        {"month", query::Period::Kind::Month}, {"24h", query::Period::Kind::Last24h},
    };
    for (const QString &site : sites)
        for (const auto &p : periods)
            switches.append(
                {site + QLatin1Char(' ') + QLatin1String(p.first), site, period(p.second)});

    QMap<QString, QList<double>> updateMs, stallMs;
    QList<double> allUpdates, allStalls;
    bool failed = false;
    for (int run = 0; run < runs + 1 && !failed; ++run) { // run 0 warms the page cache
        for (const Switch &s : switches) {
            bool done = false;
            double ms = 0;
            const auto c = QObject::connect(&view, &DashboardView::updated, [&](qint64 e) {
                done = true;
                ms = double(e);
            });
            QElapsedTimer t;
            t.start();
            worstStall = 0;
            lastTick = 0;
            view.setQuery(s.site, s.period);
            while (!done && t.elapsed() < 60000)
                app.processEvents(QEventLoop::WaitForMoreEvents, 50);
            QObject::disconnect(c);
            if (!done) {
                fprintf(stderr, "bench_dashboard: %s did not finish within 60 s\n",
                        qPrintable(s.name));
                failed = true;
                break;
            }
            // Let the ticker see a full interval after the update, then record.
            const qint64 settle = since.elapsed() + 30;
            while (since.elapsed() < settle)
                app.processEvents(QEventLoop::AllEvents, 5);
            if (run == 0)
                continue;
            updateMs[s.name].append(ms);
            stallMs[s.name].append(worstStall);
            allUpdates.append(ms);
            allStalls.append(worstStall);
        }
    }
    if (failed)
        return 1;
    printf("%-28s %12s %12s %16s\n", "switch", "update p50", "update max", "worst stall p50");
    for (const Switch &s : switches) {
        const QList<double> &u = updateMs[s.name];
        printf("%-28s %9.0f ms %9.0f ms %13.1f ms\n", qPrintable(s.name), median(u),
               *std::max_element(u.begin(), u.end()), median(stallMs[s.name]));
    }
    printf("\nall switches: update median %.0f ms, max %.0f ms; event-loop stall median %.1f ms, "
           "max %.1f ms (%lld switches)\n",
           median(allUpdates), *std::max_element(allUpdates.begin(), allUpdates.end()),
           median(allStalls), *std::max_element(allStalls.begin(), allStalls.end()),
           qint64(allUpdates.size()));
    printf("BENCH_RESULT update_p50_ms=%.0f update_max_ms=%.0f stall_max_ms=%.1f\n",
           median(allUpdates), *std::max_element(allUpdates.begin(), allUpdates.end()),
           *std::max_element(allStalls.begin(), allStalls.end()));
    return 0;
}
