#pragma once

#include "ui/editors/entityform.h"

namespace Berth::Gui {

/// A container instance: type, registered CPU and memory, zone, status, attributes.
class InstanceForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit InstanceForm(ProjectEditor *editor, QWidget *parent = nullptr);
};

} // namespace Berth::Gui
