#pragma once

#include "engine/runtime/enginesnapshot.h"
#include "ui/run/runcontroller.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QDockWidget;
class QLabel;
class QMenu;

class QToolButton;

namespace Berth::Gui {

class DemoLoad;
class EventsPanel;
class LoadDialog;
class LogsPanel;
class MainWindow;
class RunBanner;
class RunCharts;
class RunOverlay;
class TaskDetailView;
class TasksPanel;

/// The window's run mode: Run, Stop and Down, the banner, the live canvas, the run's panels
/// (events, tasks, logs, task detail, charts) and the actions on a running design. The
/// window creates it once; it keeps the window itself about layout.
class RunMode final : public QObject
{
    Q_OBJECT
public:
    explicit RunMode(MainWindow *window);
    ~RunMode() override;

    RunController *controller() const { return m_controller; }
    RunOverlay *overlay() const { return m_overlay; }
    RunBanner *banner() const { return m_banner; }
    EventsPanel *events() const { return m_events; }
    TasksPanel *tasks() const { return m_tasks; }
    LogsPanel *logs() const { return m_logs; }
    TaskDetailView *detail() const { return m_detail; }
    RunCharts *charts() const { return m_charts; }
    DemoLoad *load() const { return m_load; }
    /// The dock that holds one of the panels.
    static QDockWidget *dockOf(QWidget *panel);

    /// Asks for confirmation (secrets, unsafe settings) and starts the run.
    bool start();
    void stop();
    void down();
    bool isActive() const { return m_controller->isActive(); }
    /// Replaces the confirmation before a run (tests; a command line that already agreed).
    void setConfirmation(std::function<bool(const Model::ProjectData &)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    /// Stops the run, then closes the window; false when there is no run to stop.
    bool stopBeforeClosing();

    /// Selects a task everywhere: tasks table, detail view, logs.
    void showTask(const QString &taskId);
    void scaleService(const QString &service);
    void deployService(const QString &service);
    void runTaskDialog();
    void sendLoad(const QString &taskId, const QString &path);
    /// Generate load...: the load dialog on a service (or on a load balancer) of the run.
    LoadDialog *generateLoad(const QString &service, const QString &loadBalancer = {});
    LoadDialog *loadDialog() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Draws the service's scaling policy target and alarm states on \a dialog's charts.
    void showScaling(LoadDialog *dialog) const;
    /// " · lab clock N×" while ECS's delays run faster, else empty.
    QString labClock() const;
    void createDocks();
    void connectActions();
    void onSnapshot(const Engine::EngineSnapshot &snapshot);
    void onState(RunController::State state);
    void addTaskActions(QMenu *menu, const QString &taskId);
    bool canvasMenu(const QPoint &viewportPos, const QPoint &globalPos);
    bool confirm(const Model::ProjectData &data);
    void documentReplaced();
    void onApiServing(const QString &endpoint);
    void onApiCalled(const Engine::ApiCall &call);

    MainWindow *m_window;
    RunController *m_controller;
    RunOverlay *m_overlay;
    RunBanner *m_banner;
    EventsPanel *m_events;
    TasksPanel *m_tasks;
    LogsPanel *m_logs;
    TaskDetailView *m_detail;
    RunCharts *m_charts;
    DemoLoad *m_load;
    QPointer<LoadDialog> m_loadDialog;
    QLabel *m_status;
    QToolButton *m_api;
    QList<Engine::ServiceEvent> m_apiEvents; ///< the ECS API's calls, newest first
    std::function<bool(const Model::ProjectData &)> m_confirm;
    QStringList m_services;
    QString m_runFile; ///< the document the run is of
    bool m_closeWhenStopped = false;
};

} // namespace Berth::Gui
