#include "tableexport.h"

#include "ui/data/tablecsv.h"
#include "ui/widgets/card.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolButton>

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace raycstr::ui {

namespace {

TableExport::PathChooser &chooser()
{
    static TableExport::PathChooser c = [](QWidget *parent, const QString &suggested,
                                           const QString &filter) {
        return QFileDialog::getSaveFileName(parent, TableExport::tr("Export"), suggested, filter);
    };
    return c;
}

int &pageRows()
{
    static int rows = TableExport::PageRows;
    return rows;
}

// The folder of the last export in this session, else the user's documents.
QString &lastFolder()
{
    static QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder;
}

QString periodLabel(const query::Period &p)
{
    if (p.kind == query::Period::Kind::Custom)
        return p.from.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-')
            + p.to.toString(QStringLiteral("yyyyMMdd"));
    if (p.date.isValid()
        && (p.kind == query::Period::Kind::Day || p.kind == query::Period::Kind::Month))
        return p.name() + QLatin1Char('-') + p.date.toString(QStringLiteral("yyyyMMdd"));
    return p.name();
}

// A tray with an arrow into it: "download" (drawn, so it follows the palette).
QIcon downloadIcon(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.drawLine(QPointF(16, 4), QPointF(16, 20)); // the arrow's shaft
    p.drawPolyline(QPolygonF({QPointF(9, 13), QPointF(16, 20), QPointF(23, 13)}));
    p.drawPolyline(QPolygonF({QPointF(5, 20), QPointF(5, 27), QPointF(27, 27), QPointF(27, 20)}));
    p.end();
    pixmap.setDevicePixelRatio(2);
    return QIcon(pixmap);
}

} // namespace

void TableExport::setPageRows(int rows)
{
    pageRows() = rows;
}

void TableExport::setPathChooser(PathChooser c)
{
    chooser() = std::move(c);
}

QAction *TableExport::addButton(Card *card, QAbstractItemView *table,
                                std::function<TableExport *()> run)
{
    auto *action = new QAction(tr("Export CSV…"), card);
    action->setObjectName(QStringLiteral("exportCsv"));
    action->setToolTip(tr("Export every row of this table as a CSV file"));
    QObject::connect(action, &QAction::triggered, card, [card, run] {
        TableExport *job = run();
        if (!job)
            return;
        QObject::connect(job, &TableExport::finished, card,
                         [card](const QString &, const QString &summary) {
                             if (auto *w = qobject_cast<QMainWindow *>(card->window()))
                                 w->statusBar()->showMessage(summary, 8000);
                         });
    });
    // An icon on the title row (the tabs beside it need the room: "Campaign" was cut with
    // words here); the tooltip, the accessible name and the context menu say it in full.
    auto *button = new QToolButton(card);
    button->setObjectName(QStringLiteral("exportCsvButton"));
    button->setIcon(downloadIcon(card->palette().color(QPalette::WindowText)));
    button->setIconSize(QSize(16, 16));
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setToolTip(action->text() + QStringLiteral(" — ") + action->toolTip());
    button->setAccessibleName(action->text());
    button->setAutoRaise(true);
    QObject::connect(button, &QToolButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
    card->header()->addWidget(button);
    if (table) {
        table->setContextMenuPolicy(Qt::ActionsContextMenu);
        table->addAction(action);
    }
    return action;
}

QString TableExport::suggestedName(const DashboardQuery &query, const QString &table,
                                   const QString &extension)
{
    QString name
        = query.site + QLatin1Char('_') + periodLabel(query.period) + QLatin1Char('_') + table;
    // "prop:plan", "utm_source": keep letters, digits, dots and dashes.
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    return name + QLatin1Char('.') + extension;
}

QString TableExport::writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return QString();
}

TableExport::TableExport(QWidget *parent, DataSource *source, const QString &path)
    : QObject(parent)
    , m_parent(parent)
    , m_source(source)
    , m_path(path)
{ }

TableExport *TableExport::start(QWidget *parent, DataSource *source, const DashboardQuery &query,
                                const QString &table, const QString &extension)
{
    if (!source || query.site.isEmpty())
        return nullptr;
    const QString filter
        = extension == QLatin1String("zip") ? tr("Zip archives (*.zip)") : tr("CSV files (*.csv)");
    const QString path = chooser()(
        parent, QDir(lastFolder()).filePath(suggestedName(query, table, extension)), filter);
    if (path.isEmpty())
        return nullptr; // cancelled: nothing happens
    lastFolder() = QFileInfo(path).absolutePath();
    auto *job = new TableExport(parent, source, path);
    job->m_query = query;
    return job;
}

TableExport *TableExport::breakdown(QWidget *parent, DataSource *source,
                                    const DashboardQuery &query, const QString &field)
{
    auto *job = start(parent, source, query, field, QStringLiteral("csv"));
    if (!job)
        return nullptr;
    job->m_field = field;
    job->showProgress(tr("Reading the rows…"));
    job->nextPage();
    return job;
}

void TableExport::nextPage()
{
    if (m_cancelled)
        return;
    if (!m_source)
        return fail(tr("The data source changed during the export."));
    m_source->ask(
        stats::Breakdown {m_query, fieldNamed(m_field), pageRows(), int(m_rows.rows.size())}, this,
        [this](const Answer<query::BreakdownResult> &page) {
            if (m_cancelled)
                return;
            if (!page)
                return fail(page.error());
            const bool first = m_rows.rows.isEmpty();
            if (first) {
                m_rows = *page;
            } else {
                m_rows.rows.append(page->rows);
            }
            setProgress(m_rows.rows.size(), page->totalRows);
            // Until the total, or a short page (rows that went while reading).
            if (page->rows.size() == pageRows() && m_rows.rows.size() < page->totalRows)
                nextPage();
            else
                write(TableCsv::breakdown(m_rows), m_rows.rows.size());
        });
}

TableExport *TableExport::goals(QWidget *parent, DataSource *source, const DashboardQuery &query)
{
    auto *job = start(parent, source, query, QStringLiteral("goals"), QStringLiteral("csv"));
    if (!job)
        return nullptr;
    job->showProgress(tr("Reading the goals…"));
    source->ask(stats::GoalConversions {query}, job, [job](const Answer<query::GoalsResult> &a) {
        job->write(a ? Answer<QByteArray>(TableCsv::goals(*a))
                     : Answer<QByteArray>::failure(a.error()),
                   a ? a->rows.size() : 0);
    });
    return job;
}

TableExport *TableExport::vitals(QWidget *parent, DataSource *source, const DashboardQuery &query)
{
    auto *job = start(parent, source, query, QStringLiteral("vitals"), QStringLiteral("csv"));
    if (!job)
        return nullptr;
    job->showProgress(tr("Reading the Web Vitals…"));
    source->ask(stats::Vitals {query, PageRows}, job, [job](const Answer<query::VitalsResult> &a) {
        qint64 rows = 0;
        if (a)
            for (const query::VitalsRow &r : a->routes)
                rows += r.stats.isEmpty() ? 0 : 1;
        job->write(a ? Answer<QByteArray>(TableCsv::vitals(*a))
                     : Answer<QByteArray>::failure(a.error()),
                   rows);
    });
    return job;
}

TableExport *TableExport::funnel(QWidget *parent, DataSource *source, const DashboardQuery &query,
                                 const raycstr::Funnel &funnel)
{
    auto *job = start(parent, source, query,
                      QStringLiteral("funnel_")
                          + (funnel.name.isEmpty() ? QStringLiteral("steps") : funnel.name),
                      QStringLiteral("csv"));
    if (!job)
        return nullptr;
    job->showProgress(tr("Reading the funnel…"));
    source->ask(stats::FunnelSteps {query, funnel}, job,
                [job](const Answer<query::FunnelResult> &a) {
                    job->write(a ? Answer<QByteArray>(TableCsv::funnel(*a))
                                 : Answer<QByteArray>::failure(a.error()),
                               a ? a->steps.size() : 0);
                });
    return job;
}

TableExport *TableExport::dashboard(QWidget *parent, DataSource *source,
                                    const DashboardQuery &query)
{
    auto *job = start(parent, source, query, QStringLiteral("dashboard"), QStringLiteral("zip"));
    if (!job)
        return nullptr;
    job->m_progress = std::make_shared<Progress>();
    job->showProgress(tr("Exporting the dashboard to %1…").arg(QFileInfo(job->m_path).fileName()));
    // The source counts the days it exported; the dialog reads the count.
    job->m_poll = new QTimer(job);
    job->m_poll->setInterval(100);
    connect(job->m_poll, &QTimer::timeout, job,
            [job] { job->setProgress(job->m_progress->done, job->m_progress->total); });
    job->m_poll->start();
    source->ask(exports::DashboardZip {query, job->m_path, job->m_progress}, job,
                [job](const Answer<QList<ExportedFile>> &a) {
                    if (job->m_cancelled)
                        return;
                    if (!a)
                        return job->fail(a.error());
                    qint64 rows = 0;
                    for (const ExportedFile &f : *a)
                        rows += f.rows;
                    const QString summary = rows == 1
                        ? tr("Exported %n row in %1 files to %2.", nullptr, 1)
                        : tr("Exported %n rows in %1 files to %2.", nullptr, int(rows));
                    Q_EMIT job->finished(
                        job->m_path,
                        summary.arg(a->size()).arg(QDir::toNativeSeparators(job->m_path)));
                    job->end();
                });
    return job;
}

void TableExport::showProgress(const QString &label)
{
    // Shown only when the export takes long (QProgressDialog's minimum duration).
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, m_parent);
    m_dialog->setWindowTitle(tr("Export"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(500);
    m_dialog->setMinimumWidth(420);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &TableExport::cancel);
}

void TableExport::setProgress(qint64 done, qint64 total)
{
    if (m_ended || !m_dialog || total <= 0)
        return;
    // QProgressDialog counts in int: scale long totals.
    const qint64 scale = std::max<qint64>(1, total / 1000000);
    m_dialog->setMaximum(int(total / scale));
    m_dialog->setValue(int(std::min(done, total) / scale));
}

void TableExport::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_progress)
        m_progress->cancelled = true; // the source stops at its next step, writes nothing
    Q_EMIT cancelled();
    end();
}

void TableExport::write(const Answer<QByteArray> &csv, qint64 rows)
{
    if (m_cancelled)
        return;
    if (!csv)
        return fail(csv.error());
    const QString error = writeFile(m_path, *csv);
    if (!error.isEmpty())
        return fail(error);
    Q_EMIT finished(
        m_path,
        tr("Exported %n row(s) to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(m_path)));
    end();
}

void TableExport::fail(const QString &error)
{
    if (m_dialog)
        m_dialog->hide();
    Q_EMIT failed(error);
    if (m_parent) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error,
                                    QMessageBox::Ok, m_parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("exportError"));
        box->open();
    }
    end();
}

void TableExport::end()
{
    // Over: nothing touches the dialog any more (it goes at the next turn of the loop).
    m_ended = true;
    if (m_poll)
        m_poll->stop();
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->deleteLater();
    }
    deleteLater();
}

} // namespace raycstr::ui
