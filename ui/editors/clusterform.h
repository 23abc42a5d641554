#pragma once

#include "ui/editors/entityform.h"

namespace Berth::Gui {

class CapacityProviderForm;
class CapacityProviderStrategyEditor;

/// A cluster: its name, its Fargate capacity, its capacity providers and its default capacity
/// provider strategy.
class ClusterForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit ClusterForm(ProjectEditor *editor, QWidget *parent = nullptr);

    CapacityProviderForm *capacityProviders() const { return m_providers; }
    CapacityProviderStrategyEditor *defaultStrategy() const { return m_defaultStrategy; }
    void refresh() override;
    bool focusPath(const QString &localPath) override;

private:
    CapacityProviderForm *m_providers;
    CapacityProviderStrategyEditor *m_defaultStrategy;
};

} // namespace Berth::Gui
