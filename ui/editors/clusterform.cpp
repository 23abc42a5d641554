#include "ui/editors/clusterform.h"

#include "ui/editors/capacityproviderform.h"
#include "ui/editors/capacityproviderstrategyeditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Berth::Gui {

ClusterForm::ClusterForm(ProjectEditor *editor, QWidget *parent)
    : EntityForm(editor, parent), m_providers(new CapacityProviderForm(editor, this)),
      m_defaultStrategy(new CapacityProviderStrategyEditor(editor, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
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
    auto *providers = new QGroupBox(tr("Capacity providers"), this);
    auto *providersLayout = new QVBoxLayout(providers);
    providersLayout->addWidget(m_providers);
    layout->addWidget(providers);
    // The same rows as a service's strategy, for services that name neither a launch type
    // nor a strategy (and RunTask calls that do not).
    auto *strategy = new QGroupBox(tr("Default capacity provider strategy"), this);
    strategy->setObjectName(QStringLiteral("defaultCapacityProviderStrategy"));
    auto *strategyLayout = new QVBoxLayout(strategy);
    strategyLayout->addWidget(m_defaultStrategy);
    layout->addWidget(strategy);
    layout->addStretch();
}

void ClusterForm::refresh()
{
    EntityForm::refresh();
    m_providers->setEntity(m_ref);
    m_defaultStrategy->setEntity(m_ref);
}

bool ClusterForm::focusPath(const QString &localPath)
{
    return m_providers->focusPath(localPath) || EntityForm::focusPath(localPath);
}

} // namespace Berth::Gui
