#pragma once

#include "ui/editors/entityform.h"

namespace Berth::Gui {

/// The project's own fields: name, region, account id (used in exported ARNs).
class ProjectForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit ProjectForm(ProjectEditor *editor, QWidget *parent = nullptr);
};

} // namespace Berth::Gui
