#include "importdialog.h"

#include "ui/text/format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace raycstr::ui {

namespace {

struct SourceText
{
    QString name; // ImportJob::sources()
    QString label;
    QString hint;
    QString filter; // the file picker's
    bool folder; // a folder is an input too
};

QList<SourceText> sourceTexts()
{
    return {
        {QStringLiteral("access-log"), ImportDialog::tr("Web server access logs (nginx, Apache)"),
         ImportDialog::tr("Combined or common format, or an nginx log_format; .gz files too. "
                          "Several files are read in time order, through the same privacy "
                          "pipeline as live hits (addresses are never stored)."),
         ImportDialog::tr("Access logs (*.log *.gz *.1 access*);;All files (*)"), false},
        {QStringLiteral("goatcounter"), ImportDialog::tr("GoatCounter CSV export"),
         ImportDialog::tr("The CSV export of GoatCounter (format version 2): one file."),
         ImportDialog::tr("CSV files (*.csv *.csv.gz *.gz);;All files (*)"), false},
        {QStringLiteral("plausible"), ImportDialog::tr("Plausible CSV export (zip or folder)"),
         ImportDialog::tr("Plausible's Settings → Imports & Exports → Export: the zip, or the "
                          "folder it unpacks to. Daily totals, added to the reports."),
         ImportDialog::tr("Zip files (*.zip);;All files (*)"), true},
        {QStringLiteral("google-analytics"),
         ImportDialog::tr("Google Analytics 4 reports (JSON, folder or zip)"),
         ImportDialog::tr("Data API runReport responses: one file per report (daily visitors, "
                          "pages, sources, countries, devices…), or a folder or zip of them."),
         ImportDialog::tr("Reports (*.json *.zip);;All files (*)"), true},
        {QStringLiteral("ga4-bigquery"),
         ImportDialog::tr("Google Analytics 4 BigQuery export (NDJSON)"),
         ImportDialog::tr("The events_YYYYMMDD tables exported as newline-delimited JSON "
                          "(.gz too): raw events, filterable like live ones."),
         ImportDialog::tr("BigQuery exports (*.ndjson *.json *.jsonl *.gz);;All files (*)"),
         false},
    };
}

SourceText textOf(const QString &source)
{
    for (const SourceText &t : sourceTexts())
        if (t.name == source)
            return t;
    return {};
}

QString dayText(qint64 day)
{
    return QLocale().toString(QDate(1970, 1, 1).addDays(day), QStringLiteral("d MMM yyyy"));
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / 1e6, 'f', bytes < 10'000'000 ? 1 : 0);
}

} // namespace

ImportDialog::ImportDialog(std::function<DataSource *()> prepare, const QStringList &sites,
                           const QString &site, QWidget *parent)
    : QDialog(parent)
    , m_prepare(std::move(prepare))
    , m_pages(new QStackedWidget(this))
    , m_source(new QComboBox(this))
    , m_sourceHint(new QLabel(this))
    , m_files(new QLineEdit(this))
    , m_folder(new QPushButton(tr("Folder…"), this))
    , m_logFormat(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(tr("Import"), this))
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_summary(new QLabel(this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_ticker(new QTimer(this))
{
    setWindowTitle(tr("Import history"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // 1. What to import.
    auto *choose = new QWidget(m_pages);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    for (const SourceText &t : sourceTexts())
        m_source->addItem(t.label, t.name);
    m_source->setObjectName(QStringLiteral("importSource"));
    form->addRow(tr("&Source"), m_source);
    m_sourceHint->setWordWrap(true);
    m_sourceHint->setEnabled(false);
    form->addRow(QString(), m_sourceHint);
    auto *filesRow = new QHBoxLayout;
    m_files->setObjectName(QStringLiteral("importFiles"));
    m_files->setPlaceholderText(tr("Choose the files or folder to import"));
    auto *filesButton = new QPushButton(tr("Files…"), choose);
    filesRow->addWidget(m_files, 1);
    filesRow->addWidget(filesButton);
    filesRow->addWidget(m_folder);
    auto *filesLabel = new QLabel(tr("&Files"), choose); // a row of widgets: no buddy by itself
    filesLabel->setBuddy(m_files);
    form->addRow(filesLabel, filesRow);
    m_logFormat->setEditable(true);
    m_logFormat->addItems({QStringLiteral("combined"), QStringLiteral("common")});
    m_logFormat->setToolTip(tr("combined, common, or an nginx log_format string such as "
                               "$remote_addr - $remote_user [$time_local] \"$request\" …"));
    m_logFormat->setObjectName(QStringLiteral("importLogFormat"));
    auto *logFormatLabel = new QLabel(tr("Log &format"), choose);
    logFormatLabel->setBuddy(m_logFormat);
    form->addRow(logFormatLabel, m_logFormat);
    m_logFormatRow = logFormatLabel;
    m_site->addItems(sites);
    m_site->setCurrentText(site);
    m_site->setObjectName(QStringLiteral("importSite"));
    form->addRow(tr("In&to site"), m_site);
    chooseLayout->addLayout(form);
    auto *note = new QLabel(tr("The collector pauses while importing. Days that already hold "
                               "data, and today, are left out; the same files again replace "
                               "the earlier import."),
                            choose);
    note->setWordWrap(true);
    note->setEnabled(false);
    chooseLayout->addWidget(note);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    chooseLayout->addWidget(m_error);
    chooseLayout->addStretch(1);
    auto *chooseButtons = new QDialogButtonBox(choose);
    chooseButtons->addButton(m_start, QDialogButtonBox::AcceptRole);
    chooseButtons->addButton(QDialogButtonBox::Cancel);
    chooseLayout->addWidget(chooseButtons);
    m_pages->addWidget(choose);

    // 2. Progress.
    auto *running = new QWidget(m_pages);
    auto *runningLayout = new QVBoxLayout(running);
    runningLayout->setContentsMargins(0, 0, 0, 0);
    m_title->setWordWrap(true);
    runningLayout->addWidget(m_title);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    runningLayout->addWidget(m_bar);
    m_rate->setObjectName(QStringLiteral("importRate"));
    runningLayout->addWidget(m_rate);
    auto *stopNote = new QLabel(tr("Cancel stops at the next day: the days finished so far are "
                                   "kept, and importing the same files again finishes the "
                                   "import."),
                                running);
    stopNote->setWordWrap(true);
    stopNote->setEnabled(false);
    runningLayout->addWidget(stopNote);
    runningLayout->addStretch(1);
    auto *runningButtons = new QHBoxLayout;
    runningButtons->addStretch(1);
    runningButtons->addWidget(m_cancel);
    runningLayout->addLayout(runningButtons);
    m_pages->addWidget(running);

    // 3. Summary.
    auto *done = new QWidget(m_pages);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    doneLayout->addWidget(m_summary);
    doneLayout->addStretch(1);
    auto *doneButtons = new QHBoxLayout;
    doneButtons->addStretch(1);
    doneButtons->addWidget(m_close);
    doneLayout->addLayout(doneButtons);
    m_pages->addWidget(done);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ImportDialog::updateChoice);
    connect(m_files, &QLineEdit::textChanged, this, &ImportDialog::updateChoice);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ImportDialog::updateChoice);
    connect(filesButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_folder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_start, &QPushButton::clicked, this, &ImportDialog::start);
    connect(chooseButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_ticker->setInterval(200);
    connect(m_ticker, &QTimer::timeout, this, &ImportDialog::tick);
    updateChoice();
    resize(620, 380);
}

ImportDialog::~ImportDialog()
{
    // Closing the window mid-import stops it as Cancel would.
    if (m_progress)
        m_progress->cancelled = true;
}

int ImportDialog::currentPage() const
{
    return m_pages->currentIndex();
}

QString ImportDialog::source() const
{
    return m_source->currentData().toString();
}

void ImportDialog::setSource(const QString &source)
{
    m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
}

QStringList ImportDialog::files() const
{
    QStringList out;
    for (const QString &f : m_files->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!f.trimmed().isEmpty())
            out.append(QDir::fromNativeSeparators(f.trimmed()));
    return out;
}

void ImportDialog::setFiles(const QStringList &files)
{
    QStringList shown;
    for (const QString &f : files)
        shown.append(QDir::toNativeSeparators(f));
    m_files->setText(shown.join(QStringLiteral("; ")));
}

void ImportDialog::setSite(const QString &site)
{
    m_site->setCurrentText(site);
}

void ImportDialog::updateChoice()
{
    const SourceText t = textOf(source());
    m_sourceHint->setText(t.hint);
    m_folder->setVisible(t.folder);
    const bool logs = t.name == QLatin1String("access-log");
    m_logFormatRow->setVisible(logs);
    m_logFormat->setVisible(logs);
    m_start->setEnabled(!files().isEmpty() && !m_site->currentText().isEmpty()
                        && (!ImportJob::takesOneInput(t.name) || files().size() == 1));
}

void ImportDialog::chooseFiles()
{
    const SourceText t = textOf(source());
    const QStringList chosen = ImportJob::takesOneInput(t.name)
        ? QStringList {QFileDialog::getOpenFileName(this, tr("Import"), QString(), t.filter)}
        : QFileDialog::getOpenFileNames(this, tr("Import"), QString(), t.filter);
    if (!chosen.value(0).isEmpty())
        setFiles(chosen);
}

void ImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import"));
    if (!folder.isEmpty())
        setFiles({folder});
}

void ImportDialog::start()
{
    if (m_progress || !m_start->isEnabled())
        return;
    m_error->hide();
    DataSource *source = m_prepare ? m_prepare() : nullptr;
    if (!source) {
        m_error->setText(tr("Nothing to import into: start this computer's collector first."));
        m_error->show();
        return;
    }
    admin::Import request;
    request.site = m_site->currentText();
    request.source = this->source();
    request.files = files();
    request.logFormat = m_logFormat->currentText().trimmed();
    m_progress = request.progress;
    m_importing = request.site;
    m_title->setText(tr("Importing %1 into %2…")
                         .arg(textOf(request.source).label.toHtmlEscaped(), request.site));
    m_bar->setValue(0);
    m_rate->setText(tr("Starting…"));
    m_cancel->setEnabled(true);
    m_pages->setCurrentIndex(ProgressPage);
    m_clock.start();
    m_ticker->start();
    source->ask(std::move(request), this,
                [this](const Answer<ImportJob::Result> &a) { finish(a); });
}

void ImportDialog::cancel()
{
    if (!m_progress)
        return;
    m_progress->cancelled = true;
    m_cancel->setEnabled(false);
    m_rate->setText(tr("Stopping after the day in hand…"));
}

void ImportDialog::reject()
{
    if (m_progress) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::tick()
{
    if (!m_progress || m_progress->cancelled)
        return;
    const qint64 done = m_progress->done, total = m_progress->total;
    if (total > 0)
        m_bar->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    m_rate->setText(rateText(done, total, double(m_clock.elapsed()) / 1000.0));
}

QString ImportDialog::rateText(qint64 done, qint64 total, double seconds)
{
    if (total <= 0)
        return tr("Reading…");
    QString text = tr("%1 MB of %2 MB").arg(megabytes(done), megabytes(total));
    if (seconds < 0.5 || done <= 0)
        return text;
    const double rate = double(done) / seconds;
    text += QStringLiteral(" · ") + tr("%1 MB/s").arg(megabytes(qint64(rate)));
    if (done < total)
        text += QStringLiteral(" · ")
            + tr("about %1 left").arg(format::duration(double(total - done) / rate));
    return text;
}

QString ImportDialog::summaryText(const ImportJob::Result &r, const QString &site)
{
    const ImportRun &run = r.run;
    QStringList lines;
    if (r.resumed)
        lines.append(tr("Went on with import %1 (its finished days kept).").arg(r.resumed));
    if (r.replaced)
        lines.append(tr("Replaced import %1 (the same files).").arg(r.replaced));
    const QString days = run.lastDay
        ? tr("Days: %1 – %2.").arg(dayText(run.firstDay), dayText(run.lastDay))
        : QString();
    switch (r.outcome) {
    case Importer::Outcome::Done: {
        lines.prepend(tr("<b>Imported into %1</b> in %2.")
                          .arg(site.toHtmlEscaped(), format::duration(r.seconds)));
        const QString written = ImportJob::isAggregateSource(run.source)
            ? tr("%n daily aggregates written", nullptr, int(run.eventsWritten))
            : tr("%n events written", nullptr, int(run.eventsWritten));
        lines.append(tr("%1 rows read, %2.").arg(QLocale().toString(run.rowsRead), written));
        if (!days.isEmpty())
            lines.append(days);
        if (!run.skipped.isEmpty()) {
            QStringList parts;
            for (auto it = run.skipped.cbegin(); it != run.skipped.cend(); ++it)
                parts.append(tr("%1 %2", "rows skipped, reason")
                                 .arg(QLocale().toString(it.value()), it.key().toHtmlEscaped()));
            lines.append(tr("Skipped: %1.").arg(parts.join(QStringLiteral(", "))));
        }
        if (run.cutOverDays > 0)
            lines.append(tr("Left out %n days that already had data.", nullptr,
                            int(run.cutOverDays)));
        if (!run.lastDay)
            lines.append(tr("Nothing new was written: every day of the input already had "
                            "data, or is today."));
        break;
    }
    case Importer::Outcome::Interrupted:
        if (r.stoppedBeforeWriting) {
            lines.prepend(tr("<b>Stopped</b> before anything was written."));
            break;
        }
        lines.prepend(tr("<b>Stopped.</b> Import %1 kept its finished days; import the same "
                         "files again to finish it.")
                          .arg(run.id));
        if (!days.isEmpty())
            lines.append(days);
        break;
    case Importer::Outcome::Failed:
        lines.prepend(tr("<b>The import failed.</b>"));
        lines.append(r.error.toHtmlEscaped());
        if (!r.notOpened && !r.badLogFormat)
            lines.append(tr("Nothing of this import was kept."));
        break;
    }
    return lines.join(QStringLiteral("<br>"));
}

void ImportDialog::finish(const Answer<ImportJob::Result> &answer)
{
    m_ticker->stop();
    m_progress.reset();
    if (!answer) {
        // It could not start (the data folder busy, the site gone): back to the choice.
        m_pages->setCurrentIndex(ChoosePage);
        m_error->setText(answer.error());
        m_error->show();
        m_result = ImportJob::Result {};
        m_result.error = answer.error();
        Q_EMIT importFinished(false);
        return;
    }
    m_result = *answer;
    if (m_result.outcome == Importer::Outcome::Failed && m_result.badLogFormat) {
        m_pages->setCurrentIndex(ChoosePage);
        m_error->setText(m_result.error);
        m_error->show();
        Q_EMIT importFinished(false);
        return;
    }
    m_bar->setValue(1000);
    m_summary->setText(summaryText(m_result, m_importing));
    m_pages->setCurrentIndex(SummaryPage);
    Q_EMIT importFinished(m_result.outcome != Importer::Outcome::Failed && m_result.run.lastDay);
}

} // namespace raycstr::ui
