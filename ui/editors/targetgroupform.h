#pragma once

#include "ui/editors/entityform.h"

namespace Berth::Gui {

/// A target group: protocol, port, target type, deregistration delay and health check.
class TargetGroupForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit TargetGroupForm(ProjectEditor *editor, QWidget *parent = nullptr);
};

} // namespace Berth::Gui
