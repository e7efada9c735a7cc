#include "breakdownpanel.h"

#include "ui/models/breakdownmodel.h"
#include "ui/widgets/detailsdialog.h"
#include "ui/widgets/inlinebardelegate.h"
#include "ui/widgets/tableexport.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace raycstr::ui {

BreakdownPanel::BreakdownPanel(const QString &title, const QList<Tab> &tabs, DataSource *source,
                               QWidget *parent)
    : Card(title, parent)
    , m_tabs(tabs)
    , m_tabBar(new QTabBar(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(tr("No data for this period"), this))
    , m_details(new QPushButton(tr("Details"), this))
    , m_model(new BreakdownModel(this))
{
    for (const Tab &t : tabs)
        m_tabBar->addTab(t.label);
    m_tabBar->setDrawBase(false);
    m_tabBar->setExpanding(false);
    m_tabBar->setDocumentMode(true);
    if (tabs.size() > 1)
        setTabs(m_tabBar);
    else
        m_tabBar->hide();
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(BreakdownModel::ValueColumn,
                                     new InlineBarDelegate(BreakdownModel::BarRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAlternatingRowColors(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(BreakdownModel::ValueColumn,
                                                     QHeaderView::Stretch);
    for (int c = BreakdownModel::VisitorsColumn; c < BreakdownModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Room for every row asked for (9) and the header: panels never scroll.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 9
                             + m_view->horizontalHeader()->sizeHint().height() + 4);
    m_view->setCursor(Qt::PointingHandCursor);
    passWheelAtEnds(m_view);
    m_view->setAccessibleName(title);
    m_view->setToolTip(tr("Click a row to filter the dashboard by it"));
    m_view->setStyleSheet(QStringLiteral(
        "QTableView { background: transparent; } QHeaderView::section { background: transparent;"
        " border: none; padding: 2px 6px; font-weight: bold; }"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    auto *stack = new QStackedLayout;
    stack->addWidget(m_view);
    stack->addWidget(m_empty);
    body()->addLayout(stack);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this, stack] { stack->setCurrentIndex(m_model->rowCount() ? 0 : 1); });
    stack->setCurrentIndex(1);
    // Under the table, as in Plausible: the title row is the tabs' room.
    m_details->setObjectName(QStringLiteral("detailsButton"));
    m_details->setFlat(true);
    m_details->setCursor(Qt::PointingHandCursor);
    m_details->setToolTip(tr("Every row, with search and sorting (Ctrl+D)"));
    m_details->setAccessibleName(tr("Details of %1").arg(title));
    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_details);
    body()->addLayout(footer);
    connect(m_details, &QPushButton::clicked, this, &BreakdownPanel::openDetails);
    auto *details = new QAction(tr("Details…"), this);
    details->setObjectName(QStringLiteral("details"));
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    details->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(details, &QAction::triggered, this, &BreakdownPanel::openDetails);
    addAction(details);

    connect(m_tabBar, &QTabBar::currentChanged, this, [this] {
        if (!m_query.site.isEmpty())
            refresh(m_query);
    });
    auto filterRow = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT filterRequested(m_model->field(), m_model->valueAt(index.row()));
    };
    connect(m_view, &QTableView::clicked, this, filterRow);
    connect(m_view, &QTableView::activated, this, filterRow);
    // Every row of the tab shown, not only the nine on screen.
    TableExport::addButton(this, m_view, [this] {
        return TableExport::breakdown(window(), m_source, m_query, currentField());
    });
    m_view->addAction(details); // the context menu (TableExport made it one of actions)
    setSource(source);
}

void BreakdownPanel::setSource(DataSource *source)
{
    m_source = source;
    m_pending = 0;
    m_model->clear(); // the old source's rows are not the new one's
}

QString BreakdownPanel::currentField() const
{
    return m_tabs.value(std::max(0, m_tabBar->currentIndex())).field;
}

void BreakdownPanel::setCurrentTab(int index)
{
    m_tabBar->setCurrentIndex(index);
}

void BreakdownPanel::refresh(const DashboardQuery &query)
{
    m_query = query;
    if (!m_source)
        return;
    m_pending = m_source->ask(m_lane, stats::Breakdown {query, fieldNamed(currentField()), 9},
                              this, [this](const auto &a) { onAnswer(a); });
}

DetailsDialog *BreakdownPanel::openDetails()
{
    if (!m_source || m_query.site.isEmpty())
        return nullptr;
    const int tab = std::max(0, m_tabBar->currentIndex());
    DetailsDialog *dialog
        = DetailsDialog::showFor(m_source, m_query, currentField(), m_tabs.value(tab).label, window());
    dialog->setTotalVisitors(m_model->totalVisitors()); // the same shares as on the card
    connect(dialog, &DetailsDialog::filterRequested, this, &BreakdownPanel::filterRequested);
    return dialog;
}

void BreakdownPanel::setTotalVisitors(qint64 visitors)
{
    m_model->setTotalVisitors(visitors);
}

void BreakdownPanel::onAnswer(const Answer<query::BreakdownResult> &a)
{
    if (a.id() != m_pending)
        return;
    m_pending = 0;
    if (a) {
        m_model->setResult(currentField(), *a);
    } else {
        m_model->clear();
        m_empty->setText(tr("Could not load: %1").arg(a.error()));
    }
    Q_EMIT updated();
}

} // namespace raycstr::ui
