#pragma once

#include "engine/runtime/task.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace Berth::Gui {

class TasksTableModel;

/// The run's tasks in a table: id, service, instance, lastStatus, desiredStatus, health,
/// started and stoppedReason. Keeps the selected task selected across updates.
class TasksPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TasksPanel(QWidget *parent = nullptr);

    void setTasks(const QList<Engine::Task> &tasks);
    TasksTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString selectedTask() const { return m_selected; }
    void selectTask(const QString &taskId);

Q_SIGNALS:
    void taskSelected(const QString &taskId);
    void taskActivated(const QString &taskId);
    void menuRequested(const QString &taskId, const QPoint &globalPos);

private:
    void reselect();

    TasksTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QString m_selected;
};

} // namespace Berth::Gui
