#pragma once

#include "model/validation/diagnostic.h"

#include <QTreeWidget>

namespace Berth::Model {
class Project;
}

namespace Berth::Gui {

/// The validation diagnostics of the open project, refreshed on every change.
class ProblemsPanel final : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(Model::Project *project, QWidget *parent = nullptr);

    const Model::Diagnostics &diagnostics() const { return m_diagnostics; }

Q_SIGNALS:
    void countsChanged(int errors, int warnings);

private:
    void refresh();

    Model::Project *m_project;
    Model::Diagnostics m_diagnostics;
};

} // namespace Berth::Gui
