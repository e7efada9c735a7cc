#include "store/raweventreader.h"

#include "store/eventkey.h"

namespace raycstr {

namespace {

// Interned ids of 0 are NULL (see the schema): LEFT JOINs, and NULL text reads as "".
constexpr const char *sql = R"(
SELECT e.id, e.kind, e.visit_age, h.value, p.value, s.value, r.value, us.value, um.value,
       uc.value, ucn.value, ut.value, e.country, d.value, b.value, bv.value, o.value, ov.value,
       n.value, pr.value, e.value
FROM events e
LEFT JOIN pages pg ON pg.id = e.page
LEFT JOIN strings h ON h.id = pg.hostname
LEFT JOIN strings p ON p.id = pg.path
LEFT JOIN acquisitions a ON a.id = e.acquisition
LEFT JOIN strings s ON s.id = a.source
LEFT JOIN strings r ON r.id = a.referrer
LEFT JOIN strings us ON us.id = a.utm_source
LEFT JOIN strings um ON um.id = a.utm_medium
LEFT JOIN strings uc ON uc.id = a.utm_campaign
LEFT JOIN strings ucn ON ucn.id = a.utm_content
LEFT JOIN strings ut ON ut.id = a.utm_term
LEFT JOIN agents g ON g.id = e.agent
LEFT JOIN strings d ON d.id = g.device
LEFT JOIN strings b ON b.id = g.browser
LEFT JOIN strings bv ON bv.id = g.browser_version
LEFT JOIN strings o ON o.id = g.os
LEFT JOIN strings ov ON ov.id = g.os_version
LEFT JOIN strings n ON n.id = e.name
LEFT JOIN strings pr ON pr.id = e.props
WHERE e.id >= ?1 AND e.id < ?2
ORDER BY e.id)";

QString countryCode(qint64 packed)
{
    if (packed <= 0)
        return QString();
    const QChar code[] = {QChar(char16_t((packed >> 8) & 0xff)), QChar(char16_t(packed & 0xff))};
    return QString(code, 2);
}

} // namespace

QString RawEventReader::kindName(int kind)
{
    static const char *const names[] = {"pageview", "custom", "vitals", "engagement"};
    return kind >= 0 && kind < 4 ? QLatin1String(names[kind]) : QString::number(kind);
}

qint64 RawEventReader::read(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                            const std::function<void(const Row &)> &row, QString *error)
{
    Statement st;
    if (!st.prepare(*m_db, sql, error))
        return -1;
    st.bind(1, EventKey::rangeBegin(siteId, fromSecs)).bind(2, EventKey::rangeEnd(siteId, toSecs));
    qint64 count = 0;
    while (st.next()) {
        Row r;
        r.ts = EventKey::tsOf(st.int64(0));
        r.kind = int(st.int64(1));
        r.visitAge = st.int64(2);
        QString *texts[] = {&r.hostname,  &r.path,        &r.source,     &r.referrer, &r.utmSource,
                            &r.utmMedium, &r.utmCampaign, &r.utmContent, &r.utmTerm};
        for (int i = 0; i < 9; ++i)
            *texts[i] = st.text(3 + i);
        r.country = countryCode(st.isNull(12) ? 0 : st.int64(12));
        QString *more[]
            = {&r.device, &r.browser, &r.browserVersion, &r.os, &r.osVersion, &r.name, &r.props};
        for (int i = 0; i < 7; ++i)
            *more[i] = st.text(13 + i);
        r.hasValue = !st.isNull(20);
        r.value = r.hasValue ? st.real(20) : 0;
        row(r);
        ++count;
    }
    if (!st.ok()) {
        *error = st.error();
        return -1;
    }
    return count;
}

} // namespace raycstr
