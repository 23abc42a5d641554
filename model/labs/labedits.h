#pragma once

#include "model/projectdata.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Berth::Model {

/// Design paths and design edits of labs, over the project's own JSON (what the .berth
/// file holds). A path is dot-separated members, each optionally followed by [N] (an index)
/// or [NAME] (the element whose serviceName, name, family or containerName is NAME; for
/// task definitions NAME may be FAMILY (its latest revision) or FAMILY:REVISION):
/// `services[front].desiredCount`, `taskDefinitions[web].definition.containerDefinitions[0]`.
class LabEdits
{
public:
    /// The value at \a path in the design, or nothing when the path leads nowhere.
    static std::optional<QJsonValue> valueAt(const ProjectData &design, const QString &path);
    static std::optional<QJsonValue> valueAt(const QJsonObject &document, const QString &path);
    /// Whether the path's syntax is sound; an empty string when it is, else why not.
    static QString pathProblem(const QString &path);

    /// The edits: set, remove, append, register, forceNewDeployment. Applies one to the
    /// design; returns why it could not, or an empty string. \a labFolder resolves files.
    static QString apply(ProjectData &design, const QJsonObject &edit, const QString &labFolder);
    /// The edit's kind, or an empty string when it is none of the known ones.
    static QString kindOf(const QJsonObject &edit);
    static QStringList designKinds();
    /// Actions on the running design (runTask, stopTask, done through its API; load, HTTP
    /// requests through one of its load balancers as `berth load` sends them) and on its
    /// images (build a folder of the lab, push an image to the design's repository).
    static QStringList liveKinds();
};

} // namespace Berth::Model
