#include "worldmappanel.h"

#include "ui/text/format.h"
#include "ui/widgets/worldmap.h"

#include <QLabel>
#include <QVBoxLayout>

namespace raycstr::ui {

namespace {
// More than there are countries: the map shows them all.
constexpr int AllCountries = 300;
} // namespace

WorldMapPanel::WorldMapPanel(DataSource *source, QWidget *parent)
    : Card(tr("Map"), parent)
    , m_map(new WorldMap(this))
    , m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("worldMap"));
    body()->addWidget(m_map, 1);
    body()->addWidget(m_legend);
    m_legend->setWordWrap(true);
    connect(m_map, &WorldMap::countryClicked, this, [this](const QString &code) {
        Q_EMIT filterRequested(QStringLiteral("country"), code);
    });
    setSource(source);
}

void WorldMapPanel::setSource(DataSource *source)
{
    m_source = source;
    m_pending = 0;
    m_map->setVisitors({}); // never another source's countries
    m_legend->clear();
}

void WorldMapPanel::refresh(const DashboardQuery &query)
{
    if (!m_source)
        return;
    m_pending = m_source->ask(
        m_lane, stats::Breakdown {query, fieldNamed(QStringLiteral("country")), AllCountries}, this,
        [this](const Answer<query::BreakdownResult> &a) {
            if (a.id() != m_pending)
                return;
            m_pending = 0;
            QHash<QString, qint64> visitors;
            qint64 unknown = 0;
            if (a) {
                for (const query::BreakdownRow &row : a->rows) {
                    if (row.value.isEmpty())
                        unknown += row.metrics.visitors;
                    else
                        visitors.insert(row.value, row.metrics.visitors);
                }
            }
            m_map->setVisitors(visitors);
            m_legend->setText(
                !a ? a.error()
                    : unknown > 0
                    ? tr("Visitors of unknown country: %1").arg(format::count(unknown))
                    : QString());
            m_legend->setVisible(!m_legend->text().isEmpty());
            Q_EMIT updated();
        });
}

} // namespace raycstr::ui
