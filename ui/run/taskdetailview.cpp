#include "ui/run/taskdetailview.h"

#include "engine/runtime/ecsmessages.h"

#include "ui/run/demoload.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

TaskDetailView::TaskDetailView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_stop(new QToolButton(this)), m_logs(new QToolButton(this)), m_load(new QToolButton(this))
{
    setObjectName(QStringLiteral("taskDetail"));
    m_tree->setObjectName(QStringLiteral("taskDetailTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 150);
    m_title->setWordWrap(true);
    m_stop->setText(tr("S&top Task"));
    m_logs->setText(tr("&Logs"));
    m_load->setText(tr("L&oad"));
    m_load->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_load);
    DemoLoad::addActions(menu,
                         [this](const QString &path) { Q_EMIT loadRequested(m_task.id, path); });
    m_load->setMenu(menu);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_logs);
    buttons->addWidget(m_load);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_tree);
    connect(m_stop, &QToolButton::clicked, this, [this] { Q_EMIT stopRequested(m_task.id); });
    connect(m_logs, &QToolButton::clicked, this, [this] { Q_EMIT logsRequested(m_task.id); });
    clearTask();
}

void TaskDetailView::clearTask()
{
    m_task = {};
    m_shown = false;
    m_tree->clear();
    m_title->setText(tr("Select a task on the canvas or in the Tasks panel."));
    m_stop->setEnabled(false);
    m_logs->setEnabled(false);
    m_load->setEnabled(false);
}

void TaskDetailView::setTask(const Engine::Task &t, bool demoImage)
{
    m_load->setEnabled(demoImage);
    if (m_shown && t == m_task)
        return;
    m_task = t;
    m_shown = true;
    m_title->setText(tr("<b>Task %1</b> · %2").arg(t.id.left(12), t.taskDefinition));
    m_stop->setEnabled(t.desiredStatus == Engine::TaskStatus::Running);
    m_logs->setEnabled(true);

    const auto time = [](const QDateTime &at) {
        return at.isValid() ? at.toLocalTime().toString(Qt::ISODate) : QString();
    };
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("taskId"), t.id},
        {QStringLiteral("taskDefinition"), t.taskDefinition},
        {QStringLiteral("cluster"), t.cluster},
        {QStringLiteral("containerInstance"), t.instance.isEmpty() ? tr("(Fargate)") : t.instance},
        {tr("address"), t.address},
        {QStringLiteral("service"), t.service},
        {QStringLiteral("group"), t.group},
        {QStringLiteral("startedBy"), t.startedBy},
        {QStringLiteral("launchType"), t.launchType},
        {QStringLiteral("lastStatus"), Engine::taskStatusName(t.lastStatus)},
        {QStringLiteral("desiredStatus"), Engine::taskStatusName(t.desiredStatus)},
        {QStringLiteral("healthStatus"), t.health},
        {tr("cpu / memory"), tr("%1 units / %2 MiB").arg(t.cpu).arg(t.memory)},
        {QStringLiteral("createdAt"), time(t.createdAt)},
        {QStringLiteral("startedAt"), time(t.startedAt)},
        {QStringLiteral("stoppingAt"), time(t.stoppingAt)},
        {QStringLiteral("stoppedAt"), time(t.stoppedAt)},
        {QStringLiteral("stopCode"), t.stopCode},
        {QStringLiteral("stoppedReason"), t.stoppedReason},
    };
    QStringList expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded << m_tree->topLevelItem(i)->text(0);
    }
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    for (const auto &f : fields) {
        if (f.second.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(m_tree, {f.first, f.second});
        // ECS's stop code and reason stay verbatim; their meaning is a second line.
        QString meaning;
        if (f.first == QStringLiteral("stoppedReason"))
            meaning = Engine::EcsMessages::explain(f.second);
        else if (f.first == QStringLiteral("stopCode"))
            meaning = Engine::EcsMessages::explainStopCode(f.second);
        if (!meaning.isEmpty()) {
            auto *line = new QTreeWidgetItem(m_tree, {QString(), meaning});
            line->setToolTip(1, meaning);
            line->setForeground(1, m_tree->palette().brush(QPalette::PlaceholderText));
        }
        item->setToolTip(1, meaning.isEmpty() ? f.second
                                              : f.second + QStringLiteral("\n\n") + meaning);
    }
    for (const Engine::ContainerState &c : t.containers) {
        auto *item = new QTreeWidgetItem(
            m_tree,
            {tr("container %1").arg(c.name),
             c.lastStatus + (c.exitCode ? tr(", exit code %1").arg(*c.exitCode) : QString())});
        QList<QPair<QString, QString>> rows{
            {QStringLiteral("lastStatus"), c.lastStatus},
            {QStringLiteral("essential"), c.essential ? tr("yes") : tr("no")},
            {QStringLiteral("exitCode"), c.exitCode ? QString::number(*c.exitCode) : QString()},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("healthStatus"), c.health},
            {tr("CPU / memory in use"),
             tr("%1 % / %2 MiB").arg(c.cpuPercent, 0, 'f', 1).arg(c.memoryMiB, 0, 'f', 1)},
            {tr("Docker container"), c.dockerName}};
        QStringList ports;
        for (const Engine::PortBinding &p : c.ports)
            ports << tr("%1:%2 → %3/%4")
                         .arg(p.hostIp)
                         .arg(p.hostPort)
                         .arg(p.containerPort)
                         .arg(p.protocol);
        rows << QPair<QString, QString>{QStringLiteral("networkBindings"),
                                        ports.join(QStringLiteral(", "))};
        for (const auto &r : rows) {
            if (!r.second.isEmpty())
                new QTreeWidgetItem(item, {r.first, r.second});
        }
        item->setExpanded(expanded.isEmpty() || expanded.contains(item->text(0)));
    }
    m_tree->setUpdatesEnabled(true);
}

} // namespace Berth::Gui
