#pragma once

#include "ui/editors/entityform.h"

class QLabel;

namespace Berth::Gui {

/// One of a service's scheduled actions, the one at index(): its name, schedule (at(),
/// rate() or cron(), read as the user types), time zone and the capacities it sets. Every
/// change is an undoable edit.
class ScheduledActionForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit ScheduledActionForm(ProjectEditor *editor, QWidget *parent = nullptr);

    int index() const { return m_index; }
    /// Shows the item at \a index of \a service's (-1: none).
    void showItem(const Model::EntityRef &service, int index);

private:
    const Model::ScheduledAction *action(const Data &d) const;
    Model::ScheduledAction *action(Data &d) const;

    int m_index = -1;
    QLabel *m_scheduleProblem;
};

} // namespace Berth::Gui
