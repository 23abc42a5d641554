#pragma once

#include "engine/scheduler/plan.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Berth::Gui {

class PlanBoard;
class ProjectEditor;

/// Where every task of the design would be placed, by the same planner as `berth plan`:
/// task chips inside instance boxes with capacity bars, the tasks that cannot be placed
/// with the scheduler's table of instances and rules, and the rolling-deployment preflight
/// warnings on the services they concern. Planned again when the design changes while the
/// view is shown.
class PlanView final : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(ProjectEditor *editor, QWidget *parent = nullptr);

    /// Plans the current design now.
    void replan();
    const Engine::Plan &plan() const { return m_plan; }
    PlanBoard *board() const { return m_board; }
    QTreeWidget *services() const { return m_services; }
    QTableWidget *explanation() const { return m_table; }
    /// Shows the scheduler's table for a task of a service (0-based index).
    bool explain(const QString &service, int taskIndex);

Q_SIGNALS:
    /// The user wants to edit a service the plan shows.
    void serviceActivated(const QString &service);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillServices();
    void serviceSelected(QTreeWidgetItem *item);

    ProjectEditor *m_editor;
    PlanBoard *m_board;
    QLabel *m_summary;
    QTreeWidget *m_services;
    QLabel *m_tableTitle;
    QTableWidget *m_table;
    QTimer m_timer;
    Engine::Plan m_plan;
    bool m_stale = true;
};

} // namespace Berth::Gui
