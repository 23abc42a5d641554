#pragma once

#include "ui/editors/entityform.h"

class QListWidget;

namespace Berth::Gui {

class AutoScalingForm;
class CapacityProviderStrategyEditor;
class ConstraintEditor;

/// A service: cluster, task definition, count, launch type, deployment settings, placement
/// strategy and constraints, its capacity provider strategy, the target groups it registers
/// with, and its Auto Scaling.
class ServiceForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit ServiceForm(ProjectEditor *editor, QWidget *parent = nullptr);

    ConstraintEditor *constraints() const { return m_constraints; }
    void refresh() override;
    bool focusPath(const QString &localPath) override;

private:
    ConstraintEditor *m_constraints;
    QListWidget *m_targets;
    AutoScalingForm *m_autoScaling;
    CapacityProviderStrategyEditor *m_strategy;
};

} // namespace Berth::Gui
