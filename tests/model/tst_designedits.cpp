// The editing vocabulary of a design (Model::DesignEdits): names, renames that carry their
// references along, removals that cascade, and the update-service and instance-state edits
// that the window, its run mode and `berth service` share.
#include "model/designedits.h"
#include "model/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Berth::Model;

using Edit = std::function<QString(ProjectData &)>;
using Check = std::function<bool(const ProjectData &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Check)

namespace {

QJsonObject definition(const QString &family)
{
    const QJsonObject container{{QStringLiteral("name"), QStringLiteral("app")},
                                {QStringLiteral("image"), QStringLiteral("nginx:alpine")},
                                {QStringLiteral("memory"), 256}};
    return {{QStringLiteral("family"), family},
            {QStringLiteral("containerDefinitions"), QJsonArray{container}}};
}

/// Two clusters, a family with two revisions, two services, an ALB with one listener and
/// two rules, two target groups.
ProjectData design()
{
    ProjectData d;
    d.name = QStringLiteral("shop");
    Cluster production;
    production.name = QStringLiteral("production");
    production.instances << ContainerInstance::ofType(QStringLiteral("web-1"),
                                                      QStringLiteral("m5.large"),
                                                      QStringLiteral("us-east-1b"))
                         << ContainerInstance::ofType(QStringLiteral("web-2"),
                                                      QStringLiteral("m5.large"),
                                                      QStringLiteral("us-east-1c"));
    Cluster staging;
    staging.name = QStringLiteral("staging");
    staging.instances << ContainerInstance::ofType(
        QStringLiteral("web-1"), QStringLiteral("t3.small"), QStringLiteral("us-east-1a"));
    d.clusters << production << staging;
    // ofType() registers them now: a fixed time makes two designs compare equal.
    for (Cluster &c : d.clusters) {
        for (ContainerInstance &i : c.instances)
            i.registeredAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    }
    d.registerTaskDefinition(definition(QStringLiteral("api")));
    d.registerTaskDefinition(definition(QStringLiteral("api")));
    d.registerTaskDefinition(definition(QStringLiteral("front")));

    Service api;
    api.name = QStringLiteral("api");
    api.cluster = QStringLiteral("production");
    api.taskDefinition = QStringLiteral("api:1");
    api.desiredCount = 2;
    api.loadBalancers << ServiceLoadBalancer{QStringLiteral("api-tg"), QStringLiteral("app"), 80};
    Service front;
    front.name = QStringLiteral("front");
    front.cluster = QStringLiteral("staging");
    front.taskDefinition = QStringLiteral("front");
    front.loadBalancers << ServiceLoadBalancer{QStringLiteral("front-tg"), QStringLiteral("app"),
                                               80};
    d.services << api << front;

    TargetGroup apiTg;
    apiTg.name = QStringLiteral("api-tg");
    TargetGroup frontTg;
    frontTg.name = QStringLiteral("front-tg");
    d.targetGroups << apiTg << frontTg;

    LoadBalancer web;
    web.name = QStringLiteral("web");
    Listener http;
    http.defaultTargetGroup = QStringLiteral("front-tg");
    ListenerRule toApi;
    toApi.priority = 10;
    toApi.pathPatterns << QStringLiteral("/api/*");
    toApi.targetGroup = QStringLiteral("api-tg");
    ListenerRule toFront;
    toFront.priority = 20;
    toFront.pathPatterns << QStringLiteral("/static/*");
    toFront.targetGroup = QStringLiteral("front-tg");
    http.rules << toApi << toFront;
    web.listeners << http;
    d.loadBalancers << web;
    return d;
}

const ContainerInstance *instanceOf(const ProjectData &d, const QString &cluster,
                                    const QString &name)
{
    const Cluster *c = d.cluster(cluster);
    return c ? c->instance(name) : nullptr;
}

QString nonceOf(const ProjectData &d, const QString &service)
{
    return d.service(service)
        ->extra.value(QLatin1String(Service::kDeploymentNonce))
        .toVariant()
        .toString();
}

} // namespace

class tst_DesignEdits : public QObject
{
    Q_OBJECT

private slots:
    void existsAndNames()
    {
        const ProjectData d = design();
        QVERIFY(DesignEdits::exists(d, EntityRef::instance("staging", "web-1")));
        QVERIFY(!DesignEdits::exists(d, EntityRef::instance("staging", "web-2")));
        QVERIFY(DesignEdits::exists(d, EntityRef::taskDefinition("api")));
        QVERIFY(DesignEdits::exists(d, EntityRef::listenerRule("web", 0, 1)));
        QVERIFY(!DesignEdits::exists(d, EntityRef::listenerRule("web", 0, 2)));
        QVERIFY(!DesignEdits::exists(d, EntityRef()));
        QCOMPARE(DesignEdits::displayName(d, EntityRef::service("api")),
                 QStringLiteral("service api"));
        QCOMPARE(DesignEdits::displayName(d, EntityRef::instance("staging", "web-1")),
                 QStringLiteral("instance web-1 of staging"));
        QCOMPARE(DesignEdits::displayName(d, EntityRef::listenerRule("web", 0, 1)),
                 QStringLiteral("rule 20 of web"));
    }

    void uniqueName_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("expected");
        QTest::newRow("free") << int(EntityKind::Service) << "worker" << QString() << "worker";
        QTest::newRow("taken") << int(EntityKind::Service) << "api" << QString() << "api-2";
        QTest::newRow("family taken")
            << int(EntityKind::TaskDefinition) << "front" << QString() << "front-2";
        QTest::newRow("numbered, taken: next number, not web-2-2")
            << int(EntityKind::ContainerInstance) << "web-2"
            << "production"
            << "web-3";
        QTest::newRow("instance names are per cluster")
            << int(EntityKind::ContainerInstance) << "web-2"
            << "staging"
            << "web-2";
        QTest::newRow("cluster") << int(EntityKind::Cluster) << "staging" << QString()
                                 << "staging-2";
        QTest::newRow("target group")
            << int(EntityKind::TargetGroup) << "api-tg" << QString() << "api-tg-2";
        QTest::newRow("load balancer")
            << int(EntityKind::LoadBalancer) << "web" << QString() << "web-2";
    }

    void uniqueName()
    {
        QFETCH(int, kind);
        QFETCH(QString, base);
        QFETCH(QString, parent);
        QFETCH(QString, expected);
        QCOMPARE(DesignEdits::uniqueName(design(), EntityKind(kind), base, parent), expected);
    }

    void rename_data()
    {
        QTest::addColumn<EntityRef>("ref");
        QTest::addColumn<QString>("name");
        QTest::addColumn<Check>("check");
        QTest::newRow("cluster: its services follow")
            << EntityRef::cluster("production") << "prod" << Check([](const ProjectData &d) {
                   return d.cluster("prod") && !d.cluster("production") &&
                          d.service("api")->cluster == QLatin1String("prod") &&
                          d.service("front")->cluster == QLatin1String("staging");
               });
        QTest::newRow("family: every revision and the services' references, revision kept")
            << EntityRef::taskDefinition("api") << "backend" << Check([](const ProjectData &d) {
                   return d.taskDefinition("backend:1") && d.taskDefinition("backend:2") &&
                          !d.latestRevision("api") &&
                          d.service("api")->taskDefinition == QLatin1String("backend:1") &&
                          d.service("front")->taskDefinition == QLatin1String("front");
               });
        QTest::newRow("family without revision in the reference")
            << EntityRef::taskDefinition("front") << "site" << Check([](const ProjectData &d) {
                   return d.service("front")->taskDefinition == QLatin1String("site");
               });
        QTest::newRow("target group: service links, listener default and rules")
            << EntityRef::targetGroup("front-tg") << "site-tg" << Check([](const ProjectData &d) {
                   const Listener &l = d.loadBalancer("web")->listeners.at(0);
                   return d.targetGroup("site-tg") &&
                          d.service("front")->loadBalancers.at(0).targetGroup ==
                              QLatin1String("site-tg") &&
                          l.defaultTargetGroup == QLatin1String("site-tg") &&
                          l.rules.at(1).targetGroup == QLatin1String("site-tg") &&
                          l.rules.at(0).targetGroup == QLatin1String("api-tg");
               });
        QTest::newRow("instance: only in its cluster")
            << EntityRef::instance("staging", "web-1") << "edge-1"
            << Check([](const ProjectData &d) {
                   return instanceOf(d, "staging", "edge-1") &&
                          instanceOf(d, "production", "web-1");
               });
        QTest::newRow("service") << EntityRef::service("front") << " site "
                                 << Check([](const ProjectData &d) {
                                        return d.service("site") && !d.service("front");
                                    });
        QTest::newRow("load balancer")
            << EntityRef::loadBalancer("web") << "edge"
            << Check([](const ProjectData &d) { return d.loadBalancer("edge"); });
    }

    void rename()
    {
        QFETCH(EntityRef, ref);
        QFETCH(QString, name);
        QFETCH(Check, check);
        ProjectData d = design();
        QCOMPARE(DesignEdits::rename(d, ref, name), QString());
        QVERIFY(check(d));
    }

    void renameRefused_data()
    {
        QTest::addColumn<EntityRef>("ref");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << EntityRef::service("api") << "  "
                               << "A name cannot be empty.";
        QTest::newRow("taken") << EntityRef::service("api") << "front"
                               << "There is already a service named \"front\".";
        QTest::newRow("taken in the cluster")
            << EntityRef::instance("production", "web-1") << "web-2"
            << "There is already a container instance named "
               "\"web-2\".";
        QTest::newRow("a rule has no name") << EntityRef::listenerRule("web", 0, 0) << "x"
                                            << "A listener rule has no name to change.";
    }

    void renameRefused()
    {
        QFETCH(EntityRef, ref);
        QFETCH(QString, name);
        QFETCH(QString, error);
        ProjectData d = design();
        QCOMPARE(DesignEdits::rename(d, ref, name), error);
        QCOMPARE(d, design());
    }

    void remove_data()
    {
        QTest::addColumn<QList<EntityRef>>("refs");
        QTest::addColumn<Check>("check");
        QTest::newRow("cluster: its instances and services go with it")
            << QList<EntityRef>{EntityRef::cluster("production")}
            << Check([](const ProjectData &d) {
                   return !d.cluster("production") && !d.service("api") && d.service("front") &&
                          d.clusters.size() == 1;
               });
        QTest::newRow("family: every revision")
            << QList<EntityRef>{EntityRef::taskDefinition("api")}
            << Check([](const ProjectData &d) {
                   return d.taskDefinitions.size() == 1 && !d.latestRevision("api");
               });
        QTest::newRow("target group: its links, not the rules or services")
            << QList<EntityRef>{EntityRef::targetGroup("front-tg")}
            << Check([](const ProjectData &d) {
                   const Listener &l = d.loadBalancer("web")->listeners.at(0);
                   return !d.targetGroup("front-tg") && d.service("front") &&
                          d.service("front")->loadBalancers.isEmpty() &&
                          d.service("api")->loadBalancers.size() == 1 &&
                          l.defaultTargetGroup.isEmpty() && l.rules.size() == 2 &&
                          l.rules.at(1).targetGroup.isEmpty();
               });
        QTest::newRow("two rules in any order: both go")
            << QList<EntityRef>{EntityRef::listenerRule("web", 0, 0),
                                EntityRef::listenerRule("web", 0, 1)}
            << Check([](const ProjectData &d) {
                   return d.loadBalancer("web")->listeners.at(0).rules.isEmpty();
               });
        QTest::newRow("the first rule: the second stays")
            << QList<EntityRef>{EntityRef::listenerRule("web", 0, 0)}
            << Check([](const ProjectData &d) {
                   const Listener &l = d.loadBalancer("web")->listeners.at(0);
                   return l.rules.size() == 1 && l.rules.at(0).priority == 20;
               });
        QTest::newRow("an instance, not its namesake in another cluster")
            << QList<EntityRef>{EntityRef::instance("production", "web-1")}
            << Check([](const ProjectData &d) {
                   return !instanceOf(d, "production", "web-1") &&
                          instanceOf(d, "production", "web-2") && instanceOf(d, "staging", "web-1");
               });
        QTest::newRow("what is not there: nothing")
            << QList<EntityRef>{EntityRef::service("worker"), EntityRef::listenerRule("web", 3, 0)}
            << Check([](const ProjectData &d) { return d == design(); });
    }

    void remove()
    {
        QFETCH(QList<EntityRef>, refs);
        QFETCH(Check, check);
        ProjectData d = design();
        DesignEdits::remove(d, refs);
        QVERIFY(check(d));
    }

    // The edits of update-service and update-container-instances-state, done and refused.
    void designEdits_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("error");
        QTest::addColumn<Check>("check");
        const Check unchanged = [](const ProjectData &d) { return d == design(); };
        const QString noWorker = QStringLiteral("There is no service worker.");

        QTest::newRow("desired count")
            << Edit([](ProjectData &d) { return DesignEdits::setDesiredCount(d, "api", 5); })
            << QString()
            << Check([](const ProjectData &d) { return d.service("api")->desiredCount == 5; });
        QTest::newRow("desired count 0")
            << Edit([](ProjectData &d) { return DesignEdits::setDesiredCount(d, "api", 0); })
            << QString()
            << Check([](const ProjectData &d) { return d.service("api")->desiredCount == 0; });
        QTest::newRow("negative desired count")
            << Edit([](ProjectData &d) { return DesignEdits::setDesiredCount(d, "api", -1); })
            << "A desired count cannot be negative (-1)." << unchanged;
        QTest::newRow("desired count of no service")
            << Edit([](ProjectData &d) { return DesignEdits::setDesiredCount(d, "worker", 1); })
            << noWorker << unchanged;

        QTest::newRow("revision") << Edit([](ProjectData &d) {
            return DesignEdits::setTaskDefinition(d, "api", "api:2");
        }) << QString() << Check([](const ProjectData &d) {
            return d.service("api")->taskDefinition == QLatin1String("api:2");
        });
        QTest::newRow("family: pinned to its latest revision") << Edit([](ProjectData &d) {
            return DesignEdits::setTaskDefinition(d, "api", " api ");
        }) << QString() << Check([](const ProjectData &d) {
            return d.service("api")->taskDefinition == d.latestRevision("api")->key();
        });
        QTest::newRow("another family") << Edit([](ProjectData &d) {
            return DesignEdits::setTaskDefinition(d, "api", "front:1");
        }) << QString() << Check([](const ProjectData &d) {
            return d.service("api")->taskDefinition == QLatin1String("front:1");
        });
        QTest::newRow("no such revision") << Edit([](ProjectData &d) {
            return DesignEdits::setTaskDefinition(d, "api", "api:9");
        }) << "There is no task definition api:9."
                                          << unchanged;
        QTest::newRow("no such family") << Edit([](ProjectData &d) {
            return DesignEdits::setTaskDefinition(d, "api", "worker");
        }) << "There is no task definition worker."
                                        << unchanged;
        QTest::newRow("revision of no service") << Edit([](ProjectData &d) {
            return DesignEdits::setTaskDefinition(d, "worker", "api:2");
        }) << noWorker << unchanged;

        QTest::newRow("force a new deployment") << Edit([](ProjectData &d) {
            return DesignEdits::forceNewDeployment(d, "api");
        }) << QString() << Check([](const ProjectData &d) {
            return nonceOf(d, "api") == QLatin1String("1") && nonceOf(d, "front").isEmpty() &&
                   d.service("api")->taskDefinition == QLatin1String("api:1");
        });
        QTest::newRow("force twice: a new value each time") << Edit([](ProjectData &d) {
            DesignEdits::forceNewDeployment(d, "api");
            return DesignEdits::forceNewDeployment(d, "api");
        }) << QString() << Check([](const ProjectData &d) {
            return nonceOf(d, "api") == QLatin1String("2");
        });
        QTest::newRow("force a deployment of no service")
            << Edit([](ProjectData &d) { return DesignEdits::forceNewDeployment(d, "worker"); })
            << noWorker << unchanged;

        QTest::newRow("drain") << Edit([](ProjectData &d) {
            return DesignEdits::setInstanceStatus(d, EntityRef::instance("production", "web-2"),
                                                  ContainerInstance::Status::Draining);
        }) << QString() << Check([](const ProjectData &d) {
            return instanceOf(d, "production", "web-2")->status ==
                       ContainerInstance::Status::Draining &&
                   instanceOf(d, "production", "web-1")->status ==
                       ContainerInstance::Status::Active;
        });
        QTest::newRow("drain, then activate") << Edit([](ProjectData &d) {
            const EntityRef web2 = EntityRef::instance("production", "web-2");
            DesignEdits::setInstanceStatus(d, web2, ContainerInstance::Status::Draining);
            return DesignEdits::setInstanceStatus(d, web2, ContainerInstance::Status::Active);
        }) << QString() << unchanged;
        QTest::newRow("drain no instance") << Edit([](ProjectData &d) {
            return DesignEdits::setInstanceStatus(d, EntityRef::instance("staging", "web-2"),
                                                  ContainerInstance::Status::Draining);
        }) << "There is no container instance web-2 in cluster staging."
                                           << unchanged;
    }

    void designEdits()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, error);
        QFETCH(Check, check);
        ProjectData d = design();
        QCOMPARE(edit(d), error);
        QVERIFY(check(d));
    }

    void addInstance_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("cpuUnits");
        QTest::newRow("like the last instance") << "production" << QString() << "instance-1"
                                                << "m5.large"
                                                << "us-east-1c" << 2048;
        QTest::newRow("of a type") << "staging"
                                   << "c5.xlarge"
                                   << "instance-1"
                                   << "c5.xlarge"
                                   << "us-east-1a" << 4096;
    }

    void addInstance()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, type);
        QFETCH(QString, name);
        QFETCH(QString, expectedType);
        QFETCH(QString, zone);
        QFETCH(int, cpuUnits);
        ProjectData d = design();
        const qsizetype before = d.cluster(cluster)->instances.size();
        const EntityRef added = DesignEdits::addInstance(d, cluster, type);
        QCOMPARE(added, EntityRef::instance(cluster, name));
        QCOMPARE(d.cluster(cluster)->instances.size(), before + 1);
        const ContainerInstance *i = instanceOf(d, cluster, name);
        QVERIFY(i);
        QCOMPARE(i->instanceType, expectedType);
        QCOMPARE(i->availabilityZone, zone);
        QCOMPARE(i->cpuUnits, cpuUnits);
        QCOMPARE(i->status, ContainerInstance::Status::Active);
        QVERIFY(i->registeredAt.isValid());

        // A second one takes the next name.
        QCOMPARE(DesignEdits::addInstance(d, cluster, type),
                 EntityRef::instance(cluster, QStringLiteral("instance-2")));
    }

    void addInstanceToNoCluster()
    {
        ProjectData d = design();
        QVERIFY(DesignEdits::addInstance(d, QStringLiteral("nowhere")).isNull());
        QCOMPARE(d, design());
        Cluster empty;
        empty.name = QStringLiteral("empty");
        d.clusters << empty;
        QCOMPARE(DesignEdits::addInstance(d, QStringLiteral("empty")),
                 EntityRef::instance(QStringLiteral("empty"), QStringLiteral("instance-1")));
        QCOMPARE(d.cluster(QStringLiteral("empty"))->instances.at(0).instanceType,
                 ContainerInstance().instanceType);
    }

    void moveInstance()
    {
        ProjectData d = design();
        // web-1 is taken in staging: the moved one is renamed.
        const EntityRef moved = DesignEdits::moveInstance(
            d, EntityRef::instance("production", "web-1"), QStringLiteral("staging"));
        QCOMPARE(moved, EntityRef::instance("staging", "web-2"));
        QVERIFY(!instanceOf(d, "production", "web-1"));
        QCOMPARE(instanceOf(d, "staging", "web-2")->instanceType, QStringLiteral("m5.large"));

        const EntityRef nowhere = EntityRef::instance("staging", "web-1");
        QCOMPARE(DesignEdits::moveInstance(d, nowhere, QStringLiteral("nowhere")), nowhere);
        QCOMPARE(d.cluster(QStringLiteral("staging"))->instances.size(), qsizetype(2));
    }

    // Project files and running engines already carry the member under this name.
    void nonceMemberKeepsItsName()
    {
        QCOMPARE(QLatin1String(Service::kDeploymentNonce), QLatin1String("deploymentNonce"));
    }

    void deregisteredRevisionsStayButNoLongerResolve()
    {
        ProjectData d;
        d.registerTaskDefinition(QJsonObject{{"family", "web"},
                                             {"containerDefinitions", QJsonArray{}}});
        d.registerTaskDefinition(QJsonObject{{"family", "web"},
                                             {"containerDefinitions", QJsonArray{}}});
        QCOMPARE(DesignEdits::deregisterTaskDefinition(d, QStringLiteral("web:2")), QString());
        QVERIFY(!d.taskDefinition(QStringLiteral("web:2"))->isActive());
        QCOMPARE(d.taskDefinition(QStringLiteral("web"))->key(), QStringLiteral("web:1"));
        QCOMPARE(d.nextRevision(QStringLiteral("web")), 3); // revisions are never reused
        QVERIFY(!DesignEdits::deregisterTaskDefinition(d, QStringLiteral("web")).isEmpty());
        QVERIFY(!DesignEdits::deregisterTaskDefinition(d, QStringLiteral("web:9")).isEmpty());
        QCOMPARE(DesignEdits::deregisterTaskDefinition(d, QStringLiteral("web:1")), QString());
        QVERIFY(!d.taskDefinition(QStringLiteral("web")));
        // The project file keeps the status.
        const QJsonObject saved = d.taskDefinitions.first().toProjectJson();
        QCOMPARE(saved.value("status").toString(), QStringLiteral("INACTIVE"));
        QList<JsonIssue> issues;
        QVERIFY(!TaskDefinition::fromProjectJson(JsonReader(saved, "$", &issues)).isActive());
    }
};

QTEST_GUILESS_MAIN(tst_DesignEdits)
#include "tst_designedits.moc"
