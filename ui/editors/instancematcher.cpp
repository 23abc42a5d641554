#include "ui/editors/instancematcher.h"

namespace Berth::Gui {

using Model::EntityRef;

Model::Query::InstanceFacts InstanceMatcher::factsOf(const QString &cluster,
                                                     const Model::ContainerInstance &instance)
{
    Model::Query::InstanceFacts facts;
    facts.ec2InstanceId = instance.ec2InstanceId(cluster);
    facts.attributes = instance.allAttributes();
    facts.registeredAt = instance.registeredAt;
    return facts;
}

QList<EntityRef> InstanceMatcher::matches(const Model::ProjectData &data, const QString &cluster,
                                          const Model::Query::Expression &expression)
{
    QList<EntityRef> out;
    if (expression.isNull())
        return out;
    for (const Model::Cluster &c : data.clusters) {
        if (!cluster.isEmpty() && c.name != cluster)
            continue;
        for (const Model::ContainerInstance &i : c.instances) {
            if (expression.evaluate(factsOf(c.name, i)))
                out << EntityRef::instance(c.name, i.name);
        }
    }
    return out;
}

int InstanceMatcher::candidates(const Model::ProjectData &data, const QString &cluster)
{
    int n = 0;
    for (const Model::Cluster &c : data.clusters) {
        if (cluster.isEmpty() || c.name == cluster)
            n += int(c.instances.size());
    }
    return n;
}

} // namespace Berth::Gui
