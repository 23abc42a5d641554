#pragma once

#include "ui/editors/entityform.h"

class QLabel;

namespace Berth::Gui {

/// A service's Auto Scaling section: the scalable target (min and max tasks) and its first
/// target tracking policy (metric, target, cooldowns, scale-in), each change an undoable
/// edit; what validation finds in it is shown as the user types. Further policies and
/// scheduled actions are kept as the project file has them.
class AutoScalingForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit AutoScalingForm(ProjectEditor *editor, QWidget *parent = nullptr);

    /// A target tracking policy on CPU at 70 %, the scalable target around the current count.
    static Model::ServiceAutoScaling defaults(int desiredCount);

private:
    QList<QWidget *> m_fields;
    QLabel *m_problems;
    QLabel *m_kept;
};

} // namespace Berth::Gui
