#include "ui/editors/serviceform.h"

#include "model/designedits.h"
#include "ui/editors/autoscalingform.h"
#include "ui/editors/capacityproviderstrategyeditor.h"
#include "ui/editors/constrainteditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Berth::Gui {

namespace {

QString strategyText(const QList<Model::PlacementStrategy> &strategies)
{
    QStringList parts;
    for (const Model::PlacementStrategy &s : strategies)
        parts << (s.field.isEmpty() ? s.type : s.type + u'(' + s.field + u')');
    return parts.join(QStringLiteral(", "));
}

QList<Model::PlacementStrategy> parseStrategy(const QString &text)
{
    QList<Model::PlacementStrategy> out;
    for (QString part : text.split(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        const qsizetype open = part.indexOf(u'(');
        if (open < 0) {
            out << Model::PlacementStrategy{part, {}};
            continue;
        }
        QString field = part.mid(open + 1);
        if (field.endsWith(u')'))
            field.chop(1);
        out << Model::PlacementStrategy{part.left(open).trimmed(), field.trimmed()};
    }
    return out;
}

} // namespace

ServiceForm::ServiceForm(ProjectEditor *editor, QWidget *parent)
    : EntityForm(editor, parent), m_constraints(new ConstraintEditor(editor, this)),
      m_targets(new QListWidget(this)), m_autoScaling(new AutoScalingForm(editor, this)),
      m_strategy(new CapacityProviderStrategyEditor(editor, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto get = [this](const Data &d) { return d.service(m_ref.name); };
    const auto edit = [this](Data &d) { return d.service(m_ref.name); };
#define BERTH_SET(expr)                                                                            \
    [edit](Data &d, const auto &v) {                                                               \
        if (Model::Service *s = edit(d))                                                           \
            expr;                                                                                  \
    }

    addName(form);
    addChoice(
        form, QStringLiteral("cluster"), tr("&Cluster:"),
        [](const Data &d) {
            QStringList names;
            for (const Model::Cluster &c : d.clusters)
                names << c.name;
            return names;
        },
        [get](const Data &d) { return get(d) ? get(d)->cluster : QString(); },
        BERTH_SET(s->cluster = v), true);
    addChoice(
        form, QStringLiteral("taskDefinition"), tr("&Task definition:"),
        [](const Data &d) {
            QStringList names = d.families();
            for (const Model::TaskDefinition &td : d.taskDefinitions)
                names << td.key();
            return names;
        },
        [get](const Data &d) { return get(d) ? get(d)->taskDefinition : QString(); },
        BERTH_SET(s->taskDefinition = d.pinned(v)), true);
    addInt(
        form, QStringLiteral("desiredCount"), tr("&Desired count:"), 0, 10000,
        [get](const Data &d) { return get(d) ? get(d)->desiredCount : 0; },
        BERTH_SET(Model::DesignEdits::setDesiredCount(d, s->name, v)), tr(" tasks"));
    // None, as CreateService without launchType: the cluster's default capacity provider
    // strategy places the tasks, or without one, EC2.
    const QString noLaunchType = tr("none (cluster default)");
    addChoice(
        form, QStringLiteral("launchType"), tr("&Launch type:"),
        [noLaunchType](const Data &) {
            return QStringList{noLaunchType, QStringLiteral("EC2"), QStringLiteral("FARGATE"),
                               QStringLiteral("EXTERNAL")};
        },
        [get, noLaunchType](const Data &d) {
            if (!get(d))
                return QString();
            return get(d)->launchType.isEmpty() ? noLaunchType : get(d)->launchType;
        },
        [edit, noLaunchType](Data &d, const QString &v) {
            if (Model::Service *s = edit(d))
                s->launchType = v == noLaunchType ? QString() : v;
        })
        ->setToolTip(tr("With none, the cluster's default capacity provider strategy places "
                        "the tasks, or EC2 when it has none."));
    addChoice(
        form, QStringLiteral("schedulingStrategy"), tr("&Scheduling:"),
        [](const Data &) {
            return QStringList{QStringLiteral("REPLICA"), QStringLiteral("DAEMON")};
        },
        [get](const Data &d) { return get(d) ? get(d)->schedulingStrategy : QString(); },
        BERTH_SET(s->schedulingStrategy = v));
    addOptionalInt(
        form, QStringLiteral("minimumHealthyPercent"), tr("Minimum &healthy:"), 0, 100,
        tr("default"),
        [get](const Data &d) {
            return get(d) ? get(d)->deploymentConfiguration.minimumHealthyPercent : std::nullopt;
        },
        BERTH_SET(s->deploymentConfiguration.minimumHealthyPercent = v))
        ->setSuffix(QStringLiteral(" %"));
    addOptionalInt(
        form, QStringLiteral("maximumPercent"), tr("Ma&ximum:"), 100, 200, tr("default"),
        [get](const Data &d) {
            return get(d) ? get(d)->deploymentConfiguration.maximumPercent : std::nullopt;
        },
        BERTH_SET(s->deploymentConfiguration.maximumPercent = v))
        ->setSuffix(QStringLiteral(" %"));
    addOptionalInt(
        form, QStringLiteral("healthCheckGracePeriodSeconds"), tr("Health check &grace:"), 0,
        2147483647, tr("none"),
        [get](const Data &d) {
            return get(d) ? get(d)->healthCheckGracePeriodSeconds : std::nullopt;
        },
        BERTH_SET(s->healthCheckGracePeriodSeconds = v))
        ->setSuffix(tr(" s"));
    addCheck(
        form, QStringLiteral("deploymentCircuitBreaker"), tr("Deployment circuit &breaker"),
        [get](const Data &d) {
            return get(d) && get(d)->deploymentConfiguration.circuitBreakerEnable.value_or(false);
        },
        BERTH_SET(s->deploymentConfiguration.circuitBreakerEnable = v));
    addCheck(
        form, QStringLiteral("rollback"), tr("&Roll back a failed deployment"),
        [get](const Data &d) {
            return get(d) && get(d)->deploymentConfiguration.circuitBreakerRollback;
        },
        BERTH_SET(s->deploymentConfiguration.circuitBreakerRollback = v));
    QLineEdit *strategy = addText(
        form, QStringLiteral("placementStrategy"), tr("Placement strate&gy:"),
        [get](const Data &d) {
            return get(d) ? strategyText(get(d)->placementStrategy) : QString();
        },
        BERTH_SET(s->placementStrategy = parseStrategy(v)));
    strategy->setPlaceholderText(tr("spread(attribute:ecs.availability-zone), binpack(memory)"));
#undef BERTH_SET

    auto *strategyBox = new QGroupBox(tr("Capacity provider strategy"), this);
    auto *strategyLayout = new QVBoxLayout(strategyBox);
    strategyLayout->addWidget(m_strategy);
    layout->addWidget(strategyBox);

    auto *constraintsBox = new QGroupBox(tr("Placement constraints"), this);
    auto *constraintsLayout = new QVBoxLayout(constraintsBox);
    constraintsLayout->addWidget(m_constraints);
    layout->addWidget(constraintsBox);

    auto *targetsBox = new QGroupBox(tr("Target groups"), this);
    auto *targetsLayout = new QVBoxLayout(targetsBox);
    m_targets->setObjectName(QStringLiteral("loadBalancers"));
    m_targets->setMaximumHeight(80);
    targetsLayout->addWidget(m_targets);
    auto *hint =
        new QLabel(tr("Drag from the service's handle to a target group to add one."), targetsBox);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    targetsLayout->addWidget(hint);
    auto *remove = new QPushButton(tr("Remove from target group"), targetsBox);
    targetsLayout->addWidget(remove);
    layout->addWidget(targetsBox);
    auto *scalingBox = new QGroupBox(tr("Auto Scaling"), this);
    auto *scalingLayout = new QVBoxLayout(scalingBox);
    scalingLayout->addWidget(m_autoScaling);
    layout->addWidget(scalingBox);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_targets->currentRow();
        commit(tr("target groups"), [&](Data &d) {
            Model::Service *s = d.service(m_ref.name);
            if (s && row >= 0 && row < s->loadBalancers.size())
                s->loadBalancers.removeAt(row);
        });
    });
    onRefresh([this, get](const Data &d) {
        m_targets->clear();
        if (const Model::Service *s = get(d)) {
            for (const Model::ServiceLoadBalancer &lb : s->loadBalancers)
                m_targets->addItem(tr("%1 ← container %2, port %3")
                                       .arg(lb.targetGroup, lb.containerName)
                                       .arg(lb.containerPort));
        }
    });
}

bool ServiceForm::focusPath(const QString &localPath)
{
    // The Auto Scaling section selects the policy or scheduled action a path names first.
    if (localPath.startsWith(QLatin1String("$.autoScaling")))
        return m_autoScaling->focusPath(localPath);
    return EntityForm::focusPath(localPath);
}

void ServiceForm::refresh()
{
    EntityForm::refresh();
    m_constraints->setEntity(m_ref);
    m_autoScaling->setEntity(m_ref);
    m_strategy->setEntity(m_ref);
}

} // namespace Berth::Gui
