#include "detailsdialog.h"

#include "ui/models/breakdownmodel.h"
#include "ui/text/countrynames.h"
#include "ui/text/format.h"
#include "ui/widgets/inlinebardelegate.h"
#include "ui/widgets/tableexport.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace raycstr::ui {

namespace {
int &pageRows()
{
    static int rows = DetailsDialog::PageRows;
    return rows;
}
} // namespace

void DetailsDialog::setPageRows(int rows)
{
    pageRows() = rows;
}

DetailsDialog *DetailsDialog::showFor(DataSource *source, const DashboardQuery &query,
                                      const QString &field, const QString &title,
                                      QWidget *parent)
{
    auto *dialog = new DetailsDialog(source, query, field, title, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

DetailsDialog::DetailsDialog(DataSource *source, const DashboardQuery &query, const QString &field,
                             const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_query(query)
    , m_field(field)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_view(new QTableView(this))
    , m_model(new BreakdownModel(this))
    , m_status(new QLabel(this))
    , m_more(new QPushButton(tr("Load more"), this))
{
    setObjectName(QStringLiteral("details"));
    setWindowTitle(tr("%1 — details").arg(title));
    setModal(true);
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);

    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    // One request per pause in typing, not per key.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &DetailsDialog::reload);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(BreakdownModel::ValueColumn,
                                     new InlineBarDelegate(BreakdownModel::BarRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // long paths keep their start and their end
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(BreakdownModel::ValueColumn, QHeaderView::Stretch);
    for (int c = BreakdownModel::VisitorsColumn; c < BreakdownModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setSortingEnabled(true);
    // The stats API's own order, which needs nothing loaded to be right.
    m_view->sortByColumn(BreakdownModel::VisitorsColumn, Qt::DescendingOrder);
    m_view->setAccessibleName(title);
    m_view->setToolTip(tr("Click a row to filter the dashboard by it"));
    connect(header, &QHeaderView::sortIndicatorChanged, this, &DetailsDialog::updateStatus);
    layout->addWidget(m_view, 1);
    auto filterRow = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        Q_EMIT filterRequested(m_field, m_model->valueAt(index.row()));
        accept();
    };
    connect(m_view, &QTableView::clicked, this, filterRow);
    connect(m_view, &QTableView::activated, this, filterRow);

    auto *row = new QHBoxLayout;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    m_more->setEnabled(false);
    connect(m_more, &QPushButton::clicked, this, &DetailsDialog::loadMore);
    row->addWidget(m_more);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton
        = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    exportButton->setToolTip(tr("Export every row of this search as a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        TableExport *job = TableExport::breakdown(this, m_source, this->query(), m_field);
        if (!job)
            return;
        QWidget *main = parentWidget() ? parentWidget()->window() : nullptr;
        connect(job, &TableExport::finished, this, [main](const QString &, const QString &s) {
            if (auto *w = qobject_cast<QMainWindow *>(main))
                w->statusBar()->showMessage(s, 8000);
        });
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the table filters by the row; the buttons must not take it as "default".
    for (QAbstractButton *b : buttons->buttons())
        if (auto *p = qobject_cast<QPushButton *>(b))
            p->setAutoDefault(false);
    m_more->setAutoDefault(false);
    layout->addWidget(buttons);

    m_view->setFocus();
    reload();
}

void DetailsDialog::setTotalVisitors(qint64 visitors)
{
    m_model->setTotalVisitors(visitors);
}

DashboardQuery DetailsDialog::query() const
{
    DashboardQuery q = m_query;
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return q;
    query::Filter f;
    f.field = fieldNamed(m_field);
    f.op = query::Filter::Op::Contains;
    f.values = {text};
    // Countries are stored as codes and shown by name: "germ" means DE.
    if (m_field == QLatin1String("country")) {
        if (const QStringList codes = countryCodesMatching(text); !codes.isEmpty()) {
            f.op = query::Filter::Op::Is;
            f.values = codes;
        }
    }
    // The search narrows a filter the dashboard already has on this field (both apply).
    q.filters.append(f);
    return q;
}

void DetailsDialog::reload()
{
    m_debounce->stop();
    m_error.clear();
    if (!m_source) {
        m_model->clear();
        updateStatus();
        return;
    }
    m_pending
        = m_source->ask(m_lane, stats::Breakdown {query(), fieldNamed(m_field), pageRows(), 0},
                        this, [this](const auto &a) { onAnswer(a, false); });
    updateStatus();
}

void DetailsDialog::loadMore()
{
    if (!m_source || m_pending)
        return;
    m_pending = m_source->ask(
        m_lane, stats::Breakdown {query(), fieldNamed(m_field), pageRows(), m_model->rowCount()},
        this, [this](const auto &a) { onAnswer(a, true); });
    updateStatus();
}

void DetailsDialog::onAnswer(const Answer<query::BreakdownResult> &a, bool append)
{
    if (a.id() != m_pending)
        return;
    m_pending = 0;
    if (!a) {
        m_error = a.error();
        if (!append)
            m_model->clear();
    } else if (append) {
        m_model->appendResult(*a);
    } else {
        m_model->setResult(m_field, *a);
    }
    // Rows loaded later take their place in the order the header shows.
    const QHeaderView *header = m_view->horizontalHeader();
    if (header->sortIndicatorSection() != BreakdownModel::VisitorsColumn
        || header->sortIndicatorOrder() != Qt::DescendingOrder)
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    updateStatus();
    Q_EMIT updated();
}

QString DetailsDialog::statusText() const
{
    return m_status->text();
}

void DetailsDialog::updateStatus()
{
    const qint64 loaded = m_model->rowCount();
    const qint64 total = m_model->totalRows();
    m_more->setEnabled(!m_pending && m_source && loaded < total);
    QString text;
    if (!m_error.isEmpty())
        text = tr("Could not load: %1").arg(m_error);
    else if (m_pending && loaded == 0)
        text = tr("Loading…");
    else if (total == 0)
        text = m_search->text().trimmed().isEmpty()
            ? tr("No data for this period")
            : tr("Nothing matches “%1”").arg(m_search->text().trimmed());
    else if (loaded >= total)
        text = total == 1 ? tr("%n row", nullptr, 1) : tr("%n rows", nullptr, int(total));
    else
        text = tr("Showing %1 of %2 rows").arg(format::number(loaded), format::number(total));
    const QHeaderView *header = m_view->horizontalHeader();
    const bool ownOrder = header->sortIndicatorSection() == BreakdownModel::VisitorsColumn
        && header->sortIndicatorOrder() == Qt::DescendingOrder;
    if (m_error.isEmpty() && !ownOrder && loaded < total)
        text += QLatin1Char(' ')
            + tr("(sorted among the loaded rows: load more to sort them all)");
    m_status->setText(text);
}

} // namespace raycstr::ui
