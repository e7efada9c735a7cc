#pragma once

#include "ui/data/datasource.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStringListModel;
class QTableView;
class QTimer;

namespace raycstr::ui {

class FunnelChart;
class FunnelStepsModel;

// The funnels page: the site's saved funnels on the left; on the right the funnel being
// edited (name, steps in order — added with completion from the site's known paths and
// events, edited in place, reordered by drag and drop or Alt+Up/Down) and its chart, which
// previews the unsaved funnel ~300 ms after each edit. Funnels import from and export to
// the YAML form the CLI and the API read (core/funnelyaml.h).
class FunnelEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FunnelEditor(DataSource *source, QWidget *parent = nullptr);

    void setSource(DataSource *source);
    // The site and period the preview is about; a new site loads its funnels.
    void setQuery(const QString &site, const query::Period &period);
    DashboardQuery query() const { return m_query; }

    // The funnel as edited (id 0 when not saved yet).
    Funnel funnel() const;
    void loadFunnel(const Funnel &funnel);
    void newFunnel();
    // Adds the step the add row describes (kind, match, label) and clears the row.
    bool addStepFromInputs();
    void removeCurrentStep();
    void moveCurrentStep(int delta);
    void save();
    void deleteCurrent();
    // YAML files: false with a message (parse errors name the line) in *error and on the page.
    bool importYaml(const QString &path, QString *error = nullptr);
    bool exportYaml(const QString &path, QString *error = nullptr);

    FunnelStepsModel *model() const { return m_model; }
    FunnelChart *chart() const { return m_chart; }
    QTableView *stepsView() const { return m_steps; }
    QListWidget *funnelList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *matchEdit() const { return m_match; }
    QLineEdit *labelEdit() const { return m_label; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *saveButton() const { return m_save; }
    QStringListModel *knownPaths() const { return m_paths; }
    QStringListModel *knownEvents() const { return m_events; }
    QString summaryText() const;
    QString messageText() const;
    bool isPreviewing() const { return m_previewPending != 0 || m_previewQueued; }

Q_SIGNALS:
    // The chart shows the preview of the funnel as edited.
    void previewed(const raycstr::query::FunnelResult &result);
    void savedFunnelsLoaded(const QList<raycstr::Funnel> &funnels);

private:
    void schedulePreview();
    void preview();
    void reloadLists();
    void showMessage(const QString &text, bool error = false);
    void updateButtons();
    void onFunnelsLoaded(const QList<Funnel> &funnels);
    void requestSavedFunnels();
    void onSaved(const Answer<Funnel> &a);

    DataSource *m_source = nullptr;
    DashboardQuery m_query;
    qint64 m_currentId = 0;
    qint64 m_renamedFrom = 0; // a saved funnel being saved under a new name
    QList<Funnel> m_saved;
    FunnelStepsModel *m_model;
    QStringListModel *m_paths;
    QStringListModel *m_events;
    QListWidget *m_list;
    QLabel *m_listHint;
    QLineEdit *m_name;
    QTableView *m_steps;
    QComboBox *m_kind;
    QLineEdit *m_match;
    QLineEdit *m_label;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_summary;
    QLabel *m_message;
    FunnelChart *m_chart;
    QTimer *m_debounce;
    bool m_previewQueued = false;
    Lane m_previewLane;
    Lane m_pathsLane;
    Lane m_eventsLane;
    Lane m_savedLane;
    DataSource::RequestId m_previewPending = 0;
    DataSource::RequestId m_pathsPending = 0;
    DataSource::RequestId m_eventsPending = 0;
    DataSource::RequestId m_savePending = 0;
    QMetaObject::Connection m_changed;
};

} // namespace raycstr::ui
