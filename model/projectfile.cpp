#include "model/projectfile.h"
#include "model/modeltr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace Berth::Model {

namespace {

template<typename T>
QJsonArray toArray(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(item.toJson());
    return a;
}

/// Why a save could not begin, in the user's terms: a read-only file or folder (permissions,
/// or a read-only file system) is named as such rather than with the system's bare text.
QString openFailure(const QString &path, const QString &systemError)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (file.exists() && !file.isWritable())
        return Tr::tr("cannot save %1: the file is read-only; the file was not changed").arg(path);
    if (!folder.isWritable())
        return Tr::tr("cannot save %1: its folder %2 is read-only (Berth saves by writing a new "
                      "file beside the old one); the file was not changed")
            .arg(path, QDir::toNativeSeparators(folder.absoluteFilePath()));
    return Tr::tr("cannot write %1: %2").arg(path, systemError);
}

} // namespace

QJsonObject ProjectFile::migrate(QJsonObject document, int fromVersion)
{
    // Each step turns version v into v + 1. Version 1 is the first published format.
    using Step = QJsonObject (*)(QJsonObject);
    static const QList<Step> steps = {};
    for (int v = fromVersion; v < kVersion && v - 1 < steps.size(); ++v) {
        if (v >= 1)
            document = steps.at(v - 1)(document);
    }
    document.insert(QLatin1String("version"), kVersion);
    return document;
}

ProjectFile::LoadResult ProjectFile::parse(const QByteArray &text)
{
    LoadResult result;
    const JsonText::ParseResult parsed = JsonText::parse(text);
    if (!parsed.ok()) {
        result.error = parsed.error;
        result.position = parsed.position;
        return result;
    }
    QJsonObject root = parsed.document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat)) {
        result.error = root.contains(QLatin1String("containerDefinitions")) ||
                               root.contains(QLatin1String("taskDefinition"))
                           ? Tr::tr("this is an ECS task definition, not a Berth project; "
                                    "import it with 'berth import FILE --into PROJECT'")
                           : Tr::tr("not a Berth project: \"format\" must be \"berth-project\"");
        result.position = JsonText::locate(text, QStringLiteral("$.format"));
        return result;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    result.fileVersion = version.toInt(-1);
    if (!version.isDouble() || result.fileVersion < 1) {
        result.error = Tr::tr("the project has no valid \"version\" (expected a positive integer)");
        result.position = JsonText::locate(text, QStringLiteral("$.version"));
        return result;
    }
    if (result.fileVersion > kVersion) {
        result.error = Tr::tr("this project was saved by a newer Berth (file version %1; this "
                              "Berth reads up to version %2). Open it with a newer Berth.")
                           .arg(result.fileVersion)
                           .arg(kVersion);
        result.position = JsonText::locate(text, QStringLiteral("$.version"));
        return result;
    }
    if (result.fileVersion < kVersion) {
        root = migrate(root, result.fileVersion);
        result.migrated = true;
    }

    QList<JsonIssue> issues;
    const JsonReader in(root, QStringLiteral("$"), &issues);
    ProjectData data;
    data.name = in.string(QStringLiteral("name"));
    data.region = in.string(QStringLiteral("region"), data.region);
    data.accountId = in.string(QStringLiteral("accountId"), data.accountId);
    for (const JsonReader &c : in.children(QStringLiteral("clusters")))
        data.clusters.append(Cluster::fromJson(c));
    for (const JsonReader &t : in.children(QStringLiteral("taskDefinitions"))) {
        if (!t.object().value(QLatin1String("definition")).isObject())
            t.fail(QStringLiteral("definition"),
                   Tr::tr("expected the task definition as an object"));
        data.taskDefinitions.append(TaskDefinition::fromProjectJson(t));
    }
    for (const JsonReader &s : in.children(QStringLiteral("services")))
        data.services.append(Service::fromJson(s));
    for (const JsonReader &l : in.children(QStringLiteral("loadBalancers")))
        data.loadBalancers.append(LoadBalancer::fromJson(l));
    for (const JsonReader &t : in.children(QStringLiteral("targetGroups")))
        data.targetGroups.append(TargetGroup::fromJson(t));
    for (const JsonReader &r : in.children(QStringLiteral("repositories")))
        data.repositories.append(EcrRepository::fromJson(r));

    if (!issues.isEmpty()) {
        result.issues = issues;
        const JsonIssue &first = issues.first();
        result.error = first.path + QStringLiteral(": ") + first.message;
        result.position = JsonText::locate(text, first.path);
        return result;
    }
    // Version 1 let a service name a bare family and follow its newest revision live; a
    // service runs one revision, so a family is pinned to its latest ACTIVE revision now.
    if (data.pinServices() > 0)
        result.migrated = true;
    result.data = data;
    return result;
}

ProjectFile::LoadResult ProjectFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.error = QFileInfo::exists(path)
                           ? Tr::tr("cannot read the file: %1").arg(file.errorString())
                           : Tr::tr("no such file");
        return result;
    }
    return parse(file.readAll());
}

QByteArray ProjectFile::serialize(const ProjectData &data)
{
    QJsonArray taskDefinitions;
    for (const TaskDefinition &td : data.taskDefinitions)
        taskDefinitions.append(td.toProjectJson());
    // QJsonObject keeps its keys sorted, which gives the stable order diffs need.
    QJsonObject root{{QLatin1String("format"), QLatin1String(kFormat)},
                           {QLatin1String("version"), kVersion},
                           {QLatin1String("name"), data.name},
                           {QLatin1String("region"), data.region},
                           {QLatin1String("accountId"), data.accountId},
                           {QLatin1String("clusters"), toArray(data.clusters)},
                           {QLatin1String("taskDefinitions"), taskDefinitions},
                           {QLatin1String("services"), toArray(data.services)},
                           {QLatin1String("loadBalancers"), toArray(data.loadBalancers)},
                           {QLatin1String("targetGroups"), toArray(data.targetGroups)}};
    // Only when there are some: the files of designs without repositories stay as they were.
    if (!data.repositories.isEmpty())
        root.insert(QLatin1String("repositories"), toArray(data.repositories));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProjectFile::save(const ProjectData &data, const QString &path, QString *error)
{
    QSaveFile file(path);
    // Unbuffered: a write the disk cannot take whole (full, or past a size limit) comes back
    // short here. Buffered, Qt 6.4 reports a short final write as success and commit() puts
    // the truncated file in place of the previous one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = openFailure(path, file.errorString());
        return false;
    }
    const QByteArray bytes = serialize(data);
    if (file.write(bytes) != bytes.size()) {
        const int code = errno;
        file.cancelWriting();
        if (error)
            *error = Tr::tr("cannot save %1: the disk is full or the file may not grow (%2); "
                            "the file was not changed")
                         .arg(path, QString::fromLocal8Bit(std::strerror(code ? code : ENOSPC)));
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Berth::Model
