#pragma once

#include "model/jsontext.h"
#include "model/projectdata.h"

namespace Berth::Model {

/// ECS task-definition and service JSON in and out: what `aws ecs
/// register-task-definition --cli-input-json` and `create-service` take, and what
/// describe-task-definition returns.
class EcsJson
{
public:
    struct ImportResult
    {
        QJsonObject definition;  ///< register-ready: unwrapped, read-only members dropped
        QString error;           ///< the text is not JSON or not a task definition
        TextPosition position;
        QList<JsonIssue> issues; ///< members ECS would reject, by JSON path
        QStringList dropped;     ///< read-only members that were removed
        bool ok() const { return error.isEmpty() && issues.isEmpty(); }
    };

    /// The read-only members describe-task-definition adds and register refuses.
    static const QStringList &readOnlyMembers();

    /// Accepts RegisterTaskDefinition input or describe-task-definition output.
    static ImportResult parseTaskDefinition(const QByteArray &text);
    static ImportResult importTaskDefinition(const QJsonObject &json);

    static QJsonObject exportTaskDefinition(const TaskDefinition &td);
    /// CreateService input; the task definition named as family:revision.
    static QJsonObject exportService(const ProjectData &project, const Service &service);

    struct ExportedFile
    {
        QString fileName; ///< relative to the output folder
        QJsonObject json;
    };
    /// The latest revision of each family, any older revision a service pins, one
    /// create-service input per service, and its Application Auto Scaling inputs.
    static QList<ExportedFile> exportProject(const ProjectData &project);
    static bool writeExport(const ProjectData &project, const QString &dir,
                            QStringList *written, QString *error);
};

} // namespace Berth::Model
