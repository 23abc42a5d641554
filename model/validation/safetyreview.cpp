#include "model/validation/safetyreview.h"

#include "model/jsontext.h"

#include <QDir>
#include <QJsonArray>
#include <QUrl>

namespace Berth::Model {

namespace {

QString member(const QString &path, const char *key)
{
    return JsonText::member(path, QLatin1String(key));
}

} // namespace

QList<SafetyFinding> SafetyReview::ofTaskDefinition(const TaskDefinition &td,
                                                    const QString &path)
{
    QList<SafetyFinding> out;
    const QJsonObject json = td.json();
    auto add = [&](const char *rule, const QString &container, const QString &at,
                   const QString &what, const QString &allows) {
        out.append({QLatin1String(rule), td.key(), container, at, what, allows});
    };

    // networkMode host is safe here: each virtual instance has a network namespace of its
    // own, and the task's ports are published on the instance's loopback address only.
    if (json.value(QLatin1String("pidMode")).toString() == QLatin1String("host"))
        add("safety.host-pid", {}, member(path, "pidMode"),
            tr("task definition %1 shares the host's process namespace").arg(td.key()),
            tr("seeing every process of the host, their command lines and environments, and "
               "signalling them"));
    if (json.value(QLatin1String("ipcMode")).toString() == QLatin1String("host"))
        add("safety.host-ipc", {}, member(path, "ipcMode"),
            tr("task definition %1 shares the host's IPC namespace").arg(td.key()),
            tr("reading and writing the shared memory of the host's processes"));

    const QJsonArray volumes = json.value(QLatin1String("volumes")).toArray();
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        const QJsonObject vol = volumes.at(i).toObject();
        const QString source = vol.value(QLatin1String("host")).toObject()
                                   .value(QLatin1String("sourcePath")).toString();
        if (source.isEmpty())
            continue;
        const QString at = member(member(JsonText::index(member(path, "volumes"), i), "host"),
                                  "sourcePath");
        const QString name = vol.value(QLatin1String("name")).toString();
        const QString clean = QDir::cleanPath(source);
        QString allows;
        if (clean == QLatin1String("/"))
            allows = tr("reading and writing every file of the host: root on the host");
        else
            allows = tr("reading and writing %1 on the host").arg(clean);
        add("safety.host-mount", {}, at,
            tr("volume %1 of %2 mounts the host path %3").arg(name, td.key(), clean), allows);
    }

    const QJsonArray containers = json.value(QLatin1String("containerDefinitions")).toArray();
    for (qsizetype j = 0; j < containers.size(); ++j) {
        const QJsonObject c = containers.at(j).toObject();
        const QString name = c.value(QLatin1String("name")).toString();
        const QString cpath = JsonText::index(member(path, "containerDefinitions"), j);
        if (c.value(QLatin1String("privileged")).toBool())
            add("safety.privileged", name, member(cpath, "privileged"),
                tr("container %1 of %2 runs privileged").arg(name, td.key()),
                tr("every device and every capability of the host: root on the host"));
        const QString addPath = member(member(member(cpath, "linuxParameters"), "capabilities"),
                                       "add");
        const QJsonArray caps = c.value(QLatin1String("linuxParameters")).toObject()
                                    .value(QLatin1String("capabilities")).toObject()
                                    .value(QLatin1String("add")).toArray();
        for (qsizetype k = 0; k < caps.size(); ++k) {
            const QString cap = caps.at(k).toString().toUpper().remove(QLatin1String("CAP_"));
            QString allows;
            if (cap == QLatin1String("ALL") || cap == QLatin1String("SYS_ADMIN"))
                allows = tr("mounting file systems and most of what root may do: close to "
                            "root on the host");
            else if (cap == QLatin1String("NET_ADMIN") || cap == QLatin1String("NET_RAW"))
                allows = tr("changing network configuration and crafting raw packets");
            else if (cap == QLatin1String("SYS_PTRACE"))
                allows = tr("reading and changing the memory of other processes");
            else if (cap == QLatin1String("SYS_MODULE"))
                allows = tr("loading kernel modules: root on the host");
            else
                allows = tr("kernel operations a container may not do by default");
            add("safety.capabilities", name, JsonText::index(addPath, k),
                tr("container %1 of %2 adds the Linux capability %3").arg(name, td.key(), cap),
                allows);
        }
    }
    return out;
}

QList<SafetyFinding> SafetyReview::ofProject(const ProjectData &project)
{
    QList<SafetyFinding> out;
    for (qsizetype i = 0; i < project.taskDefinitions.size(); ++i)
        out += ofTaskDefinition(project.taskDefinitions.at(i),
                                member(JsonText::index(QStringLiteral("$.taskDefinitions"), i),
                                       "definition"));
    return out;
}

QString SafetyReview::describe(const QList<SafetyFinding> &findings)
{
    QString text;
    for (const SafetyFinding &f : findings)
        text += tr("- %1; this allows %2\n").arg(f.what, f.allows);
    return text;
}

} // namespace Berth::Model
