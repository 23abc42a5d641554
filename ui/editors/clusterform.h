#pragma once

#include "ui/editors/entityform.h"

namespace Berth::Gui {

/// A cluster: its name and its Fargate capacity.
class ClusterForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit ClusterForm(ProjectEditor *editor, QWidget *parent = nullptr);
};

} // namespace Berth::Gui
