#include "model/ecsjson.h"
#include "model/export/autoscalingexport.h"
#include "model/export/capacityproviderexport.h"
#include "model/modeltr.h"

#include "model/jsonshape.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Berth::Model {

const QStringList &EcsJson::readOnlyMembers()
{
    static const QStringList members = {
        QStringLiteral("taskDefinitionArn"), QStringLiteral("revision"),
        QStringLiteral("status"),            QStringLiteral("requiresAttributes"),
        QStringLiteral("compatibilities"),   QStringLiteral("registeredAt"),
        QStringLiteral("registeredBy"),      QStringLiteral("deregisteredAt")};
    return members;
}

EcsJson::ImportResult EcsJson::parseTaskDefinition(const QByteArray &text)
{
    const JsonText::ParseResult parsed = JsonText::parse(text);
    if (!parsed.ok()) {
        ImportResult result;
        result.error = parsed.error;
        result.position = parsed.position;
        return result;
    }
    return importTaskDefinition(parsed.document.object());
}

EcsJson::ImportResult EcsJson::importTaskDefinition(const QJsonObject &json)
{
    ImportResult result;
    QJsonObject def = json;
    QString path = QStringLiteral("$");
    if (json.value(QLatin1String("taskDefinition")).isObject()) {
        def = json.value(QLatin1String("taskDefinition")).toObject();
        path = QStringLiteral("$.taskDefinition");
    } else if (json.value(QLatin1String("format")).toString() == QLatin1String("berth-project")) {
        result.error = Tr::tr("this is a Berth project, not an ECS task definition");
        return result;
    }
    if (!def.contains(QLatin1String("containerDefinitions"))
        && !def.contains(QLatin1String("family"))) {
        result.error = Tr::tr("not an ECS task definition: expected \"family\" and "
                              "\"containerDefinitions\" (register-task-definition input) or "
                              "{\"taskDefinition\": {...}} (describe-task-definition output)");
        return result;
    }
    for (const QString &member : readOnlyMembers()) {
        if (def.contains(member)) {
            def.remove(member);
            result.dropped << member;
        }
    }
    result.issues = JsonShape::check(def, QStringLiteral("RegisterTaskDefinition"), path);
    result.definition = def;
    return result;
}

QJsonObject EcsJson::exportTaskDefinition(const TaskDefinition &td)
{
    QJsonObject json = td.json();
    for (const QString &member : readOnlyMembers())
        json.remove(member);
    return json;
}

QJsonObject EcsJson::exportService(const ProjectData &project, const Service &s)
{
    QJsonObject o = s.toJson();
    o.remove(QLatin1String("canvas"));
    o.remove(QLatin1String(Service::kDeploymentNonce));
    o.remove(QLatin1String("autoScaling")); // Application Auto Scaling's own inputs
    // CreateService refuses launchType together with a capacity provider strategy; without
    // either, ECS takes the cluster's default strategy (put-cluster-capacity-providers), and
    // without one of those, EC2, which Berth writes out as it planned.
    const QString launchType = project.launchTypeOf(s);
    if (launchType.isEmpty())
        o.remove(QLatin1String("launchType"));
    else
        o.insert(QLatin1String("launchType"), launchType);
    if (const TaskDefinition *td = project.taskDefinitionOf(s))
        o.insert(QLatin1String("taskDefinition"), td->key());
    if (!s.loadBalancers.isEmpty()) {
        QJsonArray a;
        for (const ServiceLoadBalancer &lb : s.loadBalancers)
            a.append(QJsonObject{{QLatin1String("targetGroupArn"),
                                  project.targetGroupArn(lb.targetGroup)},
                                 {QLatin1String("containerName"), lb.containerName},
                                 {QLatin1String("containerPort"), lb.containerPort}});
        o.insert(QLatin1String("loadBalancers"), a);
    }
    return o;
}

QList<EcsJson::ExportedFile> EcsJson::exportProject(const ProjectData &project)
{
    QList<ExportedFile> files;
    QStringList exported;
    auto add = [&](const TaskDefinition &td, bool latest) {
        if (exported.contains(td.key()))
            return;
        exported << td.key();
        const QString name = latest ? td.family() : td.family() + u'-' + QString::number(
                                                                            td.revision());
        files.append({QStringLiteral("task-definitions/%1.json").arg(name),
                      exportTaskDefinition(td)});
    };
    for (const QString &family : project.families())
        add(*project.latestRevision(family), true);
    for (const Cluster &c : project.clusters) {
        for (const CapacityProviderExport::File &f : CapacityProviderExport::files(project, c))
            files.append({f.fileName, f.json});
    }
    for (const Service &s : project.services) {
        if (const TaskDefinition *td = project.taskDefinitionOf(s))
            add(*td, td == project.latestRevision(td->family()));
        files.append({QStringLiteral("services/%1.json").arg(s.name), exportService(project, s)});
        for (const AutoScalingExport::File &f : AutoScalingExport::files(project, s))
            files.append({f.fileName, f.json});
    }
    return files;
}

bool EcsJson::writeExport(const ProjectData &project, const QString &dir, QStringList *written,
                          QString *error)
{
    const QDir out(dir);
    for (const ExportedFile &f : exportProject(project)) {
        const QString path = out.filePath(f.fileName);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            if (error)
                *error = Tr::tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        file.write(QJsonDocument(f.json).toJson(QJsonDocument::Indented));
        if (!file.commit()) {
            if (error)
                *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        if (written)
            *written << path;
    }
    return true;
}

} // namespace Berth::Model
