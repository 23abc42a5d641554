#include "model/validation/localrules.h"

#include "model/jsontext.h"
#include "model/projectdata.h"
#include "model/service.h"
#include "model/taskdefinition.h"
#include "model/validation/reporter.h"

#include <QJsonArray>
#include <QSysInfo>

namespace Berth::Model::Internal {

namespace {

QString member(const QString &path, const char *name)
{
    return JsonText::member(path, QLatin1String(name));
}

bool present(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    return !v.isUndefined() && !v.isNull()
           && !(v.isArray() && v.toArray().isEmpty())
           && !(v.isObject() && v.toObject().isEmpty())
           && !(v.isString() && v.toString().isEmpty());
}

// An Info finding: Berth keeps the field, and says what happens locally instead.
auto infoOf(Reporter &report)
{
    return [&report](const char *rule, const QString &at, const QString &message,
                     const QString &hint) {
        report.report(Diagnostic::Severity::Info, QLatin1String(rule), at, message, hint);
    };
}

} // namespace

void LocalRules::checkTaskDefinition(const TaskDefinition &td, const QString &path,
                                     Diagnostics &out)
{
    Reporter report(out, Diagnostic::EntityKind::TaskDefinition, td.key());
    const auto info = infoOf(report);
    const QJsonObject &json = td.json();
    if (present(json, "ephemeralStorage"))
        info("local.ephemeralStorage", member(path, "ephemeralStorage"),
             tr("ephemeralStorage is kept for AWS; locally the containers write to this "
                "machine's disk without a size limit"),
             tr("Nothing to do; check the size on AWS, where the limit applies."));
    if (present(json, "runtimePlatform"))
        info("local.runtimePlatform", member(path, "runtimePlatform"),
             tr("runtimePlatform is kept for AWS; locally the containers run on this "
                "machine's platform (%1)")
                 .arg(QSysInfo::currentCpuArchitecture()),
             tr("Use images built for this machine's architecture to run them here."));
    if (present(json, "proxyConfiguration"))
        info("local.proxyConfiguration", member(path, "proxyConfiguration"),
             tr("the App Mesh proxy configuration is kept for AWS; locally no proxy is set up "
                "and containers reach each other directly"),
             tr("Nothing to do; test the mesh on AWS."));
    if (present(json, "taskRoleArn"))
        info("local.taskRole", member(path, "taskRoleArn"),
             tr("the task role is kept for AWS; locally there is no credentials endpoint, so "
                "AWS SDKs in the containers find no role credentials"),
             tr("Give the containers credentials through secrets if they must call AWS from "
                "here."));
    const QJsonArray volumes = json.value(QLatin1String("volumes")).toArray();
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        const QJsonObject v = volumes.at(i).toObject();
        for (const char *kind : {"efsVolumeConfiguration", "fsxWindowsFileServerVolumeConfiguration"}) {
            if (present(v, kind))
                info("local.volume", member(JsonText::index(member(path, "volumes"), i), kind),
                     tr("volume \"%1\" is an EFS or FSx file system on AWS; locally it is a "
                        "volume on this machine, shared by the tasks that use it")
                         .arg(v.value(QLatin1String("name")).toString()),
                     tr("Nothing to do; data written here stays on this machine."));
        }
    }
    const QString list = member(path, "containerDefinitions");
    const QJsonArray containers = json.value(QLatin1String("containerDefinitions")).toArray();
    for (qsizetype j = 0; j < containers.size(); ++j) {
        const QJsonObject c = containers.at(j).toObject();
        const QString at = JsonText::index(list, j);
        const QString name = c.value(QLatin1String("name")).toString();
        if (present(c, "environmentFiles"))
            info("local.environmentFiles", member(at, "environmentFiles"),
                 tr("container \"%1\": environment files live in S3 and are not read locally; "
                    "the container starts without their variables")
                     .arg(name),
                 tr("Copy the variables the container needs into environment (or secrets)."));
        if (present(c, "firelensConfiguration"))
            info("local.firelens", member(at, "firelensConfiguration"),
                 tr("container \"%1\": FireLens does not route logs locally; every container's "
                    "output goes to the local json-file log, which Berth's Logs panel shows")
                     .arg(name),
                 tr("Nothing to do; read the logs in the Logs panel or with berth logs."));
        const QString driver = c.value(QLatin1String("logConfiguration")).toObject()
                                   .value(QLatin1String("logDriver")).toString();
        if (!driver.isEmpty() && driver != QLatin1String("json-file"))
            info("local.logDriver", member(member(at, "logConfiguration"), "logDriver"),
                 tr("container \"%1\": the log driver \"%2\" is kept for AWS; locally the logs "
                    "go to json-file, which Berth's Logs panel shows")
                     .arg(name, driver),
                 tr("Nothing to do; read the logs in the Logs panel or with berth logs."));
        if (present(c, "restartPolicy"))
            info("local.restartPolicy", member(at, "restartPolicy"),
                 tr("container \"%1\": the restart policy is kept for AWS; locally a container "
                    "that exits is not restarted in place (an essential one stops its task, "
                    "and its service starts a new task)")
                     .arg(name),
                 tr("Nothing to do; watch the service replace the task."));
        for (const QJsonValue r : c.value(QLatin1String("resourceRequirements")).toArray()) {
            if (r.toObject().value(QLatin1String("type")).toString() == QLatin1String("GPU"))
                info("local.gpu", member(at, "resourceRequirements"),
                     tr("container \"%1\": GPUs are kept for AWS; locally none is reserved or "
                        "passed to the container, and placement does not count them")
                         .arg(name),
                     tr("Nothing to do; placement by GPU happens on AWS only."));
        }
    }
}

void LocalRules::checkRevision(const ProjectData &project, const Service &service,
                               const QString &path, Diagnostics &out)
{
    const TaskDefinition *newer = project.newerRevisionFor(service);
    if (!newer)
        return;
    Reporter(out, Diagnostic::EntityKind::Service, service.name)
        .report(Diagnostic::Severity::Info, QStringLiteral("service.newerRevision"),
                member(path, "taskDefinition"),
                tr("new revision available: service %1 runs %2, and %3 is registered but not "
                   "deployed (a service runs the revision it was given)")
                    .arg(service.name, service.taskDefinition, newer->key()),
                tr("Deploy it: pick %1 in the service's Task definition field, or run "
                   "'berth service PROJECT %2 --task-definition %1'.")
                    .arg(newer->key(), service.name));
}

void LocalRules::checkService(const Service &service, const QString &path, Diagnostics &out)
{
    Reporter report(out, Diagnostic::EntityKind::Service, service.name);
    const auto info = infoOf(report);
    const QString controller = service.extra.value(QLatin1String("deploymentController"))
                                   .toObject().value(QLatin1String("type")).toString();
    if (controller == QLatin1String("CODE_DEPLOY") || controller == QLatin1String("EXTERNAL"))
        info("local.deploymentController", member(path, "deploymentController"),
             tr("the %1 deployment controller is kept for AWS; locally Berth deploys with ECS's "
                "rolling update")
                 .arg(controller),
             tr("Nothing to do; blue/green and external deployments run on AWS only."));
    if (!service.extra.value(QLatin1String("serviceRegistries")).toArray().isEmpty())
        info("local.serviceRegistries", member(path, "serviceRegistries"),
             tr("service discovery (Cloud Map) is kept for AWS; locally no DNS name is "
                "registered for the tasks"),
             tr("Reach the service through its load balancer's name (NAME.lb.berth)."));
    if (!service.deploymentConfiguration.extra.value(QLatin1String("alarms")).toObject().isEmpty())
        info("local.deploymentAlarms", member(member(path, "deploymentConfiguration"), "alarms"),
             tr("deployment alarms are kept for AWS; locally no CloudWatch alarm watches the "
                "deployment, only the circuit breaker"),
             tr("Enable the deployment circuit breaker to have failed deployments stopped "
                "here."));
}

} // namespace Berth::Model::Internal
