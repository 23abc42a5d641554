#include "ui/clipboardfragment.h"

#include "model/designedits.h"
#include "ui/canvas/layoutedits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;
using Model::ProjectData;

namespace {

const QLatin1String kClusters("clusters");
const QLatin1String kInstances("instances");
const QLatin1String kServices("services");
const QLatin1String kTaskDefinitions("taskDefinitions");
const QLatin1String kLoadBalancers("loadBalancers");
const QLatin1String kTargetGroups("targetGroups");

QList<Model::JsonReader> readers(const QJsonObject &o, const QString &key,
                                 QList<Model::JsonIssue> *issues)
{
    return Model::JsonReader(o, QStringLiteral("$"), issues).children(key);
}

} // namespace

QString ClipboardFragment::mimeType()
{
    return QStringLiteral("application/x-berth-fragment+json");
}

QJsonObject ClipboardFragment::copy(const ProjectData &data, const QList<EntityRef> &refs)
{
    QJsonArray clusters, instances, services, tds, lbs, tgs;
    QStringList copiedClusters;
    for (const EntityRef &ref : refs) {
        if (ref.kind == EntityKind::Cluster) {
            if (const Model::Cluster *c = data.cluster(ref.name)) {
                clusters << c->toJson();
                copiedClusters << c->name;
            }
        }
    }
    for (const EntityRef &ref : refs) {
        switch (ref.kind) {
        case EntityKind::ContainerInstance:
            if (copiedClusters.contains(ref.parent))
                break;
            if (const Model::Cluster *c = data.cluster(ref.parent)) {
                if (const Model::ContainerInstance *i = c->instance(ref.name))
                    instances << QJsonObject{{QStringLiteral("cluster"), c->name},
                                             {QStringLiteral("instance"), i->toJson()}};
            }
            break;
        case EntityKind::Service:
            if (const Model::Service *s = data.service(ref.name);
                s && !copiedClusters.contains(s->cluster))
                services << s->toJson();
            break;
        case EntityKind::TaskDefinition:
            if (const Model::TaskDefinition *td = data.latestRevision(ref.name))
                tds << td->toProjectJson();
            break;
        case EntityKind::LoadBalancer:
            if (const Model::LoadBalancer *lb = data.loadBalancer(ref.name))
                lbs << lb->toJson();
            break;
        case EntityKind::TargetGroup:
            if (const Model::TargetGroup *tg = data.targetGroup(ref.name))
                tgs << tg->toJson();
            break;
        default:
            break;
        }
    }
    for (const Model::Service &s : data.services) {
        if (copiedClusters.contains(s.cluster))
            services << s.toJson();
    }
    QJsonObject out{{QStringLiteral("format"), QStringLiteral("berth-fragment")}};
    const auto put = [&](QLatin1String key, const QJsonArray &list) {
        if (!list.isEmpty())
            out.insert(key, list);
    };
    put(kClusters, clusters);
    put(kInstances, instances);
    put(kServices, services);
    put(kTaskDefinitions, tds);
    put(kLoadBalancers, lbs);
    put(kTargetGroups, tgs);
    return out;
}

QMimeData *ClipboardFragment::toMimeData(const QJsonObject &fragment)
{
    auto *mime = new QMimeData;
    const QByteArray json = QJsonDocument(fragment).toJson(QJsonDocument::Indented);
    mime->setData(mimeType(), json);
    mime->setText(QString::fromUtf8(json));
    return mime;
}

QJsonObject ClipboardFragment::fromMimeData(const QMimeData *mime)
{
    if (!mime)
        return {};
    QByteArray bytes = mime->data(mimeType());
    if (bytes.isEmpty())
        bytes = mime->text().toUtf8();
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    return o.value(QStringLiteral("format")).toString() == QLatin1String("berth-fragment")
               ? o
               : QJsonObject();
}

QList<EntityRef> ClipboardFragment::paste(ProjectData &data, const QJsonObject &fragment,
                                          QPointF offset, const QString &targetCluster)
{
    QList<Model::JsonIssue> issues;
    QList<EntityRef> added;
    QHash<QString, QString> clusterNames, families, targetGroups;

    for (const Model::JsonReader &in : readers(fragment, kTargetGroups, &issues)) {
        Model::TargetGroup tg = Model::TargetGroup::fromJson(in);
        const QString name = Model::DesignEdits::uniqueName(data, EntityKind::TargetGroup, tg.name);
        targetGroups.insert(tg.name, name);
        tg.name = name;
        tg.position += offset;
        data.targetGroups << tg;
        added << EntityRef::targetGroup(name);
    }
    const auto tgName = [&](const QString &n) { return targetGroups.value(n, n); };
    for (const Model::JsonReader &in : readers(fragment, kTaskDefinitions, &issues)) {
        Model::TaskDefinition td = Model::TaskDefinition::fromProjectJson(in);
        const QString family =
            Model::DesignEdits::uniqueName(data, EntityKind::TaskDefinition, td.family());
        families.insert(td.family(), family);
        td.set(QStringLiteral("family"), family);
        td.setRevision(1);
        td.setPosition(td.position() + offset);
        data.taskDefinitions << td;
        added << EntityRef::taskDefinition(family);
    }
    for (const Model::JsonReader &in : readers(fragment, kLoadBalancers, &issues)) {
        Model::LoadBalancer lb = Model::LoadBalancer::fromJson(in);
        lb.name = Model::DesignEdits::uniqueName(data, EntityKind::LoadBalancer, lb.name);
        lb.position += offset;
        for (Model::Listener &l : lb.listeners) {
            l.defaultTargetGroup = tgName(l.defaultTargetGroup);
            for (Model::ListenerRule &r : l.rules) {
                r.targetGroup = tgName(r.targetGroup);
                for (Model::WeightedTargetGroup &g : r.targetGroups)
                    g.targetGroup = tgName(g.targetGroup);
            }
        }
        data.loadBalancers << lb;
        added << EntityRef::loadBalancer(lb.name);
    }
    for (const Model::JsonReader &in : readers(fragment, kClusters, &issues)) {
        Model::Cluster c = Model::Cluster::fromJson(in);
        const QString name = Model::DesignEdits::uniqueName(data, EntityKind::Cluster, c.name);
        clusterNames.insert(c.name, name);
        c.name = name;
        c.frame.translate(offset);
        data.clusters << c;
        added << EntityRef::cluster(name);
    }
    for (const Model::JsonReader &in : readers(fragment, kInstances, &issues)) {
        const QString from = in.string(QStringLiteral("cluster"));
        const QString into = data.cluster(targetCluster) ? targetCluster : from;
        Model::Cluster *c = data.cluster(into);
        if (!c)
            continue;
        Model::ContainerInstance i =
            Model::ContainerInstance::fromJson(in.child(QStringLiteral("instance")));
        i.name = Model::DesignEdits::uniqueName(data, EntityKind::ContainerInstance, i.name, into);
        i.position += into == from ? offset : QPointF();
        c->instances << i;
        LayoutEdits::fitFrame(data, into);
        added << EntityRef::instance(into, i.name);
    }
    for (const Model::JsonReader &in : readers(fragment, kServices, &issues)) {
        Model::Service s = Model::Service::fromJson(in);
        const bool withCluster = clusterNames.contains(s.cluster);
        s.name = Model::DesignEdits::uniqueName(data, EntityKind::Service, s.name);
        s.cluster = clusterNames.value(s.cluster, s.cluster);
        QString suffix;
        QString family = s.taskDefinition;
        if (const qsizetype colon = family.lastIndexOf(u':'); colon >= 0) {
            suffix = family.mid(colon);
            family.truncate(colon);
        }
        if (families.contains(family))
            s.taskDefinition = families.value(family); // the copy has one revision
        s.taskDefinition = data.pinned(s.taskDefinition);
        for (Model::ServiceLoadBalancer &link : s.loadBalancers)
            link.targetGroup = tgName(link.targetGroup);
        if (!withCluster)
            s.position += offset;
        data.services << s;
        if (!withCluster)
            LayoutEdits::fitFrame(data, s.cluster);
        added << EntityRef::service(s.name);
    }
    return added;
}

} // namespace Berth::Gui
