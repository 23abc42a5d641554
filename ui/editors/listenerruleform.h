#pragma once

#include "ui/editors/entityform.h"

namespace Berth::Gui {

/// A listener rule: priority, its conditions, and its action: forward (to one target group or
/// weighted to several), fixed-response or redirect.
class ListenerRuleForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit ListenerRuleForm(ProjectEditor *editor, QWidget *parent = nullptr);
};

} // namespace Berth::Gui
