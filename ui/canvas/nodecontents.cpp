#include "ui/canvas/nodecontents.h"

#include "ui/canvas/itemmetrics.h"

#include <QLocale>

namespace Berth::Gui {

namespace {

constexpr int kMaxContainerLines = 4;

QString number(int n)
{
    return QLocale().toString(n);
}

int ruleRowsBefore(const Model::LoadBalancer &lb, int listener)
{
    int rows = 0;
    for (int l = 0; l < listener; ++l)
        rows += int(lb.listeners.at(l).rules.size());
    return rows;
}

} // namespace

NodeContent NodeContents::cluster(const Model::ProjectData &data, const Model::Cluster &c)
{
    int cpu = 0;
    int memory = 0;
    for (const Model::ContainerInstance &i : c.instances) {
        cpu += i.cpuUnits;
        memory += i.memoryMiB;
    }
    int services = 0;
    for (const Model::Service &s : data.services)
        services += s.cluster == c.name ? 1 : 0;
    NodeContent content;
    content.title = c.name;
    content.subtitle = tr("%n instance(s)", nullptr, int(c.instances.size())) +
                       QStringLiteral(" · ") + tr("%n service(s)", nullptr, services);
    if (!c.instances.isEmpty())
        content.subtitle +=
            QStringLiteral(" · ") + tr("%1 CPU · %2 MiB").arg(number(cpu), number(memory));
    if (c.fargate.enabled)
        content.chip =
            c.fargate.quota > 0 ? tr("Fargate ≤ %1 tasks").arg(c.fargate.quota) : tr("Fargate");
    return content;
}

NodeContent NodeContents::instance(const Model::ContainerInstance &i)
{
    NodeContent content;
    content.title = i.name;
    content.subtitle = i.instanceType;
    content.lines << tr("%1 CPU · %2 MiB").arg(number(i.cpuUnits), number(i.memoryMiB))
                  << i.availabilityZone;
    if (!i.attributes.isEmpty()) {
        QStringList attributes;
        for (auto it = i.attributes.cbegin(); it != i.attributes.cend(); ++it)
            attributes << it.key() + u'=' + it.value();
        content.lines << attributes.join(QStringLiteral(", "));
    }
    if (i.status == Model::ContainerInstance::Status::Draining)
        content.chip = tr("DRAINING");
    return content;
}

QString NodeContents::scalingBadge(const Model::ServiceAutoScaling &scaling)
{
    QString badge = QStringLiteral("⇅ %1–%2").arg(scaling.minCapacity).arg(scaling.maxCapacity);
    for (const Model::ScalingPolicy &p : scaling.policies) {
        if (!p.isTargetTracking())
            continue;
        const QString type = p.targetTracking.predefinedMetricType;
        const QString target = QLocale().toString(p.targetTracking.targetValue, 'g', 6);
        badge += QStringLiteral(" · ")
                 + (type == QLatin1String("ECSServiceAverageMemoryUtilization")
                        ? tr("memory %1 %").arg(target)
                    : type == QLatin1String("ALBRequestCountPerTarget")
                        ? tr("%1 req/min per target").arg(target)
                        : tr("CPU %1 %").arg(target));
        break;
    }
    return badge;
}

NodeContent NodeContents::service(const Model::Service &s)
{
    NodeContent content;
    content.title = s.name;
    content.subtitle = s.taskDefinition.isEmpty() ? tr("no task definition") : s.taskDefinition;
    content.lines << (s.isDaemon() ? tr("daemon: one task per instance")
                                   : tr("%n task(s)", nullptr, s.desiredCount));
    if (!s.placementConstraints.isEmpty())
        content.lines.last() += QStringLiteral(" · ") +
                                tr("%n constraint(s)", nullptr, int(s.placementConstraints.size()));
    if (s.autoScaling)
        content.lines << scalingBadge(*s.autoScaling);
    content.chip = s.launchType;
    return content;
}

NodeContent NodeContents::taskDefinition(const Model::TaskDefinition &td)
{
    NodeContent content;
    content.title = td.family();
    content.chip = tr("rev %1").arg(td.revision());
    QString resources =
        tr("%1 CPU · %2 MiB").arg(number(td.reservedCpu()), number(td.reservedMemory()));
    content.subtitle = td.networkMode() + QStringLiteral(" · ") + resources;
    const QList<Model::ContainerDefinition> containers = td.containers();
    for (qsizetype i = 0; i < containers.size() && i < kMaxContainerLines; ++i) {
        const Model::ContainerDefinition &c = containers.at(i);
        QStringList ports;
        for (const Model::PortMapping &m : c.portMappings())
            ports << QStringLiteral(":%1").arg(m.containerPort);
        QString line = QStringLiteral("▸ ") + c.name();
        if (!ports.isEmpty())
            line += u' ' + ports.join(u' ');
        line += QStringLiteral("  ") + c.image();
        content.lines << line;
    }
    if (containers.size() > kMaxContainerLines)
        content.lines << tr("and %n more", nullptr, int(containers.size() - kMaxContainerLines));
    return content;
}

QSizeF NodeContents::taskDefinitionSize(const Model::TaskDefinition &td)
{
    const int lines = std::min<int>(int(td.containers().size()), kMaxContainerLines + 1) + 1;
    return QSizeF(Metrics::kTaskDefinitionWidth,
                  Metrics::kHeaderHeight + 10 + lines * Metrics::kLineHeight);
}

QString NodeContents::listenerDefault(const Model::Listener &listener)
{
    switch (listener.defaultAction) {
    case Model::ListenerRule::Action::FixedResponse:
        return tr("fixed response %1").arg(listener.defaultFixedResponse.statusCode);
    case Model::ListenerRule::Action::Redirect:
        return tr("redirect %1").arg(listener.defaultRedirect.statusCode.mid(5));
    case Model::ListenerRule::Action::Forward:
        break;
    }
    return listener.defaultTargetGroup.isEmpty() ? tr("(no default)")
                                                 : listener.defaultTargetGroup;
}

NodeContent NodeContents::loadBalancer(const Model::LoadBalancer &lb)
{
    NodeContent content;
    content.title = lb.name;
    const bool application = lb.type == Model::LoadBalancer::Type::Application;
    content.chip = application ? QStringLiteral("ALB") : QStringLiteral("NLB");
    for (const Model::Listener &l : lb.listeners) {
        content.lines << tr("%1 :%2 → %3").arg(l.protocol).arg(l.port).arg(listenerDefault(l));
    }
    if (lb.listeners.isEmpty())
        content.lines << tr("no listener");
    return content;
}

QSizeF NodeContents::loadBalancerSize(const Model::LoadBalancer &lb)
{
    const int lines = std::max<int>(1, int(lb.listeners.size()));
    return QSizeF(Metrics::kLoadBalancerWidth,
                  Metrics::kHeaderHeight + 8 + lines * Metrics::kLineHeight +
                      ruleRowsBefore(lb, int(lb.listeners.size())) * Metrics::kRuleHeight + 6);
}

QPointF NodeContents::rulePosition(const Model::LoadBalancer &lb, int listener, int rule)
{
    const int lines = std::max<int>(1, int(lb.listeners.size()));
    const qreal top = Metrics::kHeaderHeight + 6 + lines * Metrics::kLineHeight;
    return QPointF(6, top + (ruleRowsBefore(lb, listener) + rule) * Metrics::kRuleHeight + 2);
}

NodeContent NodeContents::rule(const Model::LoadBalancer &lb, int listener, int rule)
{
    const Model::ListenerRule &r = lb.listeners.at(listener).rules.at(rule);
    QStringList conditions = r.pathPatterns;
    conditions += r.hostHeaders;
    NodeContent content;
    content.title = QStringLiteral("%1  %2").arg(r.priority).arg(conditions.join(u' '));
    if (lb.listeners.size() > 1)
        content.title.prepend(QStringLiteral(":%1  ").arg(lb.listeners.at(listener).port));
    return content;
}

NodeContent NodeContents::targetGroup(const Model::TargetGroup &tg)
{
    NodeContent content;
    content.title = tg.name;
    content.subtitle = tr("%1 :%2 · %3").arg(tg.protocol).arg(tg.port).arg(tg.targetType);
    content.lines << tr("health %1 every %2 s")
                         .arg(tg.healthCheck.protocol.startsWith(QLatin1String("HTTP"))
                                  ? tg.healthCheck.path
                                  : tg.healthCheck.protocol)
                         .arg(tg.healthCheck.intervalSeconds);
    return content;
}

NodeContent NodeContents::repository(const Model::ProjectData &data,
                                     const Model::EcrRepository &repository)
{
    NodeContent content;
    content.title = repository.name;
    content.subtitle = tr("ECR · %1").arg(repository.imageTagMutability);
    // The mapping is shown, not hidden: ECR's URI and where Berth serves it from.
    content.lines << data.repositoryUri(repository.name).section(u'/', 0, 0);
    content.lines << (repository.keepLastImages > 0
                          ? tr("keeps the last %n image(s)", nullptr, repository.keepLastImages)
                          : tr("keeps every image"));
    return content;
}

} // namespace Berth::Gui
