#pragma once

#include "ui/editors/entityform.h"

namespace Berth::Gui {

class CapacityProviderForm;

/// A cluster: its name, its Fargate capacity and its capacity providers.
class ClusterForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit ClusterForm(ProjectEditor *editor, QWidget *parent = nullptr);

    CapacityProviderForm *capacityProviders() const { return m_providers; }
    void refresh() override;
    bool focusPath(const QString &localPath) override;

private:
    CapacityProviderForm *m_providers;
};

} // namespace Berth::Gui
