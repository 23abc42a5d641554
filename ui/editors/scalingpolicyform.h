#pragma once

#include "ui/editors/entityform.h"

class QLabel;
class QStackedWidget;

namespace Berth::Gui {

/// One of a service's scaling policies, the one at index(): its name and type, and either
/// its target tracking configuration or its step scaling configuration with the CloudWatch
/// alarm it hangs on (the step table opens in a dialog). Every change is an undoable edit.
class ScalingPolicyForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit ScalingPolicyForm(ProjectEditor *editor, QWidget *parent = nullptr);

    int index() const { return m_index; }
    /// Shows the item at \a index of \a service's (-1: none).
    void showItem(const Model::EntityRef &service, int index);

    /// A step scaling policy that adds a task while the service's CPU is over 70 % for a
    /// minute, and its alarm named after the service and \a policyName.
    static Model::StepScalingConfiguration stepDefaults(const QString &service,
                                                        const QString &policyName);
    /// The steps, one line each, as the form shows them.
    static QString stepsSummary(const Model::StepScalingConfiguration &c);

private:
    const Model::ScalingPolicy *policy(const Data &d) const;
    Model::ScalingPolicy *policy(Data &d) const;
    void editSteps();

    int m_index = -1;
    QStackedWidget *m_pages;
    QLabel *m_steps;
};

} // namespace Berth::Gui
