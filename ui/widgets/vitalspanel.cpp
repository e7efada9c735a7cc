#include "vitalspanel.h"

#include "ui/models/vitalsmodel.h"
#include "ui/text/format.h"
#include "ui/widgets/tableexport.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace raycstr::ui {

VitalsPanel::VitalsPanel(DataSource *source, QWidget *parent)
    : Card(tr("Web Vitals"), parent)
    , m_view(new QTableView(this))
    , m_empty(new QLabel(tr("No Web Vitals reported in this period"), this))
    , m_model(new VitalsModel(this))
{
    const QPalette p = palette();
    auto legend = [&](VitalRating r, const QString &text) {
        auto *l = new QLabel(QStringLiteral("<span style='color:%1'>●</span> %2")
                                 .arg(theme::rating(r, p).name(), text.toHtmlEscaped()),
                             this);
        header()->addWidget(l);
    };
    legend(VitalRating::Good, tr("good"));
    legend(VitalRating::NeedsImprovement, tr("needs improvement"));
    legend(VitalRating::Poor, tr("poor"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setShowGrid(false);
    m_view->setFrameShape(QFrame::NoFrame);
    passWheelAtEnds(m_view);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setStyleSheet(QStringLiteral(
        "QTableView { background: transparent; } QHeaderView::section { background: transparent;"
        " border: none; padding: 2px 6px; font-weight: bold; }"));
    m_view->setAccessibleName(tr("Web Vitals"));
    // Room for the whole site and the eight routes asked for: the card never scrolls.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 9
                             + m_view->horizontalHeader()->sizeHint().height() + 4);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    auto *stack = new QStackedLayout;
    stack->addWidget(m_view);
    stack->addWidget(m_empty);
    stack->setCurrentIndex(1);
    body()->addLayout(stack);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this, stack] { stack->setCurrentIndex(m_model->rowCount() ? 0 : 1); });
    TableExport::addButton(this, m_view,
                           [this] { return TableExport::vitals(window(), m_source, m_query); });
    setSource(source);
}

void VitalsPanel::setSource(DataSource *source)
{
    m_source = source;
    m_pending = 0;
    m_model->clear(); // the old source's rows are not the new one's
}

void VitalsPanel::refresh(const DashboardQuery &query)
{
    m_query = query;
    if (!m_source)
        return;
    m_pending = m_source->ask(m_lane, stats::Vitals {query, 8}, this,
                              [this](const Answer<query::VitalsResult> &a) {
                                  if (a.id() != m_pending)
                                      return;
                                  m_pending = 0;
                                  if (a) {
                                      m_model->setResult(*a);
                                  } else {
                                      m_model->clear();
                                      m_empty->setText(tr("Could not load: %1").arg(a.error()));
                                  }
                                  Q_EMIT updated();
                              });
}

} // namespace raycstr::ui
