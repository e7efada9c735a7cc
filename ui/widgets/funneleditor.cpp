#include "funneleditor.h"

#include "core/funnelyaml.h"
#include "ui/models/funnelstepsmodel.h"
#include "ui/text/format.h"
#include "ui/widgets/card.h"
#include "ui/widgets/funnelchart.h"
#include "ui/widgets/funnelstepdelegate.h"
#include "ui/widgets/tableexport.h"

#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStackedLayout>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace raycstr::ui {

namespace {
constexpr int KnownValues = 200; // completions offered per kind
} // namespace

FunnelEditor::FunnelEditor(DataSource *source, QWidget *parent)
    : QWidget(parent)
    , m_model(new FunnelStepsModel(this))
    , m_paths(new QStringListModel(this))
    , m_events(new QStringListModel(this))
    , m_list(new QListWidget(this))
    , m_listHint(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_steps(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_match(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add step"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_chart(new FunnelChart(this))
    , m_debounce(new QTimer(this))
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(20, 12, 20, 20);
    outer->setSpacing(14);

    // Left: the saved funnels.
    auto *listCard = new Card(tr("Funnels"), this);
    m_list->setAccessibleName(tr("Saved funnels"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"
                                         " QListWidget::item { padding: 6px 4px; }"));
    // No funnel yet: what one is and how to make one, in place of a blank list.
    m_listHint->setText(tr("No funnels yet. A funnel counts the visitors who go through steps "
                           "in order, e.g. / → /pricing → Signup. Name one on the right, add "
                           "its steps and save it."));
    m_listHint->setWordWrap(true);
    m_listHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_listHint->setEnabled(false);
    auto *listStack = new QStackedLayout;
    listStack->addWidget(m_listHint);
    listStack->addWidget(m_list);
    connect(this, &FunnelEditor::savedFunnelsLoaded, this, [listStack](const QList<Funnel> &f) {
        listStack->setCurrentIndex(f.isEmpty() ? 0 : 1);
    });
    listCard->body()->addLayout(listStack, 1);
    auto *newButton = new QPushButton(tr("New funnel"), listCard);
    auto *importButton = new QPushButton(tr("Import YAML…"), listCard);
    listCard->body()->addWidget(newButton);
    listCard->body()->addWidget(importButton);
    listCard->setFixedWidth(250);
    outer->addWidget(listCard);

    // Right: the funnel being edited, then its chart.
    auto *right = new QVBoxLayout;
    right->setSpacing(14);
    auto *editCard = new Card(tr("Funnel"), this);
    auto *exportButton = new QPushButton(tr("Export YAML…"), editCard);
    editCard->header()->addWidget(exportButton);
    editCard->header()->addWidget(m_delete);
    editCard->header()->addWidget(m_save);
    m_save->setDefault(true);
    auto *nameRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("&Name"), editCard);
    nameLabel->setBuddy(m_name);
    m_name->setPlaceholderText(tr("Sign-up flow"));
    m_name->setAccessibleName(tr("Funnel name"));
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    editCard->body()->addLayout(nameRow);

    m_steps->setModel(m_model);
    m_steps->setItemDelegate(new FunnelStepDelegate(m_paths, m_events, m_steps));
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setDragEnabled(true);
    m_steps->setAcceptDrops(true);
    m_steps->setDropIndicatorShown(true);
    m_steps->setDefaultDropAction(Qt::MoveAction);
    m_steps->setDragDropOverwriteMode(false);
    m_steps->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_steps->setShowGrid(false);
    m_steps->setAlternatingRowColors(true);
    m_steps->setAccessibleName(tr("Funnel steps"));
    m_steps->setToolTip(tr("Drag steps to reorder them; F2 or a double click edits a step"));
    m_steps->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_steps->verticalHeader()->setDefaultSectionSize(m_steps->fontMetrics().height() + 14);
    m_steps->horizontalHeader()->setSectionResizeMode(FunnelStepsModel::KindColumn,
                                                      QHeaderView::Fixed);
    m_steps->horizontalHeader()->resizeSection(FunnelStepsModel::KindColumn, 90);
    m_steps->horizontalHeader()->setSectionResizeMode(FunnelStepsModel::MatchColumn,
                                                      QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(FunnelStepsModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_steps->horizontalHeader()->setHighlightSections(false);
    m_steps->setMinimumHeight(m_steps->verticalHeader()->defaultSectionSize() * 4 + 30);
    editCard->body()->addWidget(m_steps, 1);

    auto *addRow = new QHBoxLayout;
    m_kind->addItem(FunnelStepsModel::kindTitle(Matcher::Kind::Page), QStringLiteral("page"));
    m_kind->addItem(FunnelStepsModel::kindTitle(Matcher::Kind::Event), QStringLiteral("event"));
    m_kind->setAccessibleName(tr("New step kind"));
    m_match->setAccessibleName(tr("New step path or event"));
    m_label->setAccessibleName(tr("New step label"));
    m_label->setPlaceholderText(tr("Label (optional)"));
    auto *completer = new QCompleter(m_paths, m_match);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_match->setCompleter(completer);
    addRow->addWidget(m_kind);
    addRow->addWidget(m_match, 2);
    addRow->addWidget(m_label, 1);
    addRow->addWidget(m_add);
    editCard->body()->addLayout(addRow);
    auto *moveRow = new QHBoxLayout;
    m_up->setToolTip(tr("Alt+Up"));
    m_down->setToolTip(tr("Alt+Down"));
    m_remove->setToolTip(tr("Delete"));
    moveRow->addWidget(m_up);
    moveRow->addWidget(m_down);
    moveRow->addWidget(m_remove);
    moveRow->addSpacing(12);
    m_message->setWordWrap(true);
    moveRow->addWidget(m_message, 1);
    editCard->body()->addLayout(moveRow);
    right->addWidget(editCard, 2);

    auto *chartCard = new Card(tr("Conversion"), this);
    m_summary->setTextFormat(Qt::PlainText);
    QFont sf = m_summary->font();
    sf.setBold(true);
    m_summary->setFont(sf);
    m_summary->setAccessibleName(tr("Funnel conversion"));
    chartCard->header()->addWidget(m_summary);
    // The steps' numbers as the chart shows them (also for a funnel not saved yet).
    TableExport::addButton(chartCard, nullptr, [this]() -> TableExport * {
        Funnel f = funnel();
        if (f.name.isEmpty())
            f.name = tr("Preview");
        QString error;
        if (!f.validate(&error)) {
            showMessage(error, true);
            return nullptr;
        }
        return TableExport::funnel(window(), m_source, m_query, f);
    });
    chartCard->body()->addWidget(m_chart, 1);
    right->addWidget(chartCard, 3);
    outer->addLayout(right, 1);

    auto updateCompleter = [this, completer] {
        const bool event = m_kind->currentData().toString() == QLatin1String("event");
        completer->setModel(event ? m_events : m_paths);
        m_match->setPlaceholderText(event ? tr("Event name, e.g. Signup")
                                          : tr("Path: /pricing, /blog/*, /docs/**"));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateCompleter);
    updateCompleter();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &FunnelEditor::preview);
    connect(m_model, &FunnelStepsModel::stepsChanged, this, &FunnelEditor::schedulePreview);
    connect(m_model, &FunnelStepsModel::stepsChanged, this, &FunnelEditor::updateButtons);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FunnelEditor::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &FunnelEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &FunnelEditor::addStepFromInputs);
    connect(m_match, &QLineEdit::returnPressed, this, &FunnelEditor::addStepFromInputs);
    connect(m_label, &QLineEdit::returnPressed, this, &FunnelEditor::addStepFromInputs);
    connect(m_remove, &QPushButton::clicked, this, &FunnelEditor::removeCurrentStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentStep(1); });
    connect(m_save, &QPushButton::clicked, this, &FunnelEditor::save);
    connect(m_delete, &QPushButton::clicked, this, &FunnelEditor::deleteCurrent);
    connect(newButton, &QPushButton::clicked, this, &FunnelEditor::newFunnel);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_saved.size() && m_saved.at(row).id != m_currentId)
            loadFunnel(m_saved.at(row));
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a funnel"), {}, tr("Funnel files (*.yaml *.yml);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !importYaml(path, &error))
            QMessageBox::warning(this, tr("Import a funnel"), error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString name
            = m_name->text().trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the funnel"),
            (name.isEmpty() ? QStringLiteral("funnel") : name) + QStringLiteral(".yaml"),
            tr("Funnel files (*.yaml *.yml)"));
        QString error;
        if (!path.isEmpty() && !exportYaml(path, &error))
            QMessageBox::warning(this, tr("Export the funnel"), error);
    });
    // Keyboard: Alt+Up/Down move the current step, Delete removes it, Ctrl+S saves.
    auto shortcut = [this](QKeySequence keys, QWidget *scope, auto slot) {
        auto *s = new QShortcut(keys, scope);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_steps, [this] { moveCurrentStep(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_steps, [this] { moveCurrentStep(1); });
    shortcut(QKeySequence::Delete, m_steps, [this] { removeCurrentStep(); });
    shortcut(QKeySequence::Save, this, [this] { save(); });
    setTabOrder(m_list, newButton);
    setTabOrder(newButton, importButton);
    setTabOrder(importButton, m_name);
    setTabOrder(m_name, m_steps);
    setTabOrder(m_steps, m_kind);
    setTabOrder(m_kind, m_match);
    setTabOrder(m_match, m_label);
    setTabOrder(m_label, m_add);
    setSource(source);
    newFunnel();
}

void FunnelEditor::setSource(DataSource *source)
{
    disconnect(m_changed);
    m_source = source;
    m_previewPending = m_pathsPending = m_eventsPending = m_savePending = 0;
    if (!source)
        return;
    m_changed = connect(source, &DataSource::funnelsChanged, this, [this](const QString &site) {
        if (site == m_query.site)
            requestSavedFunnels();
    });
    reloadLists();
    schedulePreview();
}

void FunnelEditor::setQuery(const QString &site, const query::Period &period)
{
    const bool siteChanged = site != m_query.site;
    const bool periodChanged = period.name() != m_query.period.name()
        || period.date != m_query.period.date || period.from != m_query.period.from
        || period.to != m_query.period.to;
    m_query.site = site;
    m_query.period = period;
    if (siteChanged) {
        newFunnel();
        m_saved.clear();
        m_list->clear();
    }
    if (siteChanged || periodChanged)
        reloadLists();
    schedulePreview();
}

void FunnelEditor::reloadLists()
{
    if (!m_source || m_query.site.isEmpty())
        return;
    requestSavedFunnels();
    // Completion: the period's most visited paths and its custom events.
    DashboardQuery q = m_query;
    q.filters.clear();
    auto completion = [this](QStringListModel *model, DataSource::RequestId *pending) {
        return [this, model, pending](const Answer<query::BreakdownResult> &a) {
            if (a.id() != *pending)
                return;
            *pending = 0;
            if (!a)
                return;
            QStringList values;
            for (const query::BreakdownRow &row : a->rows)
                if (!row.value.isEmpty())
                    values.append(row.value);
            model->setStringList(values);
        };
    };
    m_pathsPending = m_source->ask(
        m_pathsLane, stats::Breakdown {q, fieldNamed(QStringLiteral("page")), KnownValues}, this,
        completion(m_paths, &m_pathsPending));
    m_eventsPending = m_source->ask(
        m_eventsLane, stats::Breakdown {q, fieldNamed(QStringLiteral("event_name")), KnownValues},
        this, completion(m_events, &m_eventsPending));
}

void FunnelEditor::requestSavedFunnels()
{
    if (!m_source || m_query.site.isEmpty())
        return;
    m_source->ask(m_savedLane, definitions::SavedFunnels {m_query.site}, this,
                  [this, site = m_query.site](const Answer<QList<Funnel>> &a) {
                      if (a && site == m_query.site)
                          onFunnelsLoaded(*a);
                  });
}

void FunnelEditor::onSaved(const Answer<Funnel> &a)
{
    if (a.id() != m_savePending)
        return;
    m_savePending = 0;
    if (!a) {
        showMessage(tr("Could not save: %1").arg(a.error()), true);
        return;
    }
    if (m_renamedFrom && m_renamedFrom != a->id)
        m_source->ask(definitions::RemoveFunnel {m_query.site, m_renamedFrom}, this,
                      [](const Answer<Done> &) {}); // announced: funnelsChanged
    m_renamedFrom = 0;
    m_currentId = a->id;
    showMessage(tr("Saved “%1”.").arg(a->name));
    updateButtons();
}

void FunnelEditor::onFunnelsLoaded(const QList<Funnel> &funnels)
{
    m_saved = funnels;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Funnel &f : funnels) {
        auto *item = new QListWidgetItem(f.name, m_list);
        item->setToolTip(tr("%n steps", nullptr, int(f.steps.size())));
        if (f.id == m_currentId)
            m_list->setCurrentItem(item);
    }
    Q_EMIT savedFunnelsLoaded(funnels);
}

Funnel FunnelEditor::funnel() const
{
    Funnel f;
    f.id = m_currentId;
    f.name = m_name->text().trimmed();
    f.steps = m_model->steps();
    return f;
}

void FunnelEditor::loadFunnel(const Funnel &funnel)
{
    m_currentId = funnel.id;
    m_name->setText(funnel.name);
    m_model->setSteps(funnel.steps);
    m_message->clear();
    updateButtons();
}

void FunnelEditor::newFunnel()
{
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    loadFunnel({});
    m_chart->clear();
    m_summary->clear();
}

bool FunnelEditor::addStepFromInputs()
{
    FunnelStep step;
    step.match.kind = m_kind->currentData().toString() == QLatin1String("event")
        ? Matcher::Kind::Event
        : Matcher::Kind::Page;
    step.match.value = m_match->text().trimmed();
    step.name = m_label->text().trimmed();
    QString error;
    if (!step.match.validate(&error)) {
        showMessage(error, true);
        m_match->setFocus();
        return false;
    }
    if (m_model->rowCount() >= Funnel::MaxSteps) {
        showMessage(tr("A funnel has at most %1 steps.").arg(Funnel::MaxSteps), true);
        return false;
    }
    const int row = m_model->addStep(step);
    m_steps->setCurrentIndex(m_model->index(row, FunnelStepsModel::MatchColumn));
    m_match->clear();
    m_label->clear();
    m_message->clear();
    m_match->setFocus();
    return true;
}

void FunnelEditor::removeCurrentStep()
{
    const int row = m_steps->currentIndex().row();
    if (row >= 0)
        m_model->removeRows(row, 1);
}

void FunnelEditor::moveCurrentStep(int delta)
{
    const QModelIndex current = m_steps->currentIndex();
    if (current.isValid() && m_model->moveStep(current.row(), delta))
        m_steps->setCurrentIndex(m_model->index(current.row() + delta, current.column()));
}

void FunnelEditor::save()
{
    if (!m_source || m_query.site.isEmpty())
        return;
    const Funnel f = funnel();
    QString error;
    if (!f.validate(&error)) {
        showMessage(error, true);
        return;
    }
    // Definitions are keyed by name: the same name overwrites (an edit, or an edited file
    // imported again); a saved funnel under a new name is stored anew, then the old one goes.
    QString oldName;
    bool nameTaken = false;
    for (const Funnel &saved : m_saved) {
        if (saved.id == m_currentId)
            oldName = saved.name;
        else if (saved.name == f.name)
            nameTaken = true;
    }
    m_renamedFrom = 0;
    if (m_currentId && !oldName.isEmpty() && oldName != f.name) {
        if (nameTaken) {
            showMessage(tr("Another funnel is named “%1” already.").arg(f.name), true);
            return;
        }
        m_renamedFrom = m_currentId;
    }
    const bool replace = nameTaken || (m_currentId && oldName == f.name);
    m_savePending = m_source->ask(definitions::SaveFunnel {m_query.site, f, replace}, this,
                                  [this](const auto &a) { onSaved(a); });
}

void FunnelEditor::deleteCurrent()
{
    if (!m_source || !m_currentId)
        return;
    const QString name = m_name->text();
    if (QMessageBox::question(this, tr("Delete funnel"),
                              tr("Delete the funnel “%1”? Its events stay.").arg(name))
        != QMessageBox::Yes)
        return;
    m_source->ask(definitions::RemoveFunnel {m_query.site, m_currentId}, this,
                  [](const Answer<Done> &) {}); // announced: funnelsChanged
    newFunnel();
}

bool FunnelEditor::importYaml(const QString &path, QString *error)
{
    QString why;
    QFile file(path);
    std::optional<Funnel> f;
    if (!file.open(QIODevice::ReadOnly))
        why = tr("Cannot read %1: %2").arg(path, file.errorString());
    else if (!(f = FunnelYaml::parse(file.readAll(), &why)))
        why = tr("%1: %2").arg(QFileInfo(path).fileName(), why);
    if (!f) {
        showMessage(why, true);
        if (error)
            *error = why;
        return false;
    }
    Funnel imported = *f;
    imported.id = 0; // a file's id belongs to the site it came from
    if (imported.name.isEmpty())
        imported.name = QFileInfo(path).completeBaseName();
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    loadFunnel(imported);
    showMessage(tr("Imported %n steps; Save keeps them.", nullptr, int(imported.steps.size())));
    return true;
}

bool FunnelEditor::exportYaml(const QString &path, QString *error)
{
    QSaveFile file(path);
    QString why;
    if (!file.open(QIODevice::WriteOnly) || file.write(FunnelYaml::write(funnel())) < 0
        || !file.commit())
        why = tr("Cannot write %1: %2").arg(path, file.errorString());
    if (!why.isEmpty()) {
        showMessage(why, true);
        if (error)
            *error = why;
        return false;
    }
    showMessage(tr("Exported to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void FunnelEditor::schedulePreview()
{
    m_previewQueued = true;
    m_debounce->start();
}

void FunnelEditor::preview()
{
    m_previewQueued = false;
    if (!m_source || m_query.site.isEmpty())
        return;
    Funnel f = funnel();
    if (f.name.isEmpty())
        f.name = tr("Preview");
    QString error;
    if (!f.validate(&error)) {
        // Nothing to ask yet: say what is missing instead of an empty chart.
        m_previewPending = 0;
        m_chart->clear();
        m_summary->setText(f.steps.size() < Funnel::MinSteps
                               ? tr("Add at least %1 steps to see the funnel").arg(Funnel::MinSteps)
                               : error);
        return;
    }
    m_previewPending = m_source->ask(m_previewLane, stats::FunnelSteps {m_query, f}, this,
                                     [this](const Answer<query::FunnelResult> &a) {
                                         if (a.id() != m_previewPending)
                                             return;
                                         m_previewPending = 0;
                                         if (!a) {
                                             m_chart->clear();
                                             m_summary->clear();
                                             showMessage(tr("Could not preview: %1").arg(a.error()),
                                                         true);
                                             return;
                                         }
                                         m_chart->setResult(*a);
                                         m_summary->setText(summaryText());
                                         Q_EMIT previewed(*a);
                                     });
}

QString FunnelEditor::summaryText() const
{
    const query::FunnelResult &r = m_chart->result();
    if (r.steps.isEmpty())
        return m_summary->text();
    return tr("%1 conversion · %2 → %3 visitors")
        .arg(format::percent(r.conversionRate), format::count(r.steps.first().visitors),
             format::count(r.steps.last().visitors));
}

QString FunnelEditor::messageText() const
{
    return m_message->text();
}

void FunnelEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? theme::negative(palette()) : theme::muted(palette()));
    m_message->setPalette(p);
}

void FunnelEditor::updateButtons()
{
    const QModelIndex current = m_steps->currentIndex();
    const int rows = m_model->rowCount();
    m_remove->setEnabled(current.isValid());
    m_up->setEnabled(current.isValid() && current.row() > 0);
    m_down->setEnabled(current.isValid() && current.row() < rows - 1);
    m_add->setEnabled(rows < Funnel::MaxSteps);
    m_delete->setEnabled(m_currentId != 0);
    m_save->setEnabled(!m_name->text().trimmed().isEmpty() && rows >= Funnel::MinSteps);
}

} // namespace raycstr::ui
