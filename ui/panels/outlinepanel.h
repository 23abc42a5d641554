#pragma once

#include <QTreeWidget>

namespace Berth::Model {
class Project;
}

namespace Berth::Gui {

/// The project as a tree: clusters and their instances, task definition families and
/// revisions, services, load balancers with listeners and rules, target groups.
class OutlinePanel final : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OutlinePanel(Model::Project *project, QWidget *parent = nullptr);

private:
    void rebuild();

    Model::Project *m_project;
};

} // namespace Berth::Gui
