#include "worldatlas.h"

#include <QFile>
#include <QPolygonF>
#include <cmath>
#include <numbers>

namespace raycstr::ui {

namespace {
// The map stops short of Antarctica (left out of the resource) and of the far north.
constexpr double SouthEdge = -58;
constexpr double NorthEdge = 84;

// Centroid of a closed ring by the shoelace formula (its first vertex for a degenerate one).
QPointF ringCentroid(const QPolygonF &ring, double *area)
{
    double a = 0, cx = 0, cy = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QPointF p = ring.at(i), q = ring.at(i + 1);
        const double cross = p.x() * q.y() - q.x() * p.y();
        a += cross;
        cx += (p.x() + q.x()) * cross;
        cy += (p.y() + q.y()) * cross;
    }
    *area = std::abs(a / 2);
    if (std::abs(a) < 1e-12)
        return ring.value(0);
    return QPointF(cx / (3 * a), cy / (3 * a));
}
} // namespace

QPointF WorldAtlas::project(double lon, double lat)
{
    // Natural Earth projection, polynomial form (Šavrič, Jenny, Patterson, Petrovič,
    // Hurni 2011); y negated so that north is up on screen.
    const double l = lon * std::numbers::pi / 180;
    const double p = lat * std::numbers::pi / 180;
    const double p2 = p * p, p4 = p2 * p2;
    const double x
        = l * (0.870700 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
    const double y
        = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
    return QPointF(x, -y);
}

WorldAtlas WorldAtlas::parse(const QByteArray &text, QString *error)
{
    WorldAtlas atlas;
    QList<QByteArray> lines = text.split('\n');
    Country *current = nullptr;
    QPolygonF largest;
    double largestArea = -1;
    auto finish = [&] {
        if (current && !largest.isEmpty())
            current->centroid = ringCentroid(largest, &largestArea);
        largest.clear();
        largestArea = -1;
    };
    int lineNo = 0;
    for (const QByteArray &line : lines) {
        ++lineNo;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (line.startsWith("C\t") && fields.size() == 3) {
            finish();
            const QString code = QString::fromLatin1(fields.at(1));
            atlas.m_countries.append({code == QLatin1String("-") ? QString() : code,
                                      QString::fromUtf8(fields.at(2)),
                                      QPainterPath(),
                                      {}});
            current = &atlas.m_countries.last();
            current->path.setFillRule(Qt::OddEvenFill);
            continue;
        }
        if (line.startsWith("R\t") && fields.size() == 2 && current) {
            QPolygonF ring;
            for (const QByteArray &pair : fields.at(1).split(' ')) {
                const qsizetype comma = pair.indexOf(',');
                bool okX = false, okY = false;
                const double lon = pair.left(comma).toDouble(&okX);
                const double lat = pair.mid(comma + 1).toDouble(&okY);
                if (comma < 0 || !okX || !okY) {
                    *error = QStringLiteral("world map line %1: bad point \"%2\"")
                                 .arg(lineNo)
                                 .arg(QString::fromLatin1(pair));
                    return {};
                }
                ring.append(project(lon, std::clamp(lat, SouthEdge, NorthEdge)));
            }
            current->path.addPolygon(ring);
            current->path.closeSubpath();
            double area = 0;
            ringCentroid(ring, &area);
            if (area > largestArea) {
                largestArea = area;
                largest = ring;
            }
            continue;
        }
        *error = QStringLiteral("world map line %1: neither a country nor a ring").arg(lineNo);
        return {};
    }
    finish();
    if (atlas.m_countries.isEmpty()) {
        *error = QStringLiteral("the world map has no countries");
        return {};
    }
    // The outline: the meridians at ±180° between the map's edges, joined by its parallels.
    QPolygonF outline;
    for (double lat = SouthEdge; lat <= NorthEdge; lat += 2)
        outline.append(project(180, lat));
    for (double lat = NorthEdge; lat >= SouthEdge; lat -= 2)
        outline.append(project(-180, lat));
    atlas.m_outline.addPolygon(outline);
    atlas.m_outline.closeSubpath();
    return atlas;
}

const WorldAtlas &WorldAtlas::embedded()
{
    static const WorldAtlas atlas = [] {
        QFile f(QStringLiteral(":/raycstr/worldmap/countries.txt"));
        QString error;
        WorldAtlas a;
        if (!f.open(QIODevice::ReadOnly))
            error = QStringLiteral("the world map resource is missing");
        else
            a = parse(f.readAll(), &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error)); // a broken build; the map stays empty
        return a;
    }();
    return atlas;
}

const WorldAtlas::Country *WorldAtlas::country(const QString &code) const
{
    for (const Country &c : m_countries)
        if (!code.isEmpty() && c.code == code)
            return &c;
    return nullptr;
}

} // namespace raycstr::ui
