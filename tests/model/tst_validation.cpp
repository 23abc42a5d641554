#include "model/projectfile.h"
#include "model/query/parseresult.h"
#include "model/validation/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Berth::Model;

using Mutation = std::function<void(ProjectData &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

using Severity = Diagnostic::Severity;

// Paths of the base project's entities.
const QString W = QStringLiteral("$.taskDefinitions[0].definition"); // web:1, bridge, EC2
const QString A = QStringLiteral("$.taskDefinitions[1].definition"); // api:1, Fargate
const QString K = QStringLiteral("$.taskDefinitions[2].definition"); // worker:1, awsvpc EC2
const QString S0 = QStringLiteral("$.services[0]");                  // web
const QString S1 = QStringLiteral("$.services[1]");                  // api
const QString S2 = QStringLiteral("$.services[2]");                  // worker
const QString C0 = QStringLiteral("$.clusters[0]");
const QString L0 = QStringLiteral("$.loadBalancers[0]");
const QString T0 = QStringLiteral("$.targetGroups[0]"); // front-tg
const QString T1 = QStringLiteral("$.targetGroups[1]"); // api-tg

QString cd(const QString &td, int j)
{
    return td + QStringLiteral(".containerDefinitions[%1]").arg(j);
}

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("{\"v\": ") + text + '}');
    if (doc.isNull())
        qFatal("bad JSON literal in the test: %s", text);
    return doc.object().value(QLatin1String("v"));
}

const char *const kWeb = R"({
    "family": "web", "networkMode": "bridge", "requiresCompatibilities": ["EC2"],
    "containerDefinitions": [
        {"name": "proxy", "image": "berth/demo:1", "cpu": 128, "memory": 128,
         "essential": true, "links": ["app"],
         "dependsOn": [{"containerName": "app", "condition": "HEALTHY"}],
         "portMappings": [{"containerPort": 8080, "hostPort": 0, "protocol": "tcp"}]},
        {"name": "app", "image": "berth/demo:1", "cpu": 256, "memory": 256,
         "memoryReservation": 128,
         "healthCheck": {"command": ["CMD", "/demo", "--check"], "interval": 10,
                         "timeout": 5, "retries": 3, "startPeriod": 5},
         "portMappings": [{"containerPort": 9000, "protocol": "tcp"}]}
    ]})";

const char *const kApi = R"({
    "family": "api", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
    "cpu": "256", "memory": "512",
    "containerDefinitions": [
        {"name": "api", "image": "berth/demo:1", "essential": true,
         "portMappings": [{"containerPort": 8080, "protocol": "tcp"}]}
    ]})";

const char *const kWorker = R"({
    "family": "worker", "networkMode": "awsvpc", "requiresCompatibilities": ["EC2"],
    "containerDefinitions": [
        {"name": "worker", "image": "berth/demo:1", "memory": 256,
         "portMappings": [{"containerPort": 9090, "protocol": "tcp"}]}
    ]})";

/// A small design that keeps every rule: a bridge service behind an ALB, a Fargate service
/// behind the same ALB and an awsvpc service on EC2 instances.
ProjectData baseProject()
{
    ProjectData p;
    p.name = QStringLiteral("validation");
    Cluster prod;
    prod.name = QStringLiteral("prod");
    prod.fargate.enabled = true;
    prod.instances = {
        ContainerInstance::ofType(QStringLiteral("web-1"), QStringLiteral("t3.medium"),
                                  QStringLiteral("us-east-1a")),
        ContainerInstance::ofType(QStringLiteral("web-2"), QStringLiteral("t3.medium"),
                                  QStringLiteral("us-east-1a")),
        ContainerInstance::ofType(QStringLiteral("web-3"), QStringLiteral("t3.medium"),
                                  QStringLiteral("us-east-1b"))};
    p.clusters = {prod};
    for (const char *td : {kWeb, kApi, kWorker})
        p.taskDefinitions.append(TaskDefinition(QJsonDocument::fromJson(td).object()));

    Service web;
    web.name = QStringLiteral("web");
    web.cluster = QStringLiteral("prod");
    web.taskDefinition = QStringLiteral("web");
    web.desiredCount = 3;
    web.loadBalancers = {{QStringLiteral("front-tg"), QStringLiteral("proxy"), 8080}};
    web.placementConstraints = {
        {QStringLiteral("memberOf"), QStringLiteral("attribute:ecs.instance-type =~ t3.*")}};
    web.placementStrategy = {
        {QStringLiteral("spread"), QStringLiteral("attribute:ecs.availability-zone")},
        {QStringLiteral("binpack"), QStringLiteral("memory")}};

    Service api;
    api.name = QStringLiteral("api");
    api.cluster = QStringLiteral("prod");
    api.taskDefinition = QStringLiteral("api:1");
    api.desiredCount = 2;
    api.launchType = QStringLiteral("FARGATE");
    api.loadBalancers = {{QStringLiteral("api-tg"), QStringLiteral("api"), 8080}};
    api.networkConfiguration =
        json(R"({"awsvpcConfiguration": {"subnets": ["subnet-1"]}})").toObject();

    Service worker;
    worker.name = QStringLiteral("worker");
    worker.cluster = QStringLiteral("prod");
    worker.taskDefinition = QStringLiteral("worker");
    worker.desiredCount = 2;
    worker.networkConfiguration = api.networkConfiguration;
    p.services = {web, api, worker};

    LoadBalancer edge;
    edge.name = QStringLiteral("edge");
    Listener http;
    http.defaultTargetGroup = QStringLiteral("front-tg");
    http.rules = {{10, {QStringLiteral("/api/*")}, {}, QStringLiteral("api-tg")}};
    edge.listeners = {http};
    p.loadBalancers = {edge};

    TargetGroup front;
    front.name = QStringLiteral("front-tg");
    front.port = 8080;
    TargetGroup apiTg = front;
    apiTg.name = QStringLiteral("api-tg");
    apiTg.targetType = QStringLiteral("ip");
    p.targetGroups = {front, apiTg};
    return p;
}

TaskDefinition &taskDef(ProjectData &p, const QString &family)
{
    for (TaskDefinition &td : p.taskDefinitions) {
        if (td.family() == family)
            return td;
    }
    qFatal("no task definition family %s", qPrintable(family));
}

Mutation setTask(const QString &family, const QString &key, const QJsonValue &value)
{
    return [=](ProjectData &p) { taskDef(p, family).set(key, value); };
}

Mutation setContainer(const QString &family, int j, const QString &key, const QJsonValue &value)
{
    return [=](ProjectData &p) {
        TaskDefinition &td = taskDef(p, family);
        QList<ContainerDefinition> containers = td.containers();
        containers[j].set(key, value);
        td.setContainers(containers);
    };
}

/// Sets a member of an object-valued member of a container (healthCheck, a port mapping).
Mutation setNested(const QString &family, int j, const QString &key, int index,
                   const QString &member, const QJsonValue &value)
{
    return [=](ProjectData &p) {
        TaskDefinition &td = taskDef(p, family);
        QList<ContainerDefinition> containers = td.containers();
        const QJsonValue outer = containers[j].json().value(key);
        if (index < 0) {
            QJsonObject o = outer.toObject();
            o.insert(member, value);
            containers[j].set(key, o);
        } else {
            QJsonArray a = outer.toArray();
            QJsonObject o = a.at(index).toObject();
            if (value.isUndefined())
                o.remove(member);
            else
                o.insert(member, value);
            a[index] = o;
            containers[j].set(key, a);
        }
        td.setContainers(containers);
    };
}

Mutation setHealth(const QString &member, const QJsonValue &value)
{
    return setNested(QStringLiteral("web"), 1, QStringLiteral("healthCheck"), -1, member, value);
}

Mutation setPort(const QString &family, int j, const QString &member, const QJsonValue &value)
{
    return setNested(family, j, QStringLiteral("portMappings"), 0, member, value);
}

Mutation both(const Mutation &a, const Mutation &b)
{
    return [=](ProjectData &p) {
        a(p);
        b(p);
    };
}

Service &svc(ProjectData &p, const char *name)
{
    return *p.service(QLatin1String(name));
}

LoadBalancer networkLoadBalancer()
{
    LoadBalancer nlb;
    nlb.name = QStringLiteral("nlb");
    nlb.type = LoadBalancer::Type::Network;
    Listener tcp;
    tcp.protocol = QStringLiteral("TCP");
    tcp.port = 5432;
    tcp.defaultTargetGroup = QStringLiteral("db-tg");
    nlb.listeners = {tcp};
    return nlb;
}

void addNetworkLoadBalancer(ProjectData &p)
{
    TargetGroup db;
    db.name = QStringLiteral("db-tg");
    db.protocol = QStringLiteral("TCP");
    db.port = 5432;
    p.targetGroups.append(db);
    p.loadBalancers.append(networkLoadBalancer());
}

ListenerRule &rule0(ProjectData &p)
{
    return p.loadBalancers[0].listeners[0].rules[0];
}

struct Case
{
    QString name;
    Mutation mutate;
    QString rule;
    bool fires = true;
    Severity severity = Severity::Error;
    QString path;
};

class Cases
{
public:
    void fail(const char *rule, const char *name, const QString &path, const Mutation &m)
    {
        m_cases.append({QLatin1String(name), m, QLatin1String(rule), true, Severity::Error, path});
    }
    void warn(const char *rule, const char *name, const QString &path, const Mutation &m)
    {
        m_cases.append(
            {QLatin1String(name), m, QLatin1String(rule), true, Severity::Warning, path});
    }
    void info(const char *rule, const char *name, const QString &path, const Mutation &m)
    {
        m_cases.append({QLatin1String(name), m, QLatin1String(rule), true, Severity::Info, path});
    }
    void pass(const char *rule, const char *name, const Mutation &m)
    {
        m_cases.append({QLatin1String(name), m, QLatin1String(rule), false, Severity::Error, {}});
    }
    const QList<Case> &all() const { return m_cases; }

private:
    QList<Case> m_cases;
};

void taskDefinitionCases(Cases &c)
{
    const QString web = QStringLiteral("web"), api = QStringLiteral("api");
    const QString worker = QStringLiteral("worker");
    const auto noop = [](ProjectData &) {};

    c.fail("taskdef.family", "space", W + ".family", setTask(web, "family", "web app"));
    c.fail("taskdef.family", "empty", K + ".family", setTask(worker, "family", ""));
    c.pass("taskdef.family", "letters digits - _", setTask(worker, "family", "Worker_v-2"));

    c.fail("taskdef.containers", "none", A + ".containerDefinitions",
           setTask(api, "containerDefinitions", QJsonArray()));
    c.pass("taskdef.containers", "one", noop);

    c.fail("taskdef.container.name", "space", cd(K, 0) + ".name",
           setContainer(worker, 0, "name", "my worker"));
    c.fail("taskdef.container.name", "missing", cd(K, 0) + ".name",
           setContainer(worker, 0, "name", QJsonValue()));
    c.pass("taskdef.container.name", "valid", setContainer(worker, 0, "name", "worker_2-x"));

    c.fail("taskdef.container.unique", "twice", cd(W, 1) + ".name",
           setContainer(web, 1, "name", "proxy"));
    c.pass("taskdef.container.unique", "distinct", noop);

    c.fail("taskdef.essential", "none essential", A + ".containerDefinitions",
           setContainer(api, 0, "essential", false));
    c.pass("taskdef.essential", "one of two", setContainer(web, 1, "essential", false));

    c.fail("taskdef.container.image", "missing", cd(K, 0) + ".image",
           setContainer(worker, 0, "image", QJsonValue()));
    c.pass("taskdef.container.image", "present", noop);

    c.fail("taskdef.container.memory", "neither limit", cd(K, 0) + ".memory",
           setContainer(worker, 0, "memory", QJsonValue()));
    c.fail("taskdef.container.memory", "zero", cd(K, 0) + ".memory",
           setContainer(worker, 0, "memory", 0));
    c.pass("taskdef.container.memory", "reservation only",
           both(setContainer(worker, 0, "memory", QJsonValue()),
                setContainer(worker, 0, "memoryReservation", 128)));
    c.pass(
        "taskdef.container.memory", "task memory",
        both(setContainer(worker, 0, "memory", QJsonValue()), setTask(worker, "memory", "512")));

    c.fail("taskdef.container.memoryReservation", "equal", cd(W, 1) + ".memoryReservation",
           setContainer(web, 1, "memoryReservation", 256));
    c.pass("taskdef.container.memoryReservation", "less", noop);

    c.fail("taskdef.memory.sum", "over", W + ".memory", setTask(web, "memory", "200"));
    c.pass("taskdef.memory.sum", "exact", setTask(web, "memory", "256"));

    c.fail("taskdef.memory.container", "hard limit over", cd(K, 0) + ".memory",
           setTask(worker, "memory", "128"));
    c.pass("taskdef.memory.container", "equal", setTask(worker, "memory", "256"));

    c.fail("taskdef.memory.format", "words", A + ".memory", setTask(api, "memory", "lots"));
    c.fail("taskdef.memory.format", "TB", A + ".memory", setTask(api, "memory", "1 TB"));
    c.pass("taskdef.memory.format", "GB", setTask(api, "memory", "0.5 GB"));

    c.fail("taskdef.cpu.format", "words", A + ".cpu", setTask(api, "cpu", "fast"));
    c.pass("taskdef.cpu.format", "vCPU", setTask(api, "cpu", "0.25 vCPU"));

    c.fail("taskdef.cpu.sum", "over", W + ".cpu", setTask(web, "cpu", "256"));
    c.pass("taskdef.cpu.sum", "enough", setTask(web, "cpu", "1 vCPU"));

    c.fail("taskdef.port.networkMode", "none", cd(K, 0) + ".portMappings[0]",
           setTask(worker, "networkMode", "none"));
    c.pass("taskdef.port.networkMode", "awsvpc", noop);

    c.fail("taskdef.port.containerPort", "missing", cd(K, 0) + ".portMappings[0].containerPort",
           setPort(worker, 0, "containerPort", QJsonValue()));
    c.fail("taskdef.port.containerPort", "too big", cd(K, 0) + ".portMappings[0].containerPort",
           setPort(worker, 0, "containerPort", 70000));
    c.pass("taskdef.port.containerPort", "range instead",
           both(setPort(worker, 0, "containerPort", QJsonValue()),
                setPort(worker, 0, "containerPortRange", "9000-9010")));

    c.fail("taskdef.port.protocol", "sctp", cd(K, 0) + ".portMappings[0].protocol",
           setPort(worker, 0, "protocol", "sctp"));
    c.pass("taskdef.port.protocol", "udp", setPort(worker, 0, "protocol", "udp"));

    c.fail("taskdef.port.hostPort", "awsvpc differs", cd(K, 0) + ".portMappings[0].hostPort",
           setPort(worker, 0, "hostPort", 9091));
    c.fail("taskdef.port.hostPort", "host differs", cd(K, 0) + ".portMappings[0].hostPort",
           both(setTask(worker, "networkMode", "host"), setPort(worker, 0, "hostPort", 80)));
    c.fail("taskdef.port.hostPort", "out of range", cd(W, 0) + ".portMappings[0].hostPort",
           setPort(web, 0, "hostPort", 70000));
    c.pass("taskdef.port.hostPort", "awsvpc equal", setPort(worker, 0, "hostPort", 9090));
    c.pass("taskdef.port.hostPort", "bridge other port", setPort(web, 0, "hostPort", 80));

    c.fail("taskdef.port.duplicate", "bridge static", cd(W, 1) + ".portMappings[0].hostPort",
           both(setPort(web, 0, "hostPort", 8000), setPort(web, 1, "hostPort", 8000)));
    c.fail("taskdef.port.duplicate", "awsvpc same containerPort",
           cd(K, 0) + ".portMappings[1].containerPort",
           setContainer(worker, 0, "portMappings",
                        json(R"([{"containerPort": 9090}, {"containerPort": 9090}])")));
    c.pass("taskdef.port.duplicate", "other protocol",
           both(setPort(web, 0, "hostPort", 8000),
                both(setPort(web, 1, "hostPort", 8000), setPort(web, 1, "protocol", "udp"))));
    c.pass("taskdef.port.duplicate", "dynamic ports", setPort(web, 1, "hostPort", 0));

    c.fail("taskdef.port.reserved", "bridge 22", cd(W, 0) + ".portMappings[0].hostPort",
           setPort(web, 0, "hostPort", 22));
    c.fail(
        "taskdef.port.reserved", "host 51678", cd(K, 0) + ".portMappings[0].containerPort",
        both(setTask(worker, "networkMode", "host"), setPort(worker, 0, "containerPort", 51678)));
    c.pass("taskdef.port.reserved", "awsvpc has its own ENI",
           setPort(worker, 0, "containerPort", 22));
    c.pass("taskdef.port.reserved", "bridge 2377", setPort(web, 0, "hostPort", 2377));
    c.pass("taskdef.port.reserved", "bridge 22/udp: ECS reserves no UDP port",
           both(setPort(web, 0, "hostPort", 22), setPort(web, 0, "protocol", "udp")));

    c.warn("taskdef.port.ephemeral", "bridge 40000", cd(W, 0) + ".portMappings[0].hostPort",
           setPort(web, 0, "hostPort", 40000));
    c.pass("taskdef.port.ephemeral", "bridge 8080", setPort(web, 0, "hostPort", 8080));
    c.pass("taskdef.port.ephemeral", "host mode 40000 is the container's own port",
           both(setTask(worker, "networkMode", "host"), setPort(worker, 0, "containerPort", 40000)));

    c.fail("taskdef.cpu.minimum", "64 units", A + ".cpu", setTask(api, "cpu", "64"));
    c.pass("taskdef.cpu.minimum", "128 units", setTask(api, "cpu", "128"));
    c.fail("taskdef.container.memory", "below Docker's 6 MiB", cd(K, 0) + ".memory",
           setContainer(worker, 0, "memory", 4));
    c.fail("taskdef.container.memory", "reservation below 6 MiB",
           cd(K, 0) + ".memoryReservation",
           both(setContainer(worker, 0, "memory", QJsonValue()),
                setContainer(worker, 0, "memoryReservation", 5)));

    c.fail("taskdef.links.networkMode", "awsvpc", cd(K, 0) + ".links",
           setContainer(worker, 0, "links", json(R"(["db"])")));
    c.pass("taskdef.links.networkMode", "bridge", noop);

    c.fail("taskdef.links.container", "unknown", cd(W, 0) + ".links[0]",
           setContainer(web, 0, "links", json(R"(["cache"])")));
    c.fail("taskdef.links.container", "itself", cd(W, 0) + ".links[0]",
           setContainer(web, 0, "links", json(R"(["proxy"])")));
    c.pass("taskdef.links.container", "with alias",
           setContainer(web, 0, "links", json(R"(["app:backend"])")));

    const QString dep = cd(W, 0) + ".dependsOn[0]";
    c.fail("taskdef.dependsOn.container", "unknown", dep + ".containerName",
           setContainer(web, 0, "dependsOn",
                        json(R"([{"containerName": "cache", "condition": "START"}])")));
    c.fail("taskdef.dependsOn.container", "itself", dep + ".containerName",
           setContainer(web, 0, "dependsOn",
                        json(R"([{"containerName": "proxy", "condition": "START"}])")));
    c.pass("taskdef.dependsOn.container", "existing", noop);

    c.fail("taskdef.dependsOn.condition", "READY", dep + ".condition",
           setNested(web, 0, QStringLiteral("dependsOn"), 0, "condition", "READY"));
    c.pass("taskdef.dependsOn.condition", "START",
           setNested(web, 0, QStringLiteral("dependsOn"), 0, "condition", "START"));

    c.fail("taskdef.dependsOn.essential", "COMPLETE on essential", dep + ".condition",
           setNested(web, 0, QStringLiteral("dependsOn"), 0, "condition", "COMPLETE"));
    c.fail("taskdef.dependsOn.essential", "SUCCESS on essential", dep + ".condition",
           setNested(web, 0, QStringLiteral("dependsOn"), 0, "condition", "SUCCESS"));
    c.pass("taskdef.dependsOn.essential", "SUCCESS on non-essential",
           both(setNested(web, 0, QStringLiteral("dependsOn"), 0, "condition", "SUCCESS"),
                setContainer(web, 1, "essential", false)));

    c.fail("taskdef.dependsOn.healthCheck", "no health check", dep + ".condition",
           setContainer(web, 1, "healthCheck", QJsonValue()));
    c.pass("taskdef.dependsOn.healthCheck", "has one", noop);

    c.fail("taskdef.dependsOn.cycle", "two containers", cd(W, 1) + ".dependsOn[0].containerName",
           setContainer(web, 1, "dependsOn",
                        json(R"([{"containerName": "proxy", "condition": "START"}])")));
    c.pass("taskdef.dependsOn.cycle", "chain", noop);

    const QString hc = cd(W, 1) + ".healthCheck";
    c.fail("taskdef.healthCheck.command", "no CMD", hc + ".command",
           setHealth("command", json(R"(["curl", "-f", "http://localhost/"])")));
    c.fail("taskdef.healthCheck.command", "empty", hc + ".command",
           setHealth("command", QJsonArray()));
    c.pass("taskdef.healthCheck.command", "CMD-SHELL",
           setHealth("command", json(R"(["CMD-SHELL", "exit 0"])")));

    c.fail("taskdef.healthCheck.interval", "4", hc + ".interval", setHealth("interval", 4));
    c.fail("taskdef.healthCheck.interval", "301", hc + ".interval", setHealth("interval", 301));
    c.pass("taskdef.healthCheck.interval", "5", setHealth("interval", 5));
    c.fail("taskdef.healthCheck.timeout", "61", hc + ".timeout", setHealth("timeout", 61));
    c.fail("taskdef.healthCheck.timeout", "1", hc + ".timeout", setHealth("timeout", 1));
    c.pass("taskdef.healthCheck.timeout", "60", setHealth("timeout", 60));
    c.fail("taskdef.healthCheck.retries", "0", hc + ".retries", setHealth("retries", 0));
    c.pass("taskdef.healthCheck.retries", "10", setHealth("retries", 10));
    c.fail("taskdef.healthCheck.startPeriod", "301", hc + ".startPeriod",
           setHealth("startPeriod", 301));
    c.pass("taskdef.healthCheck.startPeriod", "0", setHealth("startPeriod", 0));

    c.fail("taskdef.fargate.networkMode", "bridge", A + ".networkMode",
           setTask(api, "networkMode", "bridge"));
    c.fail("taskdef.fargate.networkMode", "default bridge", A + ".networkMode",
           setTask(api, "networkMode", QJsonValue()));
    c.pass("taskdef.fargate.networkMode", "awsvpc", noop);

    c.fail("taskdef.fargate.size", "no cpu", A + ".cpu", setTask(api, "cpu", QJsonValue()));
    c.fail("taskdef.fargate.size", "no memory", A + ".memory",
           setTask(api, "memory", QJsonValue()));
    c.fail("taskdef.fargate.size", "256/4096", A + ".memory", setTask(api, "memory", "4096"));
    c.fail("taskdef.fargate.size", "cpu 300", A + ".cpu", setTask(api, "cpu", "300"));
    c.fail("taskdef.fargate.size", "8192 step", A + ".memory",
           both(setTask(api, "cpu", "8 vCPU"), setTask(api, "memory", "17408")));
    c.pass("taskdef.fargate.size", "512/4 GB",
           both(setTask(api, "cpu", "512"), setTask(api, "memory", "4 GB")));
    c.pass("taskdef.fargate.size", "8192/20480",
           both(setTask(api, "cpu", "8192"), setTask(api, "memory", "20480")));
    c.pass("taskdef.fargate.size", "16384/122880",
           both(setTask(api, "cpu", "16384"), setTask(api, "memory", "122880")));

    c.fail("taskdef.fargate.unsupported", "privileged", cd(A, 0) + ".privileged",
           setContainer(api, 0, "privileged", true));
    c.fail("taskdef.fargate.unsupported", "links", cd(A, 0) + ".links",
           setContainer(api, 0, "links", json(R"(["db"])")));
    c.fail("taskdef.fargate.unsupported", "dnsServers", cd(A, 0) + ".dnsServers",
           setContainer(api, 0, "dnsServers", json(R"(["10.0.0.2"])")));
    c.fail("taskdef.fargate.unsupported", "pidMode host", A + ".pidMode",
           setTask(api, "pidMode", "host"));
    c.fail("taskdef.fargate.unsupported", "ipcMode", A + ".ipcMode",
           setTask(api, "ipcMode", "task"));
    c.fail("taskdef.fargate.unsupported", "maxSwap", cd(A, 0) + ".linuxParameters.maxSwap",
           setContainer(api, 0, "linuxParameters", json(R"({"maxSwap": 512})")));
    c.fail(
        "taskdef.fargate.unsupported", "host sourcePath", A + ".volumes[0].host.sourcePath",
        setTask(api, "volumes", json(R"([{"name": "data", "host": {"sourcePath": "/data"}}])")));
    c.fail("taskdef.fargate.unsupported", "placementConstraints", A + ".placementConstraints",
           setTask(api, "placementConstraints",
                   json(R"([{"type": "memberOf", "expression": "runningTasksCount == 0"}])")));
    c.pass("taskdef.fargate.unsupported", "privileged false",
           setContainer(api, 0, "privileged", false));
    c.pass("taskdef.fargate.unsupported", "pidMode task", setTask(api, "pidMode", "task"));
    c.pass("taskdef.fargate.unsupported", "links on EC2", noop);

    c.fail("taskdef.revision.unique", "twice", QStringLiteral("$.taskDefinitions[3].revision"),
           [](ProjectData &p) { p.taskDefinitions.append(p.taskDefinitions.first()); });
    c.pass("taskdef.revision.unique", "next revision", [](ProjectData &p) {
        p.taskDefinitions.append(p.taskDefinitions.first());
        p.taskDefinitions.last().setRevision(2);
    });
}

void placementCases(Cases &c)
{
    const QString web = QStringLiteral("web");
    const auto constraint = [](const char *type, const char *expression) {
        return [=](ProjectData &p) {
            svc(p, "web").placementConstraints = {
                {QLatin1String(type), QLatin1String(expression)}};
        };
    };
    const auto strategy = [](const char *type, const char *field) {
        return [=](ProjectData &p) {
            svc(p, "web").placementStrategy = {{QLatin1String(type), QLatin1String(field)}};
        };
    };

    c.fail("placement.constraint.type", "task definition distinctInstance",
           W + ".placementConstraints[0].type",
           setTask(web, "placementConstraints", json(R"([{"type": "distinctInstance"}])")));
    c.fail("placement.constraint.type", "service unknown", S0 + ".placementConstraints[0].type",
           constraint("spreadOut", ""));
    c.pass("placement.constraint.type", "task definition memberOf",
           setTask(web, "placementConstraints", json(R"([{"type": "memberOf",
                             "expression": "attribute:ecs.os-type == linux"}])")));
    c.pass("placement.constraint.type", "service distinctInstance",
           constraint("distinctInstance", ""));

    c.fail("placement.memberOf.syntax", "service", S0 + ".placementConstraints[0].expression",
           constraint("memberOf", "attribute:ecs.instance-type =~"));
    c.fail("placement.memberOf.syntax", "service empty",
           S0 + ".placementConstraints[0].expression", constraint("memberOf", ""));
    c.fail("placement.memberOf.syntax", "task definition",
           W + ".placementConstraints[0].expression",
           setTask(web, "placementConstraints",
                   json(R"([{"type": "memberOf", "expression": "(runningTasksCount == 1"}])")));
    c.pass("placement.memberOf.syntax", "in list",
           constraint("memberOf", "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]"));
    c.pass("placement.memberOf.syntax", "task definition not",
           setTask(web, "placementConstraints", json(R"j([{"type": "memberOf",
                              "expression": "not(task:group == database)"}])j")));

    c.fail("placement.distinctInstance.expression", "with expression",
           S0 + ".placementConstraints[0].expression",
           constraint("distinctInstance", "runningTasksCount == 0"));
    c.pass("placement.distinctInstance.expression", "without", constraint("distinctInstance", ""));

    c.fail("placement.strategy.field", "binpack disk", S0 + ".placementStrategy[0].field",
           strategy("binpack", "disk"));
    c.fail("placement.strategy.field", "spread attribute:", S0 + ".placementStrategy[0].field",
           strategy("spread", "attribute:"));
    c.fail("placement.strategy.field", "spread empty", S0 + ".placementStrategy[0].field",
           strategy("spread", ""));
    c.fail("placement.strategy.field", "random with field", S0 + ".placementStrategy[0].field",
           strategy("random", "cpu"));
    c.pass("placement.strategy.field", "binpack cpu", strategy("binpack", "cpu"));
    c.pass("placement.strategy.field", "spread host", strategy("spread", "host"));
    c.pass("placement.strategy.field", "spread instanceId", strategy("spread", "instanceId"));
    c.pass("placement.strategy.field", "random", strategy("random", ""));

    c.fail("placement.strategy.type", "pack", S0 + ".placementStrategy[0].type",
           strategy("pack", "cpu"));
    c.pass("placement.strategy.type", "spread", strategy("spread", "instanceId"));

    const auto strategies = [](int n) {
        return [=](ProjectData &p) {
            svc(p, "web").placementStrategy.clear();
            for (int i = 0; i < n; ++i)
                svc(p, "web").placementStrategy.append(
                    {QStringLiteral("spread"), QStringLiteral("attribute:ecs.availability-zone")});
        };
    };
    c.fail("placement.strategy.count", "six", S0 + ".placementStrategy", strategies(6));
    c.pass("placement.strategy.count", "five", strategies(5));
    const auto constraints = [](int n) {
        return [=](ProjectData &p) {
            svc(p, "web").placementConstraints.clear();
            for (int i = 0; i < n; ++i)
                svc(p, "web").placementConstraints.append(
                    {QStringLiteral("memberOf"), QStringLiteral("attribute:ecs.os-type == linux")});
        };
    };
    c.fail("placement.constraint.count", "eleven", S0 + ".placementConstraints", constraints(11));
    c.pass("placement.constraint.count", "ten", constraints(10));
}

void serviceCases(Cases &c)
{
    const auto noop = [](ProjectData &) {};
    using P = ProjectData;

    c.fail("service.name", "space", S0 + ".serviceName",
           [](P &p) { svc(p, "web").name = QStringLiteral("web app"); });
    c.fail("service.name", "empty", S0 + ".serviceName", [](P &p) { svc(p, "web").name.clear(); });
    c.pass("service.name", "underscore", [](P &p) { svc(p, "web").name = QStringLiteral("w_2"); });

    c.fail("service.name.unique", "twice", S2 + ".serviceName",
           [](P &p) { p.services[2].name = QStringLiteral("web"); });
    c.pass("service.name.unique", "distinct", noop);

    c.fail("service.cluster", "missing", S0 + ".cluster",
           [](P &p) { svc(p, "web").cluster = QStringLiteral("staging"); });
    c.fail("service.cluster", "empty", S0 + ".cluster",
           [](P &p) { svc(p, "web").cluster.clear(); });
    c.pass("service.cluster", "existing", noop);

    c.fail("service.taskDefinition", "missing revision", S0 + ".taskDefinition",
           [](P &p) { svc(p, "web").taskDefinition = QStringLiteral("web:7"); });
    c.fail("service.taskDefinition", "missing family", S0 + ".taskDefinition",
           [](P &p) { svc(p, "web").taskDefinition = QStringLiteral("nope"); });
    c.pass("service.taskDefinition", "family:revision",
           [](P &p) { svc(p, "web").taskDefinition = QStringLiteral("web:1"); });

    c.fail("service.launchType", "EXTERNAL", S0 + ".launchType",
           [](P &p) { svc(p, "web").launchType = QStringLiteral("EXTERNAL"); });
    c.pass("service.launchType", "EC2", noop);

    c.fail("service.schedulingStrategy", "BATCH", S0 + ".schedulingStrategy",
           [](P &p) { svc(p, "web").schedulingStrategy = QStringLiteral("BATCH"); });
    c.pass("service.schedulingStrategy", "DAEMON",
           [](P &p) { p.services[2].schedulingStrategy = QStringLiteral("DAEMON"); });

    c.fail("service.desiredCount", "negative", S0 + ".desiredCount",
           [](P &p) { svc(p, "web").desiredCount = -1; });
    c.pass("service.desiredCount", "zero", [](P &p) { svc(p, "web").desiredCount = 0; });

    const auto daemon = [](P &p, const char *name) {
        svc(p, name).schedulingStrategy = QStringLiteral("DAEMON");
    };
    c.warn("service.daemon.desiredCount", "3", S2 + ".desiredCount", [=](P &p) {
        daemon(p, "worker");
        svc(p, "worker").desiredCount = 3;
    });
    c.pass("service.daemon.desiredCount", "0", [=](P &p) {
        daemon(p, "worker");
        svc(p, "worker").desiredCount = 0;
    });

    c.fail("service.daemon.placementStrategy", "with strategy", S0 + ".placementStrategy",
           [=](P &p) { daemon(p, "web"); });
    c.pass("service.daemon.placementStrategy", "constraints only", [=](P &p) {
        daemon(p, "web");
        svc(p, "web").placementStrategy.clear();
    });

    c.fail("service.daemon.fargate", "Fargate", S1 + ".schedulingStrategy",
           [=](P &p) { daemon(p, "api"); });
    c.pass("service.daemon.fargate", "EC2", [=](P &p) { daemon(p, "worker"); });

    c.fail("service.fargate.taskDefinition", "EC2-only", S1 + ".taskDefinition",
           [](P &p) { svc(p, "api").taskDefinition = QStringLiteral("worker"); });
    c.fail("service.fargate.taskDefinition", "bridge", S1 + ".taskDefinition",
           setTask(QStringLiteral("api"), "networkMode", "bridge"));
    c.pass("service.fargate.taskDefinition", "compatible", noop);

    c.fail("service.fargate.capacity", "disabled", S1 + ".cluster",
           [](P &p) { p.clusters[0].fargate.enabled = false; });
    c.pass("service.fargate.capacity", "enabled", noop);

    c.fail("service.fargate.placement", "strategy", S1 + ".placementStrategy", [](P &p) {
        svc(p, "api").placementStrategy = {{QStringLiteral("random"), {}}};
    });
    c.pass("service.fargate.placement", "none", noop);

    c.fail("service.ec2.taskDefinition", "Fargate-only", S0 + ".taskDefinition",
           [](P &p) { svc(p, "web").taskDefinition = QStringLiteral("api"); });
    c.pass("service.ec2.taskDefinition", "no requiresCompatibilities",
           setTask(QStringLiteral("worker"), "requiresCompatibilities", QJsonValue()));

    c.warn("service.ec2.instances", "none", S0 + ".cluster",
           [](P &p) { p.clusters[0].instances.clear(); });
    c.warn("service.ec2.instances", "all draining", S0 + ".cluster", [](P &p) {
        for (ContainerInstance &ci : p.clusters[0].instances)
            ci.status = ContainerInstance::Status::Draining;
    });
    c.pass("service.ec2.instances", "one active",
           [](P &p) { p.clusters[0].instances[0].status = ContainerInstance::Status::Draining; });

    c.warn("service.networkConfiguration", "awsvpc without", S2 + ".networkConfiguration",
           [](P &p) { svc(p, "worker").networkConfiguration = {}; });
    c.pass("service.networkConfiguration", "awsvpc with", noop);

    c.fail("service.networkConfiguration.mode", "bridge with", S0 + ".networkConfiguration",
           [](P &p) { svc(p, "web").networkConfiguration = p.services[1].networkConfiguration; });
    c.pass("service.networkConfiguration.mode", "bridge without", noop);

    const QString lb = S0 + ".loadBalancers[0]";
    c.fail("service.loadBalancer.targetGroup", "missing", lb + ".targetGroup",
           [](P &p) { svc(p, "web").loadBalancers[0].targetGroup = QStringLiteral("nope"); });
    c.pass("service.loadBalancer.targetGroup", "existing", noop);

    c.fail("service.loadBalancer.unattached", "no listener", lb + ".targetGroup", [](P &p) {
        TargetGroup spare = p.targetGroups[0];
        spare.name = QStringLiteral("spare-tg");
        p.targetGroups.append(spare);
        svc(p, "web").loadBalancers[0].targetGroup = spare.name;
    });
    c.pass("service.loadBalancer.unattached", "rule forwards", noop);

    c.fail("service.loadBalancer.container", "missing", lb + ".containerName",
           [](P &p) { svc(p, "web").loadBalancers[0].containerName = QStringLiteral("nginx"); });
    c.pass("service.loadBalancer.container", "existing", noop);

    c.fail("service.loadBalancer.containerPort", "not mapped", lb + ".containerPort",
           [](P &p) { svc(p, "web").loadBalancers[0].containerPort = 80; });
    c.pass("service.loadBalancer.containerPort", "other container", [](P &p) {
        svc(p, "web").loadBalancers[0] = {QStringLiteral("front-tg"), QStringLiteral("app"), 9000};
    });

    c.fail("service.loadBalancer.targetType", "instance for awsvpc",
           S1 + ".loadBalancers[0].targetGroup",
           [](P &p) { p.targetGroups[1].targetType = QStringLiteral("instance"); });
    c.fail("service.loadBalancer.targetType", "ip for bridge", lb + ".targetGroup",
           [](P &p) { p.targetGroups[0].targetType = QStringLiteral("ip"); });
    c.pass("service.loadBalancer.targetType", "matching", noop);

    const QString dc = S0 + ".deploymentConfiguration";
    const auto deployment = [](int minimum, int maximum) {
        return [=](P &p) {
            svc(p, "web").deploymentConfiguration.minimumHealthyPercent = minimum;
            svc(p, "web").deploymentConfiguration.maximumPercent = maximum;
        };
    };
    c.fail("service.deployment.minimumHealthyPercent", "101", dc + ".minimumHealthyPercent",
           deployment(101, 200));
    c.fail("service.deployment.minimumHealthyPercent", "-1", dc + ".minimumHealthyPercent",
           deployment(-1, 200));
    c.pass("service.deployment.minimumHealthyPercent", "0", deployment(0, 200));
    c.pass("service.deployment.minimumHealthyPercent", "100", deployment(100, 200));

    c.fail("service.deployment.maximumPercent", "99", dc + ".maximumPercent", deployment(50, 99));
    c.pass("service.deployment.maximumPercent", "100", deployment(50, 100));

    c.warn("service.deployment.stuck", "100/100", dc, deployment(100, 100));
    c.pass("service.deployment.stuck", "50/100", deployment(50, 100));
    c.pass("service.deployment.stuck", "100/200", deployment(100, 200));

    // Three t3.medium instances: 3 ENIs each, one primary, so 6 awsvpc tasks.
    c.warn("service.awsvpc.eniCapacity", "7 tasks", S2 + ".desiredCount",
           [](P &p) { svc(p, "worker").desiredCount = 7; });
    c.warn("service.awsvpc.eniCapacity", "with another service", S2 + ".desiredCount", [](P &p) {
        Service other = svc(p, "worker");
        other.name = QStringLiteral("worker-2");
        other.desiredCount = 5;
        p.services.append(other);
    });
    c.pass("service.awsvpc.eniCapacity", "6 tasks",
           [](P &p) { svc(p, "worker").desiredCount = 6; });
    c.pass("service.awsvpc.eniCapacity", "custom instance type", [](P &p) {
        p.clusters[0].instances[0].instanceType = QStringLiteral("custom.large");
        svc(p, "worker").desiredCount = 7;
    });
}

void clusterCases(Cases &c)
{
    using P = ProjectData;
    const auto noop = [](P &) {};
    const QString i1 = C0 + ".instances[1]";

    c.fail("cluster.name", "empty", C0 + ".name", [](P &p) { p.clusters[0].name.clear(); });
    c.pass("cluster.name", "named", noop);

    c.fail("cluster.name.unique", "twice", QStringLiteral("$.clusters[1].name"),
           [](P &p) { p.clusters.append(p.clusters[0]); });
    c.pass("cluster.name.unique", "distinct", [](P &p) {
        p.clusters.append(p.clusters[0]);
        p.clusters[1].name = QStringLiteral("staging");
    });

    c.fail("cluster.instance.name", "empty", i1 + ".name",
           [](P &p) { p.clusters[0].instances[1].name.clear(); });
    c.pass("cluster.instance.name", "named", noop);

    c.fail("cluster.instance.name.unique", "twice", i1 + ".name",
           [](P &p) { p.clusters[0].instances[1].name = QStringLiteral("web-1"); });
    c.pass("cluster.instance.name.unique", "same name in another cluster", [](P &p) {
        p.clusters.append(p.clusters[0]);
        p.clusters[1].name = QStringLiteral("staging");
    });

    c.fail("cluster.instance.cpu", "0", i1 + ".cpu",
           [](P &p) { p.clusters[0].instances[1].cpuUnits = 0; });
    c.pass("cluster.instance.cpu", "1", [](P &p) { p.clusters[0].instances[1].cpuUnits = 1; });

    c.fail("cluster.instance.memory", "-1", i1 + ".memory",
           [](P &p) { p.clusters[0].instances[1].memoryMiB = -1; });
    c.pass("cluster.instance.memory", "512",
           [](P &p) { p.clusters[0].instances[1].memoryMiB = 512; });

    c.warn("cluster.instance.type", "unknown", i1 + ".instanceType",
           [](P &p) { p.clusters[0].instances[1].instanceType = QStringLiteral("x9.huge"); });
    c.pass("cluster.instance.type", "m5.large",
           [](P &p) { p.clusters[0].instances[1].instanceType = QStringLiteral("m5.large"); });
}

void loadBalancerCases(Cases &c)
{
    const auto firstRule = [](auto change) {
        return [=](ProjectData &p) { change(p.loadBalancers[0].listeners[0].rules[0]); };
    };
    c.fail("loadBalancer.rule.condition", "lowercase method",
           "$.loadBalancers[0].listeners[0].rules[0].httpRequestMethods[0]",
           firstRule([](ListenerRule &r) { r.httpRequestMethods = {QStringLiteral("get")}; }));
    c.fail("loadBalancer.rule.condition", "source IP without prefix",
           "$.loadBalancers[0].listeners[0].rules[0].sourceIps[0]",
           firstRule([](ListenerRule &r) { r.sourceIps = {QStringLiteral("10.0.0.1")}; }));
    c.fail("loadBalancer.rule.condition", "header without values",
           "$.loadBalancers[0].listeners[0].rules[0].httpHeaderName",
           firstRule([](ListenerRule &r) { r.httpHeaderName = QStringLiteral("X-Canary"); }));
    c.pass("loadBalancer.rule.condition", "method, CIDR and header",
           firstRule([](ListenerRule &r) {
               r.httpRequestMethods = {QStringLiteral("GET")};
               r.sourceIps = {QStringLiteral("10.0.0.0/8")};
               r.httpHeaderName = QStringLiteral("X-Canary");
               r.httpHeaderValues = {QStringLiteral("true")};
           }));
    using P = ProjectData;
    const auto noop = [](P &) {};
    const QString l0 = L0 + ".listeners[0]";
    const QString r0 = l0 + ".rules[0]";
    const auto addListener = [](int port, const char *protocol) {
        return [=](P &p) {
            Listener l = p.loadBalancers[0].listeners[0];
            l.port = port;
            l.protocol = QLatin1String(protocol);
            l.rules.clear();
            p.loadBalancers[0].listeners.append(l);
        };
    };

    c.fail("loadBalancer.name", "empty", L0 + ".name",
           [](P &p) { p.loadBalancers[0].name.clear(); });
    c.pass("loadBalancer.name", "named", noop);

    c.fail("loadBalancer.name.unique", "twice", QStringLiteral("$.loadBalancers[1].name"),
           [](P &p) { p.loadBalancers.append(p.loadBalancers[0]); });
    c.pass("loadBalancer.name.unique", "distinct", [](P &p) {
        p.loadBalancers.append(p.loadBalancers[0]);
        p.loadBalancers[1].name = QStringLiteral("edge-2");
    });

    c.fail("loadBalancer.listener.portUnique", "80 twice", L0 + ".listeners[1].port",
           addListener(80, "HTTP"));
    c.pass("loadBalancer.listener.portUnique", "443", addListener(443, "HTTPS"));

    c.fail("loadBalancer.listener.port", "0", l0 + ".port",
           [](P &p) { p.loadBalancers[0].listeners[0].port = 0; });
    c.pass("loadBalancer.listener.port", "65535",
           [](P &p) { p.loadBalancers[0].listeners[0].port = 65535; });

    c.fail("loadBalancer.listener.protocol", "ALB TCP", l0 + ".protocol",
           [](P &p) { p.loadBalancers[0].listeners[0].protocol = QStringLiteral("TCP"); });
    c.fail("loadBalancer.listener.protocol", "NLB HTTP",
           QStringLiteral("$.loadBalancers[1].listeners[0].protocol"), [](P &p) {
               addNetworkLoadBalancer(p);
               p.loadBalancers[1].listeners[0].protocol = QStringLiteral("HTTP");
           });
    c.pass("loadBalancer.listener.protocol", "NLB TCP_UDP", [](P &p) {
        addNetworkLoadBalancer(p);
        p.loadBalancers[1].listeners[0].protocol = QStringLiteral("TCP_UDP");
    });
    c.pass("loadBalancer.listener.protocol", "ALB HTTPS",
           [](P &p) { p.loadBalancers[0].listeners[0].protocol = QStringLiteral("HTTPS"); });

    c.fail("loadBalancer.listener.targetGroup", "missing", l0 + ".defaultTargetGroup", [](P &p) {
        p.loadBalancers[0].listeners[0].defaultTargetGroup = QStringLiteral("nope");
    });
    c.fail("loadBalancer.listener.targetGroup", "none", l0 + ".defaultTargetGroup",
           [](P &p) { p.loadBalancers[0].listeners[0].defaultTargetGroup.clear(); });
    c.pass("loadBalancer.listener.targetGroup", "existing", noop);

    c.fail("loadBalancer.rule.network", "NLB rule",
           QStringLiteral("$.loadBalancers[1].listeners[0].rules"), [](P &p) {
               addNetworkLoadBalancer(p);
               p.loadBalancers[1].listeners[0].rules = {
                   {1, {QStringLiteral("/")}, {}, QStringLiteral("db-tg")}};
           });
    c.pass("loadBalancer.rule.network", "NLB without rules", addNetworkLoadBalancer);

    c.fail("loadBalancer.rule.priorityUnique", "10 twice", l0 + ".rules[1].priority",
           [](P &p) { p.loadBalancers[0].listeners[0].rules.append(rule0(p)); });
    c.pass("loadBalancer.rule.priorityUnique", "10 and 20", [](P &p) {
        p.loadBalancers[0].listeners[0].rules.append(rule0(p));
        p.loadBalancers[0].listeners[0].rules[1].priority = 20;
    });

    c.fail("loadBalancer.rule.priority", "0", r0 + ".priority",
           [](P &p) { rule0(p).priority = 0; });
    c.fail("loadBalancer.rule.priority", "50001", r0 + ".priority",
           [](P &p) { rule0(p).priority = 50001; });
    c.pass("loadBalancer.rule.priority", "50000", [](P &p) { rule0(p).priority = 50000; });

    c.fail("loadBalancer.rule.condition", "no conditions", r0,
           [](P &p) { rule0(p).pathPatterns.clear(); });
    c.fail("loadBalancer.rule.condition", "empty path", r0 + ".pathPatterns[1]",
           [](P &p) { rule0(p).pathPatterns << QString(); });
    c.fail("loadBalancer.rule.condition", "empty host", r0 + ".hostHeaders[0]",
           [](P &p) { rule0(p).hostHeaders << QStringLiteral(" "); });
    c.fail("loadBalancer.rule.condition", "6 values", r0, [](P &p) {
        rule0(p).pathPatterns << QStringLiteral("/a") << QStringLiteral("/b");
        rule0(p).hostHeaders << QStringLiteral("a.example.com") << QStringLiteral("b.example.com")
                             << QStringLiteral("c.example.com");
    });
    c.pass("loadBalancer.rule.condition", "5 values", [](P &p) {
        rule0(p).pathPatterns << QStringLiteral("/a") << QStringLiteral("/b");
        rule0(p).hostHeaders << QStringLiteral("a.example.com") << QStringLiteral("b.example.com");
    });
    c.pass("loadBalancer.rule.condition", "host header only", [](P &p) {
        rule0(p).pathPatterns.clear();
        rule0(p).hostHeaders = {QStringLiteral("api.example.com")};
    });

    c.fail("loadBalancer.rule.targetGroup", "missing", r0 + ".targetGroup",
           [](P &p) { rule0(p).targetGroup = QStringLiteral("nope"); });
    c.pass("loadBalancer.rule.targetGroup", "existing", noop);
    c.fail("loadBalancer.rule.targetGroup", "weighted to a missing group",
           r0 + ".targetGroups[1].targetGroup", [](P &p) {
               rule0(p).targetGroups = {{QStringLiteral("api-tg"), 1}, {QStringLiteral("nope"), 1}};
           });

    const auto weighted = [](const QList<int> &weights) {
        return [=](P &p) {
            rule0(p).targetGroups.clear();
            int n = 0;
            for (int w : weights)
                rule0(p).targetGroups.append(
                    {n++ % 2 ? QStringLiteral("front-tg") : QStringLiteral("api-tg"), w});
        };
    };
    c.fail("loadBalancer.rule.forward", "6 target groups", r0 + ".targetGroups",
           weighted({1, 1, 1, 1, 1, 1}));
    c.fail("loadBalancer.rule.forward", "same group twice", r0 + ".targetGroups[2].targetGroup",
           weighted({1, 1, 1}));
    c.fail("loadBalancer.rule.forward", "weight 1000", r0 + ".targetGroups[1].weight",
           weighted({1, 1000}));
    c.fail("loadBalancer.rule.forward", "weight -1", r0 + ".targetGroups[0].weight",
           weighted({-1, 1}));
    c.fail("loadBalancer.rule.forward", "all weights 0", r0 + ".targetGroups", weighted({0, 0}));
    c.fail("loadBalancer.rule.forward", "stickiness 8 days", r0 + ".stickinessSeconds",
           [=](P &p) {
               weighted({80, 20})(p);
               rule0(p).stickinessSeconds = 8 * 86400;
           });
    c.pass("loadBalancer.rule.forward", "80/20, sticky a day", [=](P &p) {
        weighted({80, 20})(p);
        rule0(p).stickinessSeconds = 86400;
    });
    c.pass("loadBalancer.rule.forward", "0/999", weighted({0, 999}));

    const auto fixed = [](const char *code, const char *type, int bodySize) {
        return [=](P &p) {
            rule0(p).action = ListenerRule::Action::FixedResponse;
            rule0(p).fixedResponse = {QLatin1String(code), QLatin1String(type),
                                      QString(bodySize, u'x')};
        };
    };
    c.fail("loadBalancer.rule.fixedResponse", "302", r0 + ".fixedResponse.statusCode",
           fixed("302", "text/plain", 0));
    c.fail("loadBalancer.rule.fixedResponse", "600", r0 + ".fixedResponse.statusCode",
           fixed("600", "text/plain", 0));
    c.fail("loadBalancer.rule.fixedResponse", "text/xml", r0 + ".fixedResponse.contentType",
           fixed("200", "text/xml", 2));
    c.fail("loadBalancer.rule.fixedResponse", "1025 characters", r0 + ".fixedResponse.messageBody",
           fixed("503", "text/plain", 1025));
    c.pass("loadBalancer.rule.fixedResponse", "503 with 1024 characters",
           fixed("503", "application/json", 1024));
    c.pass("loadBalancer.rule.fixedResponse", "200 html", fixed("200", "text/html", 1));
    // A rule answered by the load balancer needs no target group.
    c.pass("loadBalancer.rule.targetGroup", "fixed-response without one", [=](P &p) {
        fixed("404", "text/plain", 3)(p);
        rule0(p).targetGroup.clear();
    });

    const auto redirect = [](auto change) {
        return [=](P &p) {
            rule0(p).action = ListenerRule::Action::Redirect;
            rule0(p).targetGroup.clear();
            change(rule0(p).redirect);
        };
    };
    c.fail("loadBalancer.rule.redirect", "to itself", r0 + ".redirect",
           redirect([](Redirect &) {}));
    c.fail("loadBalancer.rule.redirect", "HTTP_303", r0 + ".redirect.statusCode",
           redirect([](Redirect &r) {
               r.port = QStringLiteral("8080");
               r.statusCode = QStringLiteral("HTTP_303");
           }));
    c.fail("loadBalancer.rule.redirect", "port 0", r0 + ".redirect.port",
           redirect([](Redirect &r) { r.port = QStringLiteral("0"); }));
    c.fail("loadBalancer.rule.redirect", "path without /", r0 + ".redirect.path",
           redirect([](Redirect &r) { r.path = QStringLiteral("new"); }));
    c.fail("loadBalancer.rule.redirect", "protocol FTP", r0 + ".redirect.protocol",
           redirect([](Redirect &r) { r.protocol = QStringLiteral("FTP"); }));
    c.fail("loadBalancer.rule.redirect", "HTTPS listener to HTTP", r0 + ".redirect.protocol",
           [=](P &p) {
               redirect([](Redirect &r) { r.protocol = QStringLiteral("HTTP"); })(p);
               p.loadBalancers[0].listeners[0].protocol = QStringLiteral("HTTPS");
           });
    c.pass("loadBalancer.rule.redirect", "to HTTPS on 443, 302", redirect([](Redirect &r) {
               r.protocol = QStringLiteral("HTTPS");
               r.port = QStringLiteral("443");
               r.statusCode = QStringLiteral("HTTP_302");
           }));
    c.pass("loadBalancer.rule.redirect", "new path", redirect([](Redirect &r) {
               r.path = QStringLiteral("/v2/#{path}");
           }));

    c.fail("loadBalancer.targetGroup.protocol", "ALB to TCP", r0 + ".targetGroup",
           [](P &p) { p.targetGroups[1].protocol = QStringLiteral("TCP"); });
    c.fail("loadBalancer.targetGroup.protocol", "NLB to HTTP",
           QStringLiteral("$.loadBalancers[1].listeners[0].defaultTargetGroup"), [](P &p) {
               addNetworkLoadBalancer(p);
               p.targetGroups.last().protocol = QStringLiteral("HTTP");
           });
    c.pass("loadBalancer.targetGroup.protocol", "ALB to HTTPS",
           [](P &p) { p.targetGroups[1].protocol = QStringLiteral("HTTPS"); });

    // A listener's default action that answers or redirects: the rule's checks, at the
    // listener's members; network listeners only forward.
    const QString listener0 = QStringLiteral("$.loadBalancers[0].listeners[0]");
    c.fail("loadBalancer.rule.fixedResponse", "default 302", listener0 + ".fixedResponse.statusCode",
           [](P &p) {
               Listener &l = p.loadBalancers[0].listeners[0];
               l.defaultAction = ListenerRule::Action::FixedResponse;
               l.defaultFixedResponse.statusCode = QStringLiteral("302");
           });
    c.pass("loadBalancer.listener.targetGroup", "default fixed-response without a target group",
           [](P &p) {
               Listener &l = p.loadBalancers[0].listeners[0];
               l.defaultAction = ListenerRule::Action::FixedResponse;
               l.defaultFixedResponse.statusCode = QStringLiteral("404");
               l.defaultTargetGroup.clear();
           });
    c.fail("loadBalancer.rule.redirect", "default to itself", listener0 + ".redirect", [](P &p) {
        Listener &l = p.loadBalancers[0].listeners[0];
        l.defaultAction = ListenerRule::Action::Redirect;
    });
    c.pass("loadBalancer.rule.redirect", "default to HTTPS", [](P &p) {
        Listener &l = p.loadBalancers[0].listeners[0];
        l.defaultAction = ListenerRule::Action::Redirect;
        l.defaultRedirect.protocol = QStringLiteral("HTTPS");
        l.defaultRedirect.port = QStringLiteral("443");
    });
    c.fail("loadBalancer.listener.defaultAction", "NLB answering by itself",
           QStringLiteral("$.loadBalancers[1].listeners[0].defaultAction"), [](P &p) {
               addNetworkLoadBalancer(p);
               p.loadBalancers[1].listeners[0].defaultAction = ListenerRule::Action::FixedResponse;
           });
    c.pass("loadBalancer.listener.defaultAction", "NLB forwarding", addNetworkLoadBalancer);
}

void targetGroupCases(Cases &c)
{
    using P = ProjectData;
    const auto noop = [](P &) {};
    const QString hc = T0 + ".healthCheck";
    const auto health = [](int interval, int timeout, int healthy, int unhealthy) {
        return [=](P &p) {
            TargetGroupHealthCheck &h = p.targetGroups[0].healthCheck;
            h.intervalSeconds = interval;
            h.timeoutSeconds = timeout;
            h.healthyThreshold = healthy;
            h.unhealthyThreshold = unhealthy;
        };
    };

    c.fail("targetGroup.name", "empty", T0 + ".name",
           [](P &p) { p.targetGroups[0].name.clear(); });
    c.pass("targetGroup.name", "named", noop);

    c.fail("targetGroup.name.unique", "twice", T1 + ".name",
           [](P &p) { p.targetGroups[1].name = QStringLiteral("front-tg"); });
    c.pass("targetGroup.name.unique", "distinct", noop);

    c.fail("targetGroup.protocol", "FTP", T0 + ".protocol",
           [](P &p) { p.targetGroups[0].protocol = QStringLiteral("FTP"); });
    c.pass("targetGroup.protocol", "HTTPS",
           [](P &p) { p.targetGroups[0].protocol = QStringLiteral("HTTPS"); });

    c.fail("targetGroup.port", "0", T0 + ".port", [](P &p) { p.targetGroups[0].port = 0; });
    c.fail("targetGroup.port", "65536", T0 + ".port",
           [](P &p) { p.targetGroups[0].port = 65536; });
    c.pass("targetGroup.port", "65535", [](P &p) { p.targetGroups[0].port = 65535; });

    c.fail("targetGroup.targetType", "lambda", T0 + ".targetType",
           [](P &p) { p.targetGroups[0].targetType = QStringLiteral("lambda"); });
    c.pass("targetGroup.targetType", "ip",
           [](P &p) { p.targetGroups[0].targetType = QStringLiteral("ip"); });

    c.fail("targetGroup.deregistrationDelay", "3601", T0 + ".deregistrationDelaySeconds",
           [](P &p) { p.targetGroups[0].deregistrationDelaySeconds = 3601; });
    c.pass("targetGroup.deregistrationDelay", "0",
           [](P &p) { p.targetGroups[0].deregistrationDelaySeconds = 0; });

    c.fail("targetGroup.healthCheck.intervalSeconds", "4", hc + ".intervalSeconds",
           health(4, 2, 5, 2));
    c.fail("targetGroup.healthCheck.intervalSeconds", "301", hc + ".intervalSeconds",
           health(301, 5, 5, 2));
    c.pass("targetGroup.healthCheck.intervalSeconds", "300", health(300, 5, 5, 2));

    c.fail("targetGroup.healthCheck.timeoutSeconds", "121", hc + ".timeoutSeconds",
           health(300, 121, 5, 2));
    c.fail("targetGroup.healthCheck.timeoutSeconds", "1", hc + ".timeoutSeconds",
           health(30, 1, 5, 2));
    c.fail("targetGroup.healthCheck.timeoutSeconds", "not below interval", hc + ".timeoutSeconds",
           health(30, 30, 5, 2));
    c.pass("targetGroup.healthCheck.timeoutSeconds", "below interval", health(30, 29, 5, 2));
    c.pass("targetGroup.healthCheck.timeoutSeconds", "120", health(300, 120, 5, 2));

    c.fail("targetGroup.healthCheck.healthyThreshold", "1", hc + ".healthyThreshold",
           health(30, 5, 1, 2));
    c.pass("targetGroup.healthCheck.healthyThreshold", "10", health(30, 5, 10, 2));

    c.fail("targetGroup.healthCheck.unhealthyThreshold", "11", hc + ".unhealthyThreshold",
           health(30, 5, 5, 11));
    c.pass("targetGroup.healthCheck.unhealthyThreshold", "2", health(30, 5, 5, 2));

    c.fail("targetGroup.healthCheck.port", "word", hc + ".port",
           [](P &p) { p.targetGroups[0].healthCheck.port = QStringLiteral("http"); });
    c.fail("targetGroup.healthCheck.port", "0", hc + ".port",
           [](P &p) { p.targetGroups[0].healthCheck.port = QStringLiteral("0"); });
    c.pass("targetGroup.healthCheck.port", "8081",
           [](P &p) { p.targetGroups[0].healthCheck.port = QStringLiteral("8081"); });
}

// What Berth keeps but does not act on locally: an Info finding each, never silence.
void localCases(Cases &c)
{
    const QString web = QStringLiteral("web"), worker = QStringLiteral("worker");
    const auto noop = [](ProjectData &) {};
    c.info("local.ephemeralStorage", "set", W + ".ephemeralStorage",
           setTask(web, "ephemeralStorage", json(R"({"sizeInGiB": 30})")));
    c.pass("local.ephemeralStorage", "absent", noop);
    c.info("local.runtimePlatform", "arm64", W + ".runtimePlatform",
           setTask(web, "runtimePlatform", json(R"({"cpuArchitecture": "ARM64"})")));
    c.pass("local.runtimePlatform", "absent", noop);
    c.info("local.proxyConfiguration", "App Mesh", W + ".proxyConfiguration",
           setTask(web, "proxyConfiguration", json(R"({"type": "APPMESH", "containerName": "proxy"})")));
    c.pass("local.proxyConfiguration", "absent", noop);
    c.info("local.taskRole", "task role", W + ".taskRoleArn",
           setTask(web, "taskRoleArn", "arn:aws:iam::123456789012:role/web"));
    c.pass("local.taskRole", "absent", noop);
    c.info("local.volume", "EFS", W + ".volumes[0].efsVolumeConfiguration",
           setTask(web, "volumes", json(R"([{"name": "shared",
                   "efsVolumeConfiguration": {"fileSystemId": "fs-1234"}}])")));
    c.pass("local.volume", "host volume", setTask(web, "volumes", json(R"([{"name": "scratch"}])")));
    c.info("local.environmentFiles", "S3 file", cd(W, 0) + ".environmentFiles",
           setContainer(web, 0, "environmentFiles",
                        json(R"([{"type": "s3", "value": "arn:aws:s3:::b/web.env"}])")));
    c.pass("local.environmentFiles", "absent", noop);
    c.info("local.firelens", "fluentbit", cd(W, 0) + ".firelensConfiguration",
           setContainer(web, 0, "firelensConfiguration", json(R"({"type": "fluentbit"})")));
    c.pass("local.firelens", "absent", noop);
    c.info("local.logDriver", "awslogs", cd(W, 0) + ".logConfiguration.logDriver",
           setContainer(web, 0, "logConfiguration", json(R"({"logDriver": "awslogs"})")));
    c.pass("local.logDriver", "json-file",
           setContainer(web, 0, "logConfiguration", json(R"({"logDriver": "json-file"})")));
    c.info("local.restartPolicy", "enabled", cd(W, 0) + ".restartPolicy",
           setContainer(web, 0, "restartPolicy", json(R"({"enabled": true})")));
    c.pass("local.restartPolicy", "absent", noop);
    c.info("local.gpu", "one GPU", cd(W, 0) + ".resourceRequirements",
           setContainer(web, 0, "resourceRequirements", json(R"([{"type": "GPU", "value": "1"}])")));
    c.pass("local.gpu", "absent", noop);
    c.info("local.deploymentController", "CODE_DEPLOY", S0 + ".deploymentController",
           [](ProjectData &p) {
               svc(p, "web").extra.insert(QStringLiteral("deploymentController"),
                                          json(R"({"type": "CODE_DEPLOY"})"));
           });
    c.pass("local.deploymentController", "ECS", [](ProjectData &p) {
        svc(p, "web").extra.insert(QStringLiteral("deploymentController"), json(R"({"type": "ECS"})"));
    });
    c.info("local.serviceRegistries", "Cloud Map", S0 + ".serviceRegistries", [](ProjectData &p) {
        svc(p, "web").extra.insert(QStringLiteral("serviceRegistries"),
                                   QJsonArray{json(R"({"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1"})")});
    });
    c.pass("local.serviceRegistries", "absent", noop);
    c.info("local.deploymentAlarms", "alarms", S0 + ".deploymentConfiguration.alarms",
           [](ProjectData &p) {
               svc(p, "web").deploymentConfiguration.extra.insert(
                   QStringLiteral("alarms"), json(R"({"alarmNames": ["a"], "enable": true})"));
           });
    c.pass("local.deploymentAlarms", "absent", noop);

    c.info("service.newerRevision", "web:2 registered, web runs web:1", S0 + ".taskDefinition",
           [](ProjectData &p) {
               svc(p, "web").taskDefinition = QStringLiteral("web:1");
               p.registerTaskDefinition(p.taskDefinition(QStringLiteral("web:1"))->json());
           });
    c.pass("service.newerRevision", "web runs its latest revision", noop);
}

/// The cluster's default capacity provider strategy (PutClusterCapacityProviders) and the
/// services that take it: a provider asg of prod's, and worker naming no launch type.
void defaultStrategyCases(Cases &c)
{
    using P = ProjectData;
    using Item = CapacityProviderStrategyItem;
    const QString list = C0 + ".defaultCapacityProviderStrategy";
    const auto with = [](const QList<Item> &items) {
        return [items](P &p) {
            CapacityProvider asg;
            asg.name = QStringLiteral("asg");
            CapacityProvider spot = asg;
            spot.name = QStringLiteral("spot");
            p.clusters[0].capacityProviders = {asg, spot};
            p.clusters[0].defaultCapacityProviderStrategy = items;
            svc(p, "worker").launchType.clear();
        };
    };
    c.fail("cluster.defaultCapacityProviderStrategy.provider", "not the cluster's",
           list + "[1].capacityProvider", with({{"asg", 0, 1}, {"gpu", 0, 1}}));
    c.pass("cluster.defaultCapacityProviderStrategy.provider", "its own and Fargate's",
           with({{"asg", 0, 1}, {"FARGATE", 0, 1}}));
    c.fail("cluster.defaultCapacityProviderStrategy.base.once", "two bases", list,
           with({{"asg", 1, 1}, {"spot", 2, 1}}));
    c.pass("cluster.defaultCapacityProviderStrategy.base.once", "one base",
           with({{"asg", 1, 1}, {"spot", 0, 1}}));
    c.fail("cluster.defaultCapacityProviderStrategy.weight.none", "all weights 0", list,
           with({{"asg", 0, 0}, {"spot", 0, 0}}));
    c.pass("cluster.defaultCapacityProviderStrategy.weight.none", "a base alone",
           with({{"asg", 2, 0}}));
    c.fail("cluster.defaultCapacityProviderStrategy.weight", "1001", list + "[0].weight",
           with({{"asg", 0, 1001}}));
    c.pass("cluster.defaultCapacityProviderStrategy.weight", "1000", with({{"asg", 0, 1000}}));
    c.fail("cluster.defaultCapacityProviderStrategy.base", "negative", list + "[0].base",
           with({{"asg", -1, 1}}));
    c.pass("cluster.defaultCapacityProviderStrategy.base", "100000", with({{"asg", 100000, 1}}));
    c.fail("cluster.defaultCapacityProviderStrategy.size", "7", list,
           with(QList<Item>(7, {"asg", 0, 1})));
    c.pass("cluster.defaultCapacityProviderStrategy.size", "6",
           with(QList<Item>(6, {"asg", 0, 1})));
    // aws/containers-roadmap#692: a DAEMON service without a launch type takes the default,
    // which ECS refuses; with EC2 named it runs on every instance.
    const auto daemon = [with](const QString &launchType) {
        return [=](P &p) {
            with({{"asg", 0, 1}})(p);
            svc(p, "worker").schedulingStrategy = QStringLiteral("DAEMON");
            svc(p, "worker").launchType = launchType;
        };
    };
    c.fail("service.daemon.capacityProviderStrategy", "takes the default", S2 + ".launchType",
           daemon(QString()));
    c.fail("service.daemon.capacityProviderStrategy", "its own", S2 + ".capacityProviderStrategy",
           [=](P &p) {
               daemon(QStringLiteral("EC2"))(p);
               svc(p, "worker").capacityProviderStrategy = {{"asg", 0, 1}};
           });
    c.pass("service.daemon.capacityProviderStrategy", "launch type EC2",
           daemon(QStringLiteral("EC2")));
    c.pass("service.launchType", "none named", with({}));
}

QList<Case> allCases()
{
    Cases c;
    defaultStrategyCases(c);
    localCases(c);
    taskDefinitionCases(c);
    placementCases(c);
    serviceCases(c);
    clusterCases(c);
    loadBalancerCases(c);
    targetGroupCases(c);
    return c.all();
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << QStringLiteral("%1 %2 %3: %4")
                     .arg(Diagnostic::severityName(d.severity), d.rule, d.path, d.message);
    return lines.join(u'\n');
}

Diagnostics withRule(const Diagnostics &diagnostics, const QString &rule)
{
    Diagnostics out;
    for (const Diagnostic &d : diagnostics) {
        if (d.rule == rule)
            out.append(d);
    }
    return out;
}

} // namespace

class tst_Validation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseProjectIsClean()
    {
        const Diagnostics diagnostics = Validator::validate(baseProject());
        QVERIFY2(diagnostics.isEmpty(), qPrintable(describe(diagnostics)));
    }

    void sampleProjectHasNoErrors()
    {
        QString path = qEnvironmentVariable("BERTH_SOURCE_DIR");
        path = path.isEmpty() ? QFINDTESTDATA("../../resources/samples/web-api.berth")
                              : path + QStringLiteral("/resources/samples/web-api.berth");
        const ProjectFile::LoadResult loaded = ProjectFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(path + QStringLiteral(": ") + loaded.error));
        const Diagnostics diagnostics = Validator::validate(*loaded.data);
        QVERIFY2(errorCount(diagnostics) == 0, qPrintable(describe(diagnostics)));
    }

    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("fires");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("path");
        for (const Case &c : allCases()) {
            QTest::addRow("%s %s: %s", c.fires ? "fails" : "passes", qPrintable(c.rule),
                          qPrintable(c.name))
                << c.mutate << c.rule << c.fires << int(c.severity) << c.path;
        }
    }

    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, rule);
        QFETCH(bool, fires);
        QFETCH(int, severity);
        QFETCH(QString, path);

        ProjectData project = baseProject();
        mutate(project);
        const Diagnostics all = Validator::validate(project);
        const Diagnostics found = withRule(all, rule);
        if (!fires) {
            QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
            return;
        }
        QVERIFY2(
            !found.isEmpty(),
            qPrintable(QStringLiteral("%1 did not fire; found:\n%2").arg(rule, describe(all))));
        const auto at = std::find_if(found.begin(), found.end(),
                                     [&](const Diagnostic &d) { return d.path == path; });
        QVERIFY2(at != found.end(),
                 qPrintable(
                     QStringLiteral("no %1 at %2; found:\n%3").arg(rule, path, describe(found))));
        QCOMPARE(int(at->severity), severity);
        QVERIFY(!at->message.isEmpty());
        QVERIFY(!at->hint.isEmpty());
    }

    void everyRuleHasAFailingAndAPassingCase()
    {
        QMap<QString, QPair<int, int>> counts; // rule -> failing, passing
        for (const Case &c : allCases())
            (c.fires ? counts[c.rule].first : counts[c.rule].second) += 1;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            QVERIFY2(it.value().first > 0, qPrintable(it.key() + QStringLiteral(" never fails")));
            QVERIFY2(it.value().second > 0,
                     qPrintable(it.key() + QStringLiteral(" never passes")));
        }
        QVERIFY(counts.size() >= 80);
    }

    void memberOfReportsTheParserColumn_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("missing argument") << QStringLiteral("attribute:ecs.instance-type ==");
        QTest::newRow("unclosed parenthesis") << QStringLiteral("(runningTasksCount == 1");
        QTest::newRow("unknown subject") << QStringLiteral("cpuCount > 2");
        QTest::newRow("bad operator after and")
            << QStringLiteral("runningTasksCount == 1 and and agentConnected == true");
    }

    void memberOfReportsTheParserColumn()
    {
        QFETCH(QString, expression);
        const Query::ParseResult parsed = Query::Expression::parse(expression);
        QVERIFY(!parsed.isValid());
        ProjectData project = baseProject();
        project.services[0].placementConstraints = {{QStringLiteral("memberOf"), expression}};
        project.taskDefinitions[0].set(
            QStringLiteral("placementConstraints"),
            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("memberOf")},
                                   {QStringLiteral("expression"), expression}}});
        const Diagnostics found =
            withRule(Validator::validate(project), QStringLiteral("placement.memberOf.syntax"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].entityKind, Diagnostic::EntityKind::TaskDefinition);
        QCOMPARE(found[0].path, W + QStringLiteral(".placementConstraints[0].expression"));
        QCOMPARE(found[1].entityKind, Diagnostic::EntityKind::Service);
        for (const Diagnostic &d : found) {
            QVERIFY(d.column > 0);
            QCOMPARE(d.column, parsed.error().column);
            QVERIFY2(d.message.contains(parsed.error().message), qPrintable(d.message));
        }
    }

    void standaloneTaskDefinitionUsesThePrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("register input") << QStringLiteral("$");
        QTest::newRow("describe output") << QStringLiteral("$.taskDefinition");
    }

    void standaloneTaskDefinitionUsesThePrefix()
    {
        QFETCH(QString, prefix);
        TaskDefinition td(QJsonDocument::fromJson(kWeb).object());
        QVERIFY2(Validator::validateTaskDefinition(td, prefix).isEmpty(),
                 qPrintable(describe(Validator::validateTaskDefinition(td, prefix))));
        QList<ContainerDefinition> containers = td.containers();
        containers[1].setMemoryReservation(512);
        td.setContainers(containers);
        const Diagnostics found = Validator::validateTaskDefinition(td, prefix);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].rule, QStringLiteral("taskdef.container.memoryReservation"));
        QCOMPARE(found[0].path,
                 prefix + QStringLiteral(".containerDefinitions[1].memoryReservation"));
        QCOMPARE(found[0].entity, QStringLiteral("web:1"));
        QCOMPARE(found[0].entityKind, Diagnostic::EntityKind::TaskDefinition);
        QVERIFY2(found[0].message.contains(
                     QStringLiteral("memoryReservation must be less than memory (hard limit)")),
                 qPrintable(found[0].message));
    }

    void ruleFindingsReplaceShapeFindingsAtTheSamePath()
    {
        TaskDefinition td(QJsonDocument::fromJson(kWorker).object());
        QList<ContainerDefinition> containers = td.containers();
        QJsonArray ports = containers[0].json().value(QStringLiteral("portMappings")).toArray();
        QJsonObject port = ports[0].toObject();
        port.insert(QStringLiteral("protocol"), QStringLiteral("sctp"));
        ports[0] = port;
        containers[0].set(QStringLiteral("portMappings"), ports);
        containers[0].set(QStringLiteral("memroy"), 12); // a typo only the shape check sees
        td.setContainers(containers);
        const Diagnostics found = Validator::validateTaskDefinition(td);
        QCOMPARE(found.size(), 2);
        QCOMPARE(withRule(found, QStringLiteral("ecs.shape")).size(), 1);
        QCOMPARE(withRule(found, QStringLiteral("ecs.shape")).first().path,
                 QStringLiteral("$.containerDefinitions[0].memroy"));
        QCOMPARE(withRule(found, QStringLiteral("taskdef.port.protocol")).size(), 1);
    }

    void diagnosticsNameTheirEntity_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("entity");
        using P = ProjectData;
        using Kind = Diagnostic::EntityKind;
        QTest::newRow("task definition")
            << Mutation(setContainer(QStringLiteral("web"), 1, QStringLiteral("memoryReservation"),
                                     512))
            << QStringLiteral("taskdef.container.memoryReservation") << int(Kind::TaskDefinition)
            << QStringLiteral("web:1");
        QTest::newRow("service") << Mutation([](P &p) { p.services[0].desiredCount = -2; })
                                 << QStringLiteral("service.desiredCount") << int(Kind::Service)
                                 << QStringLiteral("web");
        QTest::newRow("cluster") << Mutation([](P &p) { p.clusters.append(p.clusters[0]); })
                                 << QStringLiteral("cluster.name.unique") << int(Kind::Cluster)
                                 << QStringLiteral("prod");
        QTest::newRow("container instance")
            << Mutation([](P &p) { p.clusters[0].instances[2].cpuUnits = 0; })
            << QStringLiteral("cluster.instance.cpu") << int(Kind::ContainerInstance)
            << QStringLiteral("prod/web-3");
        QTest::newRow("load balancer")
            << Mutation([](P &p) { p.loadBalancers[0].listeners[0].port = 0; })
            << QStringLiteral("loadBalancer.listener.port") << int(Kind::LoadBalancer)
            << QStringLiteral("edge");
        QTest::newRow("target group") << Mutation([](P &p) { p.targetGroups[1].port = 0; })
                                      << QStringLiteral("targetGroup.port")
                                      << int(Kind::TargetGroup) << QStringLiteral("api-tg");
    }

    void diagnosticsNameTheirEntity()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, rule);
        QFETCH(int, kind);
        QFETCH(QString, entity);
        ProjectData project = baseProject();
        mutate(project);
        const Diagnostics found = withRule(Validator::validate(project), rule);
        QCOMPARE(found.size(), 1);
        QCOMPARE(int(found[0].entityKind), kind);
        QCOMPARE(found[0].entity, entity);
    }
};

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
