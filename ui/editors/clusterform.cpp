#include "ui/editors/clusterform.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSpinBox>

namespace Berth::Gui {

ClusterForm::ClusterForm(ProjectEditor *editor, QWidget *parent) : EntityForm(editor, parent)
{
    auto *form = new QFormLayout(this);
    addName(form);
    const auto cluster = [this](const Data &d) { return d.cluster(m_ref.name); };
    const auto mutableCluster = [this](Data &d) { return d.cluster(m_ref.name); };
    QCheckBox *fargate = addCheck(
        form, QStringLiteral("fargate"), tr("&Fargate capacity"),
        [cluster](const Data &d) { return cluster(d) && cluster(d)->fargate.enabled; },
        [mutableCluster](Data &d, const bool &on) {
            if (auto *c = mutableCluster(d))
                c->fargate.enabled = on;
        });
    QSpinBox *quota = addInt(
        form, QStringLiteral("quota"), tr("Fargate task &quota:"), 0, 100000,
        [cluster](const Data &d) { return cluster(d) ? cluster(d)->fargate.quota : 0; },
        [mutableCluster](Data &d, const int &v) {
            if (auto *c = mutableCluster(d))
                c->fargate.quota = v;
        });
    quota->setSpecialValueText(tr("no limit"));
    quota->setToolTip(tr("How many FARGATE tasks may run at once in this cluster."));
    onRefresh([fargate, quota](const Data &) { quota->setEnabled(fargate->isChecked()); });
}

} // namespace Berth::Gui
