#pragma once

#include "ui/editors/entityform.h"

namespace Berth::Gui {

/// An ECR repository: name, its URI in ECR's form, tag mutability, scan on push (kept for
/// the design; nothing scans locally), the lifecycle rule "keep the last N images" and the
/// task definitions that use it.
class RepositoryForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit RepositoryForm(ProjectEditor *editor, QWidget *parent = nullptr);
};

} // namespace Berth::Gui
