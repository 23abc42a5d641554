#pragma once

#include "ui/editors/entityform.h"

namespace Berth::Gui {

/// A listener rule: priority, path and host conditions, and the target group it forwards to.
class ListenerRuleForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit ListenerRuleForm(ProjectEditor *editor, QWidget *parent = nullptr);
};

} // namespace Berth::Gui
