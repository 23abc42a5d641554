#include "ui/run/taskstablemodel.h"

#include "engine/runtime/ecsmessages.h"
#include "ui/style/palette.h"

#include <QBrush>
#include <QColor>

namespace Berth::Gui {

TasksTableModel::TasksTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void TasksTableModel::setTasks(const QList<Engine::Task> &tasks)
{
    bool sameRows = tasks.size() == m_tasks.size();
    for (qsizetype i = 0; sameRows && i < tasks.size(); ++i)
        sameRows = tasks.at(i).id == m_tasks.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_tasks = tasks;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i) == m_tasks.at(i))
            continue;
        m_tasks[i] = tasks.at(i);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int TasksTableModel::rowOf(const QString &taskId) const
{
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).id == taskId)
            return int(i);
    }
    return -1;
}

int TasksTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TasksTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TasksTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const Engine::Task &t = m_tasks.at(index.row());
    if (role == TaskIdRole)
        return t.id;
    if (role == Qt::ForegroundRole && t.isStopped())
        return QBrush(Palette::taskStoppedText);
    if (role == Qt::ToolTipRole && index.column() == StoppedReason) {
        const QString meaning = Engine::EcsMessages::explain(t.stoppedReason);
        return meaning.isEmpty() ? t.stoppedReason
                                 : t.stoppedReason + QStringLiteral("\n\n") + meaning;
    }
    if (role == Qt::ToolTipRole && index.column() == Id)
        return t.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return t.id.left(12);
    case Service:
        return t.service.isEmpty() ? tr("(standalone) %1").arg(t.taskDefinition) : t.service;
    case Instance:
        return t.instance.isEmpty() ? tr("Fargate %1").arg(t.address) : t.instance;
    case LastStatus:
        return Engine::taskStatusName(t.lastStatus);
    case DesiredStatus:
        return Engine::taskStatusName(t.desiredStatus);
    case Health:
        return t.health;
    case Started:
        return t.startedAt.isValid()
                   ? t.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                   : QString();
    case StoppedReason:
        return t.stoppedReason;
    }
    return {};
}

QVariant TasksTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Task");
    case Service:
        return tr("Service");
    case Instance:
        return tr("Instance");
    case LastStatus:
        return QStringLiteral("lastStatus"); // ECS's member name
    case DesiredStatus:
        return QStringLiteral("desiredStatus"); // ECS's member name
    case Health:
        return tr("Health");
    case Started:
        return tr("Started");
    case StoppedReason:
        return QStringLiteral("stoppedReason"); // ECS's member name
    }
    return {};
}

} // namespace Berth::Gui
