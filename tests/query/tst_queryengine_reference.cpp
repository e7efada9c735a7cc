// The reference comparisons of tst_queryengine (see the comment in tst_queryengine.cpp):
// totals, time series, breakdowns and vitals, from rollups and from raw events, against
// the naive model in queryreference.h.
#include "tst_queryengine.h"

#include <QTest>

void tst_QueryEngine::aggregatesMatchReference()
{
    int checked = 0;
    qint64 nonEmpty = 0;
    QueryError error;
    for (qint32 site = 1; site <= 3; ++site) {
        for (const auto &[pname, period] : periods()) {
            for (const auto &[fname, filters] : filterSets()) {
                Query q;
                q.siteId = site;
                q.period = period;
                q.filters = filters;
                const auto c = [](const RefEvent &) { return std::optional<QString>(QString()); };
                std::optional<Metrics> expected;
                const QString what
                    = QStringLiteral("site %1, %2, filter %3").arg(site).arg(pname, fname);
                for (const auto &[name, engine] : engines(site)) {
                    const auto a = engine->aggregate(q, &error);
                    QVERIFY2(a, qPrintable(name + u' ' + error.message));
                    if (!expected)
                        expected = refGroups(m_ref, windowFor(site, a->interval), filters, c, c)
                                       .value(QString());
                    checkMetrics(a->current, *expected, what + QStringLiteral(" (%1)").arg(name));
                }
                ++checked;
                nonEmpty += expected->pageviews > 0;
            }
        }
    }
    // The traffic must exercise the comparison, not compare zeros.
    QVERIFY2(nonEmpty > checked / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(nonEmpty).arg(checked)));
}

void tst_QueryEngine::timeseriesMatchReference()
{
    QueryError error;
    const auto all = filterSets();
    for (qint32 site = 1; site <= 3; ++site) {
        for (const auto &[pname, period] : periods()) {
            for (int fi : {0, 1, 6, 9}) {
                const auto &[fname, filters] = all.at(fi);
                Query q;
                q.siteId = site;
                q.period = period;
                q.filters = filters;
                for (const auto &[engineName, engine] : engines(site)) {
                    const auto ts = engine->timeseries(q, std::nullopt, &error);
                    QVERIFY2(ts, qPrintable(error.message));
                    const Interval &iv = ts->interval;
                    const Granularity g = ts->granularity;
                    // Independent bucketing: by local date, month or hour offset.
                    auto bucket = [&](qint64 t) -> std::optional<QString> {
                        if (t < iv.fromSecs || t >= iv.toSecs)
                            return std::nullopt;
                        const QDate d = QDateTime::fromSecsSinceEpoch(t, zoneOf(site)).date();
                        if (g == Granularity::Hour)
                            return QString::number((t - iv.fromSecs) / 3600);
                        if (g == Granularity::Month)
                            return d.toString(QStringLiteral("yyyy-MM"));
                        return d.toString(Qt::ISODate);
                    };
                    const auto expected = refGroups(
                        m_ref, windowFor(site, iv), filters,
                        [&](const RefEvent &re) { return bucket(re.g.ts); },
                        [&](const RefEvent &re) { return bucket(m_ref.visits[re.visit].start); });
                    Metrics sum, expectedSum;
                    for (int i = 0; i < ts->points.size(); ++i) {
                        const TimePoint &p = ts->points.at(i);
                        const QString key = g == Granularity::Hour ? QString::number(i)
                            : g == Granularity::Month ? p.date.toString(QStringLiteral("yyyy-MM"))
                                                      : p.date.toString(Qt::ISODate);
                        checkMetrics(p.metrics, expected.value(key),
                                     QStringLiteral("site %1, %2, %3, bucket %4 (%5)")
                                         .arg(site)
                                         .arg(pname, fname, key, engineName));
                        sum += p.metrics;
                    }
                    for (const Metrics &m : expected)
                        expectedSum += m;
                    checkMetrics(sum, expectedSum,
                                 QStringLiteral("every bucket present: %1 %2").arg(pname, fname));
                    const qint64 days = iv.lastDay - iv.firstDay + 1;
                    if (g == Granularity::Day)
                        QCOMPARE(ts->points.size(), days);
                }
            }
        }
    }
}

void tst_QueryEngine::breakdownsMatchReference()
{
    QueryError error;
    QList<Field> fields;
    for (int i = 1; i < int(Dimension::Count); ++i)
        fields.append(Field {Dimension(i), {}});
    fields.append(Field {Dimension::EventName, QStringLiteral("plan")});
    const auto all = filterSets();
    const auto ps = periods();
    int nonEmpty = 0;
    // Per (field, metric): the reference's total, so every pair a breakdown reports is
    // compared on a count, not only on zeros.
    QMap<QString, qint64> exercised;
    for (qint32 site = 1; site <= 3; ++site) {
        for (int pi : {1, 2, 5, 6}) { // 24h, 7d, the DST day, custom
            const auto &[pname, period] = ps.at(pi);
            for (int fi : {0, 2, 6, 13}) {
                const auto &[fname, filters] = all.at(fi);
                for (const Field &field : fields) {
                    Query q;
                    q.siteId = site;
                    q.period = period;
                    q.filters = filters;
                    for (const auto &[engineName, engine] : engines(site)) {
                        const auto b = engine->breakdown(q, field, 1000, 0, &error);
                        QVERIFY2(b, qPrintable(error.message));
                        auto group
                            = [&](const RefEvent &re) { return valueOf(m_ref, re, field, false); };
                        const auto groups
                            = refGroups(m_ref, windowFor(site, b->interval), filters, group, group);
                        QList<BreakdownRow> expected;
                        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
                            const Metrics m = available(field, it.value());
                            if (!(m == Metrics {}))
                                expected.append({it.key(), m});
                        }
                        std::sort(expected.begin(), expected.end(),
                                  [](const BreakdownRow &a, const BreakdownRow &b) {
                                      return std::make_tuple(-a.metrics.visitors, -a.metrics.visits,
                                                             -a.metrics.pageviews,
                                                             -a.metrics.events, a.value)
                                          < std::make_tuple(-b.metrics.visitors, -b.metrics.visits,
                                                            -b.metrics.pageviews, -b.metrics.events,
                                                            b.value);
                                  });
                        const QString what
                            = QStringLiteral("site %1, %2, filter %3, by %4 (%5)")
                                  .arg(site)
                                  .arg(pname, fname, field.name(), engineName);
                        QStringList got, want;
                        for (const auto &r : b->rows)
                            got << r.value;
                        for (const auto &r : expected)
                            want << r.value;
                        QVERIFY2(b->totalRows == expected.size()
                                     && b->rows.size() == expected.size(),
                                 qPrintable(what
                                            + QStringLiteral(": rows [%1], expected [%2]")
                                                  .arg(got.join(QLatin1Char(',')),
                                                       want.join(QLatin1Char(',')))));
                        for (int i = 0; i < expected.size(); ++i) {
                            QVERIFY2(
                                b->rows.at(i).value == expected.at(i).value,
                                qPrintable(what
                                           + QStringLiteral(": row %1 is '%2', expected '%3'")
                                                 .arg(i)
                                                 .arg(b->rows.at(i).value, expected.at(i).value)));
                            checkMetrics(b->rows.at(i).metrics, expected.at(i).metrics,
                                         what + QStringLiteral(", row ") + expected.at(i).value);
                        }
                        nonEmpty += !expected.isEmpty();
                        for (const BreakdownRow &r : std::as_const(expected))
                            for (const QString &metric : reportedMetrics(field))
                                exercised[field.name() + u'|' + metric]
                                    += metricNamed(r.metrics, metric);
                        // Paging returns the same order.
                        if (expected.size() > 3) {
                            const auto page = engine->breakdown(q, field, 2, 1, &error);
                            QVERIFY(page);
                            QCOMPARE(page->rows.size(), 2);
                            QCOMPARE(page->rows.at(0).value, expected.at(1).value);
                            QCOMPARE(page->rows.at(1).value, expected.at(2).value);
                        }
                    }
                }
            }
        }
    }
    QVERIFY(nonEmpty > 200);
    for (const Field &field : std::as_const(fields)) {
        for (const QString &metric : reportedMetrics(field)) {
            const QString pair = field.name() + u'|' + metric;
            QVERIFY2(exercised.value(pair) > 0,
                     qPrintable(pair + QStringLiteral(" never counted")));
        }
    }
}

void tst_QueryEngine::vitalsMatchReference()
{
    QueryError error;
    const auto all = filterSets();
    const auto ps = periods();
    int compared = 0;
    for (qint32 site = 1; site <= 3; ++site) {
        for (int pi : {1, 2, 3}) {
            for (int fi : {0, 2, 5}) {
                Query q;
                q.siteId = site;
                q.period = ps.at(pi).second;
                q.filters = all.at(fi).second;
                for (const auto &[engineName, engine] : engines(site)) {
                    const auto v = engine->vitals(q, 5, &error);
                    QVERIFY2(v, qPrintable(error.message));
                    const auto pages
                        = engine->breakdown(q, Field {Dimension::Page, {}}, 5, 0, &error);
                    QVERIFY(pages);
                    QCOMPARE(v->routes.size(), pages->rows.size());
                    QList<VitalsRow> rows = v->routes;
                    rows.prepend(v->site);
                    for (const VitalsRow &row : rows) {
                        for (const QString &metric : vitalMetrics()) {
                            QList<double> samples;
                            for (const RefEvent &re : m_ref.events) {
                                const GenEvent &e = re.g;
                                if (e.site != site || e.kind != EventKind::Vitals
                                    || e.name != metric || e.ts < v->interval.fromSecs
                                    || e.ts >= v->interval.toSecs
                                    || (!row.route.isEmpty() && e.path != row.route))
                                    continue;
                                bool ok = true;
                                for (const Filter &f : std::as_const(q.filters))
                                    ok = ok && refMatches(f, *valueOf(m_ref, re, f.field, true));
                                if (ok)
                                    samples.append(e.value);
                            }
                            const auto stat = std::find_if(
                                row.stats.cbegin(), row.stats.cend(),
                                [&](const VitalStat &s) { return s.metric == metric; });
                            if (samples.isEmpty()) {
                                QVERIFY(stat == row.stats.cend());
                                continue;
                            }
                            QVERIFY2(stat != row.stats.cend(), qPrintable(metric + row.route));
                            QCOMPARE(stat->samples, qint64(samples.size()));
                            const double unit = metric == QLatin1String("CLS") ? 0.0001 : 1.0;
                            for (auto [p, got] :
                                 {std::pair {0.75, stat->p75}, std::pair {0.95, stat->p95}}) {
                                const double exact = exactPercentile(samples, p);
                                QVERIFY2(std::abs(got - exact) <= 0.0101 * exact + unit,
                                         qPrintable(QStringLiteral("%1 %2 p%3: exact %4, got %5")
                                                        .arg(metric, row.route)
                                                        .arg(p)
                                                        .arg(exact)
                                                        .arg(got)));
                            }
                            ++compared;
                        }
                    }
                }
            }
        }
    }
    QVERIFY(compared > 100);
}
