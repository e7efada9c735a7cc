#include "goalspanel.h"

#include "ui/models/breakdownmodel.h"
#include "ui/models/goalsmodel.h"
#include "ui/text/format.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/inlinebardelegate.h"
#include "ui/widgets/detailsdialog.h"
#include "ui/widgets/tableexport.h"
#include "ui/widgets/vitalspanel.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedLayout>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace raycstr::ui {

namespace {
constexpr int Rows = 9; // as the breakdown panels

QTableView *makeTable(const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setFrameShape(QFrame::NoFrame);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * Rows
                           + view->horizontalHeader()->sizeHint().height() + 4);
    view->setCursor(Qt::PointingHandCursor);
    passWheelAtEnds(view);
    view->setAccessibleName(name);
    view->setStyleSheet(QStringLiteral(
        "QTableView { background: transparent; } QHeaderView::section { background: transparent;"
        " border: none; padding: 2px 6px; font-weight: bold; }"));
    return view;
}

void stretchFirst(QTableView *view)
{
    QHeaderView *h = view->horizontalHeader();
    if (!view->model())
        return;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        h->setSectionResizeMode(c, c == 0 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}
} // namespace

GoalsPanel::GoalsPanel(DataSource *source, QWidget *parent)
    : Card(tr("Goals"), parent)
    , m_tabs(new QTabBar(this))
    , m_addGoal(new QPushButton(tr("Add goal…"), this))
    , m_details(new QPushButton(tr("Details"), this))
    , m_pages(new QStackedLayout)
    , m_goals(new GoalsModel(this))
    , m_goalsView(makeTable(tr("Goals"), this))
    , m_goalsEmpty(new QLabel(this))
    , m_goalsStack(new QStackedLayout)
    , m_crumbRow(new QWidget(this))
    , m_backButton(new QPushButton(tr("‹ Back"), m_crumbRow))
    , m_crumb(new QLabel(m_crumbRow))
    , m_eventsView(makeTable(tr("Custom events"), this))
    , m_eventsEmpty(new QLabel(this))
    , m_eventsStack(new QStackedLayout)
    , m_names(new BreakdownModel(this))
    , m_keys(new QStandardItemModel(this))
    , m_values(new BreakdownModel(this))
{
    setObjectName(QStringLiteral("goals"));
    m_tabs->addTab(tr("Goals"));
    m_tabs->addTab(tr("Custom events"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    setTabs(m_tabs);
    m_addGoal->setFlat(true);
    m_addGoal->setToolTip(tr("Count the visits that reach a page or send an event"));
    // Shown on the goals tab only, it keeps its room on the other: the tabs beside it stay
    // under the cursor (issue 20).
    QSizePolicy keepRoom = m_addGoal->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_addGoal->setSizePolicy(keepRoom);
    header()->addWidget(m_addGoal);

    m_goalsView->setModel(m_goals);
    m_goalsView->setItemDelegateForColumn(GoalsModel::NameColumn,
                                          new InlineBarDelegate(GoalsModel::BarRole, m_goalsView));
    m_goalsView->setToolTip(tr("Click a goal to show only the visits that converted"));
    stretchFirst(m_goalsView);
    for (QLabel *l : {m_goalsEmpty, m_eventsEmpty}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        l->setEnabled(false);
    }
    m_goalsEmpty->setText(tr("No goals yet. Add one to count the visits that reach a page or "
                             "send an event."));
    auto *goalsPage = new QWidget(this);
    goalsPage->setLayout(m_goalsStack);
    m_goalsStack->addWidget(m_goalsView);
    m_goalsStack->addWidget(m_goalsEmpty);

    auto *crumbs = new QHBoxLayout(m_crumbRow);
    crumbs->setContentsMargins(0, 0, 0, 0);
    m_backButton->setFlat(true);
    m_backButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    crumbs->addWidget(m_backButton);
    crumbs->addWidget(m_crumb, 1);
    auto *eventsPage = new QWidget(this);
    auto *ev = new QVBoxLayout(eventsPage);
    ev->setContentsMargins(0, 0, 0, 0);
    ev->addWidget(m_crumbRow);
    ev->addLayout(m_eventsStack);
    m_eventsStack->addWidget(m_eventsView);
    m_eventsStack->addWidget(m_eventsEmpty);
    m_keys->setHorizontalHeaderLabels({tr("Property"), tr("Visitors"), tr("Events")});
    m_eventsView->setModel(m_names);
    m_eventsView->setItemDelegateForColumn(
        0, new InlineBarDelegate(BreakdownModel::BarRole, m_eventsView));

    m_pages->addWidget(goalsPage);
    m_pages->addWidget(eventsPage);
    body()->addLayout(m_pages);
    m_crumbRow->hide();

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int tab) {
        m_pages->setCurrentIndex(tab);
        m_addGoal->setVisible(tab == GoalsTab);
        m_exportAction->setEnabled(tab == GoalsTab || m_level != PropertyKeys);
        m_detailsAction->setEnabled(tab == EventsTab && m_level != PropertyKeys);
        if (tab == EventsTab)
            requestEvents();
    });
    auto goalClicked = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT filterRequested(QStringLiteral("goal"), m_goals->goalNameAt(index.row()));
    };
    connect(m_goalsView, &QTableView::clicked, this, goalClicked);
    // Remove a goal: Delete on the row, or its context menu (its events stay).
    auto *remove = new QAction(tr("Remove goal"), m_goalsView);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_goalsView->addAction(remove);
    m_goalsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(remove, &QAction::triggered, this, [this] {
        const int row = m_goalsView->currentIndex().row();
        if (!m_source || row < 0)
            return;
        const QString name = m_goals->goalNameAt(row);
        if (QMessageBox::question(this, tr("Remove goal"),
                                  tr("Remove the goal “%1”? Its events stay.").arg(name))
            == QMessageBox::Yes)
            m_source->ask(definitions::RemoveGoal {m_query.site, m_goals->goalIdAt(row)}, this,
                          [](const Answer<Done> &) {}); // announced: goalsChanged
    });
    connect(m_goalsView, &QTableView::activated, this, goalClicked);
    auto eventClicked = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        if (m_level == EventNames)
            openEvent(m_names->valueAt(index.row()));
        else if (m_level == PropertyKeys)
            openKey(m_keys->item(index.row(), 0)->text());
        else // a value: filter the dashboard by it
            Q_EMIT filterRequested(QStringLiteral("prop:") + m_key, m_values->valueAt(index.row()));
    };
    connect(m_eventsView, &QTableView::clicked, this, eventClicked);
    connect(m_eventsView, &QTableView::activated, this, eventClicked);
    connect(m_backButton, &QPushButton::clicked, this, &GoalsPanel::back);
    connect(m_addGoal, &QPushButton::clicked, this, &GoalsPanel::addGoalDialog);
    // The table shown: the goals, the event names, or one property's values (its keys are
    // only the way there).
    m_exportAction = TableExport::addButton(this, m_goalsView, [this] {
        if (m_tabs->currentIndex() == GoalsTab)
            return TableExport::goals(window(), m_source, m_query);
        if (m_level == PropertyKeys)
            return static_cast<TableExport *>(nullptr);
        return TableExport::breakdown(window(), m_source, eventsQuery(), eventsField());
    });
    m_eventsView->addAction(m_exportAction);
    // Every event name (or value of a property), as the breakdown cards have: the goals are
    // all on the card already, and property keys are only the way to their values.
    m_detailsAction = new QAction(tr("Details…"), this);
    m_detailsAction->setObjectName(QStringLiteral("details"));
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_detailsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_detailsAction);
    m_eventsView->addAction(m_detailsAction);
    connect(m_detailsAction, &QAction::triggered, this, &GoalsPanel::openDetails);
    m_details->setObjectName(QStringLiteral("detailsButton"));
    m_details->setFlat(true);
    m_details->setToolTip(tr("Every row, with search and sorting (Ctrl+D)"));
    connect(m_details, &QPushButton::clicked, this, &GoalsPanel::openDetails);
    connect(m_detailsAction, &QAction::enabledChanged, m_details, &QWidget::setVisible);
    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_details);
    body()->addLayout(footer);
    // Hidden on the goals tab, the button keeps its room: the table does not jump.
    QSizePolicy keep = m_details->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_details->setSizePolicy(keep);
    m_detailsAction->setEnabled(false);
    m_goalsStack->setCurrentIndex(1);
    m_eventsStack->setCurrentIndex(1);
    setSource(source);
}

void GoalsPanel::install(DashboardView *dashboard)
{
    // Above Web Vitals, in the dashboard's column of cards.
    QWidget *vitals = dashboard->vitals();
    if (auto *column = qobject_cast<QBoxLayout *>(vitals->parentWidget()->layout()))
        column->insertWidget(column->indexOf(vitals), this);
    connect(this, &GoalsPanel::filterRequested, dashboard->filterBar(), &FilterBar::addFilter);
    // The dashboard applies a chip first (connected earlier), so its query is current here.
    connect(dashboard->filterBar(), &FilterBar::filtersChanged, this,
            [this, dashboard] { refresh(dashboard->query()); });
}

void GoalsPanel::setSource(DataSource *source)
{
    disconnect(m_changed);
    m_source = source;
    m_goalsPending = m_eventsPending = 0;
    m_goals->clear(); // the old source's conversions are not the new one's
    if (!source)
        return;
    m_changed = connect(source, &DataSource::goalsChanged, this, [this](const QString &site) {
        if (site == m_query.site)
            refresh(m_query);
    });
}

void GoalsPanel::onGoals(const Answer<query::GoalsResult> &a)
{
    if (a.id() != m_goalsPending)
        return;
    m_goalsPending = 0;
    if (!a) {
        m_goals->clear();
        m_goalsEmpty->setText(tr("Could not load: %1").arg(a.error()));
        m_goalsStack->setCurrentIndex(1);
        Q_EMIT updated();
        return;
    }
    m_goals->setResult(*a);
    bool revenue = false; // the column only when some goal earns
    for (const query::GoalRow &row : a->rows)
        revenue = revenue || !row.revenue.isEmpty();
    m_goalsView->setColumnHidden(GoalsModel::RevenueColumn, !revenue);
    m_goalsView->setColumnHidden(GoalsModel::AverageRevenueColumn, !revenue);
    m_goalsStack->setCurrentIndex(a->rows.isEmpty() ? 1 : 0);
    Q_EMIT updated();
}

template<typename T>
bool GoalsPanel::takeEvents(const Answer<T> &a)
{
    if (a.id() != m_eventsPending) // asked before setSource() or a newer question
        return false;
    m_eventsPending = 0;
    if (!a) {
        m_eventsEmpty->setText(tr("Could not load: %1").arg(a.error()));
        m_eventsStack->setCurrentIndex(1);
        Q_EMIT updated();
    }
    return bool(a);
}

void GoalsPanel::onEventRows(const Answer<query::BreakdownResult> &a)
{
    if (!takeEvents(a))
        return;
    BreakdownModel *model = m_level == EventNames ? m_names : m_values;
    model->setResult(a->field.name(), *a);
    m_eventsView->setModel(model);
    stretchFirst(m_eventsView);
    m_eventsEmpty->setText(tr("No custom events in this period"));
    m_eventsStack->setCurrentIndex(a->rows.isEmpty() ? 1 : 0);
    Q_EMIT updated();
}

void GoalsPanel::onPropertyKeys(const Answer<QList<query::PropertyKeyRow>> &a)
{
    if (!takeEvents(a))
        return;
    m_keys->removeRows(0, m_keys->rowCount());
    for (const query::PropertyKeyRow &k : *a) {
        QList<QStandardItem *> row {new QStandardItem(k.key),
                                    new QStandardItem(format::number(k.visitors)),
                                    new QStandardItem(format::number(k.events))};
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_keys->appendRow(row);
    }
    m_eventsView->setModel(m_keys);
    stretchFirst(m_eventsView);
    m_eventsEmpty->setText(tr("“%1” has no properties in this period").arg(m_event));
    m_eventsStack->setCurrentIndex(a->isEmpty() ? 1 : 0);
    Q_EMIT updated();
}

void GoalsPanel::refresh(const DashboardQuery &query)
{
    if (query.site != m_query.site) {
        m_level = EventNames;
        m_event.clear();
        m_key.clear();
    }
    m_query = query;
    if (!m_source || query.site.isEmpty())
        return;
    m_goalsPending = m_source->ask(m_goalsLane, stats::GoalConversions {query}, this,
                                   [this](const auto &a) { onGoals(a); });
    if (currentTab() == EventsTab)
        requestEvents();
}

void GoalsPanel::requestEvents()
{
    if (!m_source || m_query.site.isEmpty())
        return;
    m_crumbRow->setVisible(m_level != EventNames);
    m_crumb->setText(breadcrumb());
    m_exportAction->setEnabled(currentTab() == GoalsTab || m_level != PropertyKeys);
    m_detailsAction->setEnabled(currentTab() == EventsTab && m_level != PropertyKeys);
    if (m_level == PropertyKeys) {
        m_eventsPending = m_source->ask(m_eventsLane, stats::PropertyKeys {eventsQuery()}, this,
                                        [this](const auto &a) { onPropertyKeys(a); });
        return;
    }
    m_eventsPending = m_source->ask(
        m_eventsLane, stats::Breakdown {eventsQuery(), fieldNamed(eventsField()), 50}, this,
        [this](const auto &a) { onEventRows(a); });
}

DashboardQuery GoalsPanel::eventsQuery() const
{
    DashboardQuery q = m_query;
    if (m_level == EventNames)
        return q;
    // Drilled in: only that event's properties (and values).
    query::Filter onEvent;
    onEvent.field = fieldNamed(QStringLiteral("event_name"));
    onEvent.values = {m_event};
    q.filters.append(onEvent);
    return q;
}

QString GoalsPanel::eventsField() const
{
    switch (m_level) {
    case EventNames:
        return QStringLiteral("event_name");
    case PropertyKeys:
        return QString();
    case PropertyValues:
        break;
    }
    return QStringLiteral("prop:") + m_key;
}

DetailsDialog *GoalsPanel::openDetails()
{
    if (!m_source || m_query.site.isEmpty() || currentTab() != EventsTab
        || m_level == PropertyKeys)
        return nullptr;
    const QString title = m_level == EventNames ? tr("Custom events") : breadcrumb();
    DetailsDialog *dialog = DetailsDialog::showFor(m_source, eventsQuery(), eventsField(), title,
                                                window());
    connect(dialog, &DetailsDialog::filterRequested, this, &GoalsPanel::filterRequested);
    return dialog;
}

void GoalsPanel::setCurrentTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
}

int GoalsPanel::currentTab() const
{
    return m_tabs->currentIndex();
}

void GoalsPanel::openEvent(const QString &name)
{
    m_event = name;
    m_level = PropertyKeys;
    requestEvents();
}

void GoalsPanel::openKey(const QString &key)
{
    m_key = key;
    m_level = PropertyValues;
    requestEvents();
}

void GoalsPanel::back()
{
    if (m_level == EventNames)
        return;
    m_level = m_level == PropertyValues ? PropertyKeys : EventNames;
    requestEvents();
}

QString GoalsPanel::breadcrumb() const
{
    switch (m_level) {
    case EventNames:
        return tr("All events");
    case PropertyKeys:
        return tr("All events › %1").arg(m_event);
    case PropertyValues:
        return tr("All events › %1 › %2").arg(m_event, m_key);
    }
    return {};
}

QAbstractItemModel *GoalsPanel::eventsModel() const
{
    return m_eventsView->model();
}

void GoalsPanel::addGoalDialog()
{
    if (!m_source || m_query.site.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add a goal"));
    auto *form = new QFormLayout(dialog);
    auto *kind = new QComboBox(dialog);
    kind->addItem(tr("Custom event"), QStringLiteral("event"));
    kind->addItem(tr("Page visit"), QStringLiteral("page"));
    auto *value = new QLineEdit(dialog);
    value->setPlaceholderText(tr("Signup, or /thank-you, /blog/**"));
    auto *name = new QLineEdit(dialog);
    kind->setObjectName(QStringLiteral("goalKind"));
    value->setObjectName(QStringLiteral("goalMatch"));
    name->setObjectName(QStringLiteral("goalName"));
    name->setPlaceholderText(tr("Optional: defaults to the event or path"));
    form->addRow(tr("&Kind"), kind);
    form->addRow(tr("&Matches"), value);
    form->addRow(tr("&Name"), name);
    // Suggestions from the site's data (the last 12 months, unfiltered): the event names it
    // received, or the paths it was visited on, most visitors first; typing filters them.
    auto *suggestions = new QStringListModel(dialog);
    suggestions->setObjectName(QStringLiteral("goalSuggestions"));
    auto *completer = new QCompleter(suggestions, value);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    value->setCompleter(completer);
    auto suggest = [this, dialog, kind, suggestions] {
        DashboardQuery q {m_query.site, {}, {}};
        q.period.kind = query::Period::Kind::Last12mo;
        q.period.date = m_query.period.date; // the same "today" as the dashboard's
        const bool event = kind->currentData().toString() == QLatin1String("event");
        m_source->ask(m_suggestLane,
                      stats::Breakdown {q, fieldNamed(event ? QStringLiteral("event_name")
                                                            : QStringLiteral("page")),
                                        200},
                      dialog, [suggestions](const Answer<query::BreakdownResult> &a) {
                          QStringList values;
                          if (a)
                              for (const query::BreakdownRow &row : a->rows)
                                  values.append(row.value);
                          suggestions->setStringList(values);
                      });
    };
    connect(kind, &QComboBox::currentIndexChanged, dialog, suggest);
    suggest();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, kind, value, name] {
        const Matcher m {kind->currentData().toString() == QLatin1String("event")
                             ? Matcher::Kind::Event
                             : Matcher::Kind::Page,
                         value->text().trimmed()};
        QString error;
        if (!m.validate(&error)) {
            value->setToolTip(error);
            value->setFocus();
            return;
        }
        m_source->ask(definitions::AddGoal {m_query.site, name->text().trimmed(), m}, this,
                      [](const Answer<Goal> &) {}); // announced: goalsChanged
        dialog->accept();
    });
    dialog->open();
}

} // namespace raycstr::ui
