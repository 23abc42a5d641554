#include "ui/panels/problemspanel.h"

#include "model/project.h"
#include "model/validation/validator.h"

#include <QHeaderView>
#include <QStyle>

namespace Berth::Gui {

ProblemsPanel::ProblemsPanel(Model::Project *project, QWidget *parent)
    : QTreeWidget(parent), m_project(project)
{
    setColumnCount(4);
    setHeaderLabels({tr("Severity"), tr("Entity"), tr("Problem"), tr("What to do")});
    setRootIsDecorated(false);
    header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(project, &Model::Project::changed, this, &ProblemsPanel::refresh);
    refresh();
}

void ProblemsPanel::refresh()
{
    clear();
    m_diagnostics = Model::Validator::validate(m_project->data());
    int warnings = 0;
    for (const Model::Diagnostic &d : m_diagnostics) {
        auto *item = new QTreeWidgetItem(
            this, {Model::Diagnostic::severityName(d.severity), d.entity, d.message, d.hint});
        item->setToolTip(2, d.path);
        item->setIcon(0, style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical
                                                           : QStyle::SP_MessageBoxWarning));
        if (!d.isError())
            ++warnings;
    }
    Q_EMIT countsChanged(Model::errorCount(m_diagnostics), warnings);
}

} // namespace Berth::Gui
