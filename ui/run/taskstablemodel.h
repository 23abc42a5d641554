#pragma once

#include "engine/runtime/task.h"

#include <QAbstractTableModel>

namespace Berth::Gui {

/// The run's tasks as describe-tasks lists them, one row each. A new list changes only the
/// rows whose task changed.
class TasksTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Service,
        Instance,
        LastStatus,
        DesiredStatus,
        Health,
        Started,
        StoppedReason,
        ColumnCount
    };
    static constexpr int TaskIdRole = Qt::UserRole + 1;

    explicit TasksTableModel(QObject *parent = nullptr);

    void setTasks(const QList<Engine::Task> &tasks);
    const QList<Engine::Task> &tasks() const { return m_tasks; }
    int rowOf(const QString &taskId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Engine::Task> m_tasks;
};

} // namespace Berth::Gui
