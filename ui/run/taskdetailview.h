#pragma once

#include "engine/runtime/task.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;

namespace Berth::Gui {

/// One task in full: its fields as describe-tasks shows them, and each container with its
/// status, exit code, reason, health and published ports. Buttons act on it.
class TaskDetailView final : public QWidget
{
    Q_OBJECT
public:
    explicit TaskDetailView(QWidget *parent = nullptr);

    /// Shows the task; a task equal to the one shown changes nothing.
    void setTask(const Engine::Task &task, bool demoImage);
    void clearTask();
    QString taskId() const { return m_task.id; }
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void stopRequested(const QString &taskId);
    void logsRequested(const QString &taskId);
    /// path: "/cpu?ms=2000", "/mem?mb=64", "/fail-health", "/crash"
    void loadRequested(const QString &taskId, const QString &path);

private:
    QLabel *m_title;
    QTreeWidget *m_tree;
    QToolButton *m_stop;
    QToolButton *m_logs;
    QToolButton *m_load;
    Engine::Task m_task;
    bool m_shown = false;
};

} // namespace Berth::Gui
