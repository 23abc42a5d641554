#pragma once

#include "ui/editors/entityform.h"

class QLabel;
class QListWidget;

namespace Berth::Gui {

class ScalingPolicyForm;
class ScheduledActionForm;

/// A service's Auto Scaling section: the scalable target (min and max tasks), the list of
/// its scaling policies (target tracking and step scaling) and of its scheduled actions,
/// each with its editor below the list. Every change is an undoable edit; what validation
/// finds in the section is shown as the user types. Insert and Delete on a list add and
/// remove.
class AutoScalingForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit AutoScalingForm(ProjectEditor *editor, QWidget *parent = nullptr);

    /// A target tracking policy on CPU at 70 %, the scalable target around the current count.
    static Model::ServiceAutoScaling defaults(int desiredCount);

    void refresh() override;
    /// Also "$.autoScaling.ScalingPolicies[i]..." and "...ScheduledActions[i]...": selects
    /// the item and focuses its field.
    bool focusPath(const QString &localPath) override;

    QListWidget *policies() const { return m_policies; }
    QListWidget *scheduledActions() const { return m_actions; }
    ScalingPolicyForm *policyForm() const { return m_policyForm; }
    ScheduledActionForm *scheduledActionForm() const { return m_actionForm; }

    void addPolicy();
    void removePolicy();
    void addScheduledAction();
    void removeScheduledAction();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Model::ServiceAutoScaling *scaling(const Data &d) const;
    void showSelection();

    QList<QWidget *> m_fields;
    QListWidget *m_policies;
    QListWidget *m_actions;
    ScalingPolicyForm *m_policyForm;
    ScheduledActionForm *m_actionForm;
    QLabel *m_problems;
    int m_policyRow = 0;
    int m_actionRow = 0;
};

} // namespace Berth::Gui
