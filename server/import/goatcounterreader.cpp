#include "import/goatcounterreader.h"

#include "import/logformat.h"

#include <QCoreApplication>
#include <QUrl>

namespace raycstr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("raycstr::GoatCounterReader", text);
}

enum Column {
    Path,
    Title,
    EventColumn,
    UserAgent,
    Browser,
    System,
    Session,
    Bot,
    Referrer,
    ReferrerScheme,
    ScreenSize,
    Location,
    FirstVisit,
    Date,
    ColumnCount
};

// "Firefox 139" → ("Firefox", "139"); "Chrome Mobile iOS 120.0" → ("Chrome Mobile iOS", "120").
QPair<QString, QString> nameAndVersion(const QString &text)
{
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
    if (space > 0 && space + 1 < text.size() && text.at(space + 1).isDigit())
        return {text.first(space), text.sliced(space + 1).section(QLatin1Char('.'), 0, 0)};
    return {text, QString()};
}

// Screen width → device, as GoatCounter itself buckets screen sizes.
DeviceType deviceOf(const QString &screen)
{
    bool ok = false;
    const int width = screen.section(QLatin1Char(','), 0, 0).toInt(&ok);
    if (!ok || width <= 0)
        return DeviceType::Unknown;
    if (width < 768)
        return DeviceType::Mobile;
    if (width < 1024)
        return DeviceType::Tablet;
    return DeviceType::Desktop;
}

} // namespace

GoatCounterReader::GoatCounterReader(const QString &file, const QString &siteDomain)
    : m_file(file)
    , m_domain(siteDomain)
{ }

QString GoatCounterReader::header()
{
    return QStringLiteral("2Path,Title,Event,UserAgent,Browser,System,Session,Bot,Referrer,"
                          "Referrer scheme,Screen size,Location,FirstVisit,Date");
}

ImportError GoatCounterReader::errorAt(qsizetype field, const QString &message) const
{
    return {m_file, m_csv.recordLine(), m_csv.fieldColumn(field), message};
}

bool GoatCounterReader::open(ImportError *error)
{
    QString message;
    if (!m_csv.open(m_file, &message)) {
        *error = {m_file, 0, 0, message};
        return false;
    }
    const CsvReader::Result r = m_csv.next(&m_fields, &message);
    if (r == CsvReader::Result::Error) {
        *error = {m_file, m_csv.errorLine(), m_csv.errorColumn(), message};
        return false;
    }
    if (r == CsvReader::Result::End) {
        *error = {m_file, 1, 1, tr("empty file: expected GoatCounter's CSV header")};
        return false;
    }
    const QStringList expected = header().split(QLatin1Char(','));
    const QString first = m_fields.value(0);
    if (!first.endsWith(QLatin1String("Path")) || first == QLatin1String("Path")) {
        *error = errorAt(0,
                         tr("not a GoatCounter CSV export (the header should start with "
                            "'2Path')"));
        return false;
    }
    if (first != expected.first()) {
        *error = errorAt(0,
                         tr("GoatCounter export format version %1: only version 2 is read")
                             .arg(first.chopped(4)));
        return false;
    }
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (m_fields.value(i) != expected.at(i)) {
            *error = errorAt(i, tr("expected the column '%1' here").arg(expected.at(i)));
            return false;
        }
    }
    return true;
}

HitReader::Result GoatCounterReader::next(Hit *hit, ImportError *error)
{
    for (;;) {
        QString message;
        const CsvReader::Result r = m_csv.next(&m_fields, &message);
        if (r == CsvReader::Result::End)
            return Result::End;
        if (r == CsvReader::Result::Error) {
            *error = {m_file, m_csv.errorLine(), m_csv.errorColumn(), message};
            return Result::Error;
        }
        ++m_rows;
        if (m_fields.size() != ColumnCount) {
            *error
                = errorAt(qMin<qsizetype>(m_fields.size(), ColumnCount) - 1,
                          tr("expected %1 fields, found %2").arg(ColumnCount).arg(m_fields.size()));
            return Result::Error;
        }
        const QString &bot = m_fields.at(Bot);
        if (!bot.isEmpty() && bot != QLatin1String("0")) {
            m_skipped[QStringLiteral("bot")] += 1;
            continue;
        }
        const qint64 ms = parseTimeIso8601(m_fields.at(Date).toUtf8());
        if (ms < 0) {
            *error = errorAt(Date, tr("not a date: '%1'").arg(m_fields.at(Date)));
            return Result::Error;
        }
        const QString &event = m_fields.at(EventColumn);
        const bool isEvent = event == QLatin1String("true") || event == QLatin1String("1");
        if (!isEvent && event != QLatin1String("false") && event != QLatin1String("0")
            && !event.isEmpty()) {
            *error = errorAt(EventColumn, tr("expected true or false, found '%1'").arg(event));
            return Result::Error;
        }
        const QString &path = m_fields.at(Path);
        if (!isEvent && !path.startsWith(QLatin1Char('/'))) {
            m_skipped[QStringLiteral("bad_path")] += 1;
            continue;
        }
        *hit = Hit();
        hit->timestampMs = ms;
        QString url
            = QStringLiteral("https://") + m_domain + (isEvent ? QStringLiteral("/") : path);
        if (isEvent) {
            hit->kind = EventKind::Custom;
            hit->name = path.left(Limits::MaxNameLength);
        }
        const QString &ref = m_fields.at(Referrer);
        const QString &scheme = m_fields.at(ReferrerScheme);
        if (!ref.isEmpty()) {
            if (scheme == QLatin1String("h") || scheme.isEmpty()) {
                hit->referrer
                    = ref.contains(QLatin1String("://")) ? ref : QStringLiteral("https://") + ref;
            } else {
                url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                    + QStringLiteral("utm_source=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(ref));
            }
        }
        hit->url = url;
        auto resolved = std::make_shared<Hit::Resolved>();
        const auto [browser, browserVersion] = nameAndVersion(m_fields.at(Browser));
        const auto [os, osVersion] = nameAndVersion(m_fields.at(System));
        resolved->agent
            = Agent {browser, browserVersion, os, osVersion, deviceOf(m_fields.at(ScreenSize))};
        const QString &location = m_fields.at(Location);
        if (location.size() >= 2)
            resolved->country = location.first(2).toUpper();
        const QString &session = m_fields.at(Session);
        resolved->visitorKey = session.isEmpty()
            ? QByteArray("row:") + QByteArray::number(m_csv.recordLine())
            : QByteArray("session:") + session.toUtf8();
        hit->resolved = std::move(resolved);
        return Result::Hit;
    }
}

} // namespace raycstr
