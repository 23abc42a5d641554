#include "ui/run/runmode.h"

#include "engine/scaling/autoscaling.h"

#include "engine/api/runregistry.h"

#include "model/project.h"
#include "ui/canvas/canvasview.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/projectscene.h"
#include "ui/commands/projecteditor.h"
#include "ui/files/documentcontroller.h"
#include "ui/mainwindow.h"
#include "ui/run/demoload.h"
#include "ui/run/eventspanel.h"
#include "ui/run/loaddialog.h"
#include "ui/run/logspanel.h"
#include "ui/run/runbanner.h"
#include "ui/run/runcharts.h"
#include "ui/run/runoverlay.h"
#include "ui/run/runtaskdialog.h"
#include "ui/run/taskchipitem.h"
#include "ui/run/taskdetailview.h"
#include "ui/run/taskspanel.h"
#include "ui/secrets/runconfirmation.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QToolButton>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QStatusBar>
#include <QUuid>

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;

Q_LOGGING_CATEGORY(lcRun, "berth.ui.run")

using Engine::EngineSnapshot;

RunMode::RunMode(MainWindow *window)
    : QObject(window), m_window(window), m_controller(new RunController(window->editor(), this)),
      m_overlay(new RunOverlay(window->scene(), this)), m_banner(new RunBanner(window)),
      m_events(new EventsPanel(window)), m_tasks(new TasksPanel(window)),
      m_logs(new LogsPanel(window)), m_detail(new TaskDetailView(window)),
      m_charts(new RunCharts(window)), m_load(new DemoLoad(this)), m_status(new QLabel(window)),
      m_api(new QToolButton(window))
{
    m_api->setObjectName(QStringLiteral("apiIndicator"));
    m_api->setAutoRaise(true);
    m_api->hide();
    window->statusBar()->insertPermanentWidget(0, m_api);
    connect(m_api, &QToolButton::clicked, this, [this] {
        Engine::RunSession *session = m_controller->session();
        QGuiApplication::clipboard()->setText(Engine::ApiServer::environment(
            session->apiCredentials(), session->apiEndpoint(), session->design().region));
        m_window->statusBar()->showMessage(
            tr("Copied the shell lines for the aws CLI: paste them into a terminal, then "
               "aws --endpoint-url %1 ecs list-clusters")
                .arg(session->apiEndpoint()),
            15000);
    });
    connect(m_controller, &RunController::apiServing, this, &RunMode::onApiServing);
    connect(m_controller, &RunController::apiCalled, this, &RunMode::onApiCalled);
    m_logs->setSession(m_controller->session());
    m_status->setObjectName(QStringLiteral("runStatus"));
    window->statusBar()->insertPermanentWidget(0, m_status);
    createDocks();
    connectActions();
    window->canvas()->viewport()->installEventFilter(this);
    onState(RunController::State::Idle);
}

void RunMode::onApiServing(const QString &endpoint)
{
    m_api->setVisible(!endpoint.isEmpty());
    // 'berth run-task' and 'berth stop-task' on the same file act on this run.
    if (!m_runFile.isEmpty()) {
        if (endpoint.isEmpty())
            Engine::RunRegistry::withdraw(m_runFile);
        else
            Engine::RunRegistry::publish(m_runFile, endpoint);
    }
    if (endpoint.isEmpty())
        return;
    m_apiEvents.clear();
    m_api->setText(tr("ECS API %1").arg(endpoint));
    m_api->setToolTip(tr("The run answers the aws CLI and the SDKs at %1 (signed with your "
                         "Berth API key). Click to copy the shell lines that point them here.")
                          .arg(endpoint));
}

void RunMode::onApiCalled(const Engine::ApiCall &call)
{
    Engine::ServiceEvent e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.createdAt = QDateTime::currentDateTimeUtc();
    // As CloudTrail names it: the event source's action, who called, and what came of it.
    const QString action = call.service + u':' + call.operation;
    e.message = call.error.isEmpty()
                    ? tr("%1 by %2").arg(action, call.accessKeyId)
                    : tr("%1 by %2 refused: %3")
                          .arg(action,
                               call.accessKeyId.isEmpty() ? tr("an unsigned caller")
                                                          : call.accessKeyId,
                               call.error);
    m_apiEvents.prepend(e);
    if (m_apiEvents.size() > 200)
        m_apiEvents.removeLast();
}

RunMode::~RunMode()
{
    m_logs->stop();
}

QDockWidget *RunMode::dockOf(QWidget *panel)
{
    return panel ? qobject_cast<QDockWidget *>(panel->parentWidget()) : nullptr;
}

void RunMode::createDocks()
{
    const auto dock = [this](const QString &title, const QString &name, QWidget *widget,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, m_window);
        d->setObjectName(name);
        d->setWidget(widget);
        m_window->addDockWidget(area, d);
        return d;
    };
    QDockWidget *tasks =
        dock(tr("Tasks"), QStringLiteral("tasksDock"), m_tasks, Qt::BottomDockWidgetArea);
    QDockWidget *events =
        dock(tr("Events"), QStringLiteral("eventsDock"), m_events, Qt::BottomDockWidgetArea);
    QDockWidget *logs =
        dock(tr("Logs"), QStringLiteral("logsDock"), m_logs, Qt::BottomDockWidgetArea);
    QDockWidget *charts =
        dock(tr("Charts"), QStringLiteral("chartsDock"), m_charts, Qt::BottomDockWidgetArea);
    QDockWidget *detail =
        dock(tr("Task"), QStringLiteral("taskDock"), m_detail, Qt::RightDockWidgetArea);
    if (auto *problems = m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"))) {
        for (QDockWidget *d : {tasks, events, logs, charts})
            m_window->tabifyDockWidget(problems, d);
        problems->raise();
    }
    if (auto *properties = m_window->findChild<QDockWidget *>(QStringLiteral("propertiesDock"))) {
        m_window->tabifyDockWidget(properties, detail);
        properties->raise();
    }
    if (QMenu *panels = m_window->actions()->panelsMenu) {
        panels->addSeparator();
        for (QDockWidget *d : {tasks, events, logs, charts, detail})
            panels->addAction(d->toggleViewAction());
    }
}

void RunMode::connectActions()
{
    WindowActions *a = m_window->actions();
    connect(a->run, &QAction::triggered, this, &RunMode::start);
    connect(a->stopRun, &QAction::triggered, this, &RunMode::stop);
    connect(a->down, &QAction::triggered, this, &RunMode::down);
    connect(a->runTask, &QAction::triggered, this, &RunMode::runTaskDialog);
    // A run is of one document: another one in the window ends it.
    connect(a->newProject, &QAction::triggered, this, &RunMode::documentReplaced);
    connect(m_window->documents(), &DocumentController::opened, this, &RunMode::documentReplaced);

    RunController *c = m_controller;
    connect(c, &RunController::stateChanged, this, &RunMode::onState);
    connect(c, &RunController::snapshotReady, this, &RunMode::onSnapshot);
    connect(c, &RunController::message, this,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 10000); });
    connect(c, &RunController::dockerProblem, m_banner, &RunBanner::setProblem);
    connect(c, &RunController::preparing, m_banner, &RunBanner::setProgress);
    connect(m_banner, &RunBanner::retryRequested, this, [this] {
        if (m_controller->state() == RunController::State::Idle)
            start();
        else
            m_window->statusBar()->showMessage(
                tr("Berth checks every few seconds whether Docker answers again; the run "
                   "goes on as soon as it does."),
                10000);
    });
    connect(m_load, &DemoLoad::result, this,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 10000); });

    connect(m_overlay, &RunOverlay::taskClicked, this, &RunMode::showTask);
    connect(m_overlay, &RunOverlay::taskOpened, this, [this](const QString &id) {
        showTask(id);
        if (QDockWidget *d = dockOf(m_logs))
            d->raise();
    });
    connect(m_tasks, &TasksPanel::taskSelected, this, [this](const QString &id) {
        if (const Engine::Task *t = m_controller->snapshot().task(id))
            m_detail->setTask(*t, DemoLoad::isDemoTask(m_controller->runData(), *t));
    });
    connect(m_tasks, &TasksPanel::taskActivated, this, &RunMode::showTask);
    connect(m_tasks, &TasksPanel::menuRequested, this,
            [this](const QString &id, const QPoint &global) {
                QMenu menu;
                addTaskActions(&menu, id);
                menu.exec(global);
            });
    connect(m_detail, &TaskDetailView::stopRequested, m_controller, &RunController::stopTask);
    connect(m_detail, &TaskDetailView::logsRequested, this, [this](const QString &id) {
        if (const Engine::Task *t = m_controller->snapshot().task(id))
            m_logs->follow(*t);
        if (QDockWidget *d = dockOf(m_logs)) {
            d->show();
            d->raise();
        }
    });
    connect(m_detail, &TaskDetailView::loadRequested, this, &RunMode::sendLoad);
}

bool RunMode::confirm(const Model::ProjectData &data)
{
    if (m_confirm)
        return m_confirm(data);
    // The safety review and the secrets the design needs (the Secrets dialog's confirmation).
    return confirmRun(m_window, data);
}

bool RunMode::start()
{
    if (m_controller->isActive())
        return false;
    if (!confirm(m_controller->runData())) {
        m_window->statusBar()->showMessage(tr("The run was not started."), 6000);
        return false;
    }
    if (!m_controller->start())
        return false;
    m_runFile = m_window->project()->fileName();
    m_overlay->clear();
    m_events->clear();
    m_charts->clear();
    m_detail->clearTask();
    m_logs->stop();
    if (QDockWidget *d = dockOf(m_tasks)) {
        d->show();
        d->raise();
    }
    return true;
}

void RunMode::documentReplaced()
{
    if (!m_controller->isActive() || m_window->project()->fileName() == m_runFile)
        return;
    m_controller->stop();
    m_window->statusBar()->showMessage(
        tr("The run of the previous project stops; Run starts this one."), 10000);
}

void RunMode::stop()
{
    m_controller->stop();
}

void RunMode::down()
{
    m_controller->down();
}

bool RunMode::stopBeforeClosing()
{
    if (!m_controller->isActive() || m_closeWhenStopped)
        return false;
    m_closeWhenStopped = true;
    m_controller->stop();
    m_window->statusBar()->showMessage(
        tr("Stopping the run before closing; close again to leave its containers running."));
    return true;
}

void RunMode::onState(RunController::State state)
{
    WindowActions *a = m_window->actions();
    const bool idle = state == RunController::State::Idle;
    a->run->setEnabled(idle);
    a->stopRun->setEnabled(state == RunController::State::Running ||
                           state == RunController::State::Preparing);
    a->down->setEnabled(state != RunController::State::Stopping);
    a->runTask->setEnabled(state == RunController::State::Running);
    switch (state) {
    case RunController::State::Idle:
        m_status->setText(tr("Not running"));
        m_overlay->clear();
        m_logs->stop();
        if (m_loadDialog)
            m_loadDialog->stop();
        m_banner->setProblem({});
        m_banner->setProgress({}, -1, -1);
        if (m_closeWhenStopped)
            QMetaObject::invokeMethod(
                m_window, [w = m_window] { w->close(); }, Qt::QueuedConnection);
        break;
    case RunController::State::Preparing:
        m_status->setText(tr("Preparing the run…"));
        break;
    case RunController::State::Running:
        m_status->setText(tr("Running") + labClock());
        break;
    case RunController::State::Stopping:
        m_status->setText(tr("Stopping…"));
        break;
    }
}

void RunMode::onSnapshot(const EngineSnapshot &s)
{
    QStringList services;
    QHash<QString, QColor> colors;
    for (const Engine::ServiceStatus &st : s.services) {
        services << st.name;
        colors.insert(st.name, m_overlay->serviceColor(st.name));
    }
    if (services != m_services) {
        m_services = services;
        m_charts->setServiceColors(colors);
    }
    QElapsedTimer clock;
    clock.start();
    m_overlay->apply(s);
    const qint64 overlay = clock.nsecsElapsed();
    QList<Engine::ServiceEvent> shown = s.events;
    if (!m_apiEvents.isEmpty()) {
        shown += m_apiEvents;
        std::stable_sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) {
            return a.createdAt > b.createdAt;
        });
    }
    m_events->setEvents(shown, services);
    const qint64 events = clock.nsecsElapsed();
    m_tasks->setTasks(s.tasks);
    const qint64 tasks = clock.nsecsElapsed();
    m_charts->addSnapshot(s);
    if (m_loadDialog) {
        m_loadDialog->addSnapshot(s);
        showScaling(m_loadDialog);
    }
    const qint64 charts = clock.nsecsElapsed();
    qCDebug(lcRun,
            "snapshot of %d tasks: canvas %.1f ms, events %.1f ms, tasks %.1f ms, "
            "charts %.1f ms",
            int(s.tasks.size()), overlay / 1e6, (events - overlay) / 1e6, (tasks - events) / 1e6,
            (charts - tasks) / 1e6);
    if (!m_detail->taskId().isEmpty()) {
        if (const Engine::Task *t = s.task(m_detail->taskId()))
            m_detail->setTask(*t, DemoLoad::isDemoTask(m_controller->runData(), *t));
    }
    int active = 0, running = 0;
    for (const Engine::Task &t : s.tasks) {
        if (!t.isStopped()) {
            ++active;
            running += t.lastStatus == Engine::TaskStatus::Running;
        }
    }
    if (m_controller->state() == RunController::State::Running)
        m_status->setText(
            (s.dockerReachable
                 ? tr("Running: %1 of %n task(s) RUNNING", nullptr, active).arg(running)
                 : tr("Waiting for Docker"))
            + labClock());
}

QString RunMode::labClock() const
{
    const double scale = m_controller->session()->timeScale();
    if (scale == 1.0)
        return {};
    // What the user reads states ECS's times; the status bar says the clock runs faster.
    m_status->setToolTip(tr("The lab clock runs %1 times faster than ECS's: a one-minute alarm "
                            "period takes %2 s, a 300 s cooldown %3 s.")
                             .arg(scale)
                             .arg(60.0 / scale, 0, 'g', 3)
                             .arg(300.0 / scale, 0, 'g', 3));
    return tr(" · lab clock %1×").arg(scale);
}

void RunMode::showTask(const QString &taskId)
{
    const Engine::Task *t = m_controller->snapshot().task(taskId);
    if (!t)
        return;
    m_tasks->selectTask(taskId);
    m_detail->setTask(*t, DemoLoad::isDemoTask(m_controller->runData(), *t));
    m_logs->follow(*t);
    if (QDockWidget *d = dockOf(m_detail)) {
        d->show();
        d->raise();
    }
}

void RunMode::scaleService(const QString &service)
{
    const Model::Service *s = m_window->editor()->data().service(service);
    if (!s)
        return;
    bool ok = false;
    const int count = QInputDialog::getInt(m_window, tr("Scale %1").arg(service),
                                           tr("Desired count of service %1:").arg(service),
                                           s->desiredCount, 0, 1000, 1, &ok);
    if (ok)
        m_controller->scale(service, count);
}

void RunMode::deployService(const QString &service)
{
    const Model::ProjectData &d = m_window->editor()->data();
    const Model::Service *s = d.service(service);
    const Model::TaskDefinition *current = s ? d.taskDefinitionOf(*s) : nullptr;
    if (!current)
        return;
    const QString family = current->family();
    QStringList items{tr("%1 (always the latest revision)").arg(family)};
    QStringList keys{family};
    for (const Model::TaskDefinition &td : d.taskDefinitions) {
        if (td.family() == family) {
            items << td.key();
            keys << td.key();
        }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_window, tr("Deploy %1").arg(service),
        tr("Roll service %1 out to this revision (edit the task definition and save a new "
           "revision in its JSON tab first):")
            .arg(service),
        items, int(items.size()) - 1, false, &ok);
    if (ok)
        m_controller->deploy(service, keys.value(items.indexOf(chosen)));
}

void RunMode::runTaskDialog()
{
    if (m_controller->state() != RunController::State::Running)
        return;
    RunTaskDialog dialog(m_controller->runData(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->runTask(dialog.request());
}

void RunMode::sendLoad(const QString &taskId, const QString &path)
{
    if (const Engine::Task *t = m_controller->snapshot().task(taskId))
        m_load->send(m_controller->runData(), *t, path);
}

void RunMode::showScaling(LoadDialog *dialog) const
{
    // The service's first target tracking policy and its alarms, as the run's scaler sees them.
    const Engine::AutoScaling *scaling =
        m_controller->session() ? m_controller->session()->autoScaling() : nullptr;
    const auto status = scaling ? scaling->status(dialog->service()) : std::nullopt;
    QList<LoadDialog::AlarmState> alarms;
    if (status) {
        for (const Engine::ScalingAlarmStatus &a : status->alarms)
            alarms.append({a.alarmName, Engine::alarmStateName(a.state)});
    }
    dialog->setScalingOverlay(status ? status->targetValue : std::nullopt, alarms);
}

LoadDialog *RunMode::loadDialog() const
{
    return m_loadDialog;
}

LoadDialog *RunMode::generateLoad(const QString &service, const QString &loadBalancer)
{
    if (m_controller->state() != RunController::State::Running)
        return nullptr;
    // One at a time: a second load would blur what the charts say of the first.
    if (m_loadDialog && m_loadDialog->isRunning()) {
        m_loadDialog->raise();
        m_loadDialog->activateWindow();
        return m_loadDialog;
    }
    delete m_loadDialog;
    m_loadDialog = new LoadDialog(m_controller->runData(), service, loadBalancer, m_window);
    m_loadDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_loadDialog->addSnapshot(m_controller->snapshot());
    m_loadDialog->show();
    return m_loadDialog;
}

void RunMode::addTaskActions(QMenu *menu, const QString &taskId)
{
    const Engine::Task *t = m_controller->snapshot().task(taskId);
    if (!t)
        return;
    menu->addSection(tr("Task %1").arg(taskId.left(8)));
    menu->addAction(tr("Show &Details and Logs"), this, [this, taskId] { showTask(taskId); });
    QAction *stop =
        menu->addAction(tr("S&top Task"), this, [this, taskId] { m_controller->stopTask(taskId); });
    stop->setEnabled(t->desiredStatus == Engine::TaskStatus::Running);
    QMenu *load = menu->addMenu(tr("&Load"));
    load->setEnabled(DemoLoad::isDemoTask(m_controller->runData(), *t));
    DemoLoad::addActions(load, [this, taskId](const QString &path) { sendLoad(taskId, path); });
}

bool RunMode::canvasMenu(const QPoint &viewportPos, const QPoint &globalPos)
{
    if (m_controller->state() != RunController::State::Running)
        return false;
    QGraphicsItem *item = m_window->canvas()->itemAt(viewportPos);
    QMenu menu;
    if (item && item->type() == TaskChipItem::Type) {
        addTaskActions(&menu, static_cast<TaskChipItem *>(item)->chip().taskId);
    } else if (NodeItem *node = NodeItem::from(item)) {
        const EntityRef ref = node->ref();
        if (ref.kind == EntityKind::Service) {
            const QString s = ref.name;
            menu.addSection(tr("Service %1").arg(s));
            menu.addAction(tr("&Scale…"), this, [this, s] { scaleService(s); });
            menu.addAction(tr("&Deploy Revision…"), this, [this, s] { deployService(s); });
            menu.addAction(tr("&Force New Deployment"), this,
                           [this, s] { m_controller->forceNewDeployment(s); });
            menu.addAction(tr("Generate &Load…"), this, [this, s] { generateLoad(s); });
            menu.addAction(tr("Show &Events"), this, [this, s] {
                m_events->setServiceFilter(s);
                if (QDockWidget *d = dockOf(m_events)) {
                    d->show();
                    d->raise();
                }
            });
        } else if (ref.kind == EntityKind::ContainerInstance) {
            const QString cluster = ref.parent, name = ref.name;
            const Model::Cluster *c = m_window->editor()->data().cluster(cluster);
            bool draining = false;
            for (const Model::ContainerInstance &i :
                 c ? c->instances : QList<Model::ContainerInstance>()) {
                if (i.name == name)
                    draining = i.status == Model::ContainerInstance::Status::Draining;
            }
            menu.addSection(tr("Instance %1").arg(name));
            if (draining)
                menu.addAction(tr("&Activate"), this, [this, cluster, name] {
                    m_controller->activateInstance(cluster, name);
                });
            else
                menu.addAction(tr("&Drain"), this, [this, cluster, name] {
                    m_controller->drainInstance(cluster, name);
                });
            menu.addAction(tr("&Add an Instance to %1").arg(cluster), this,
                           [this, cluster] { m_controller->addInstance(cluster); });
        } else if (ref.kind == EntityKind::LoadBalancer) {
            const QString lb = ref.name;
            menu.addSection(tr("Load balancer %1").arg(lb));
            menu.addAction(tr("Generate &Load…"), this, [this, lb] { generateLoad({}, lb); });
        } else if (ref.kind == EntityKind::Cluster) {
            const QString cluster = ref.name;
            menu.addSection(tr("Cluster %1").arg(cluster));
            menu.addAction(tr("&Add an Instance"), this,
                           [this, cluster] { m_controller->addInstance(cluster); });
            menu.addAction(m_window->actions()->runTask);
        }
    }
    if (menu.isEmpty())
        menu.addAction(m_window->actions()->runTask);
    menu.addSeparator();
    menu.addAction(m_window->actions()->stopRun);
    menu.exec(globalPos);
    return true;
}

bool RunMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu) {
        auto *e = static_cast<QContextMenuEvent *>(event);
        if (canvasMenu(e->pos(), e->globalPos()))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Berth::Gui
