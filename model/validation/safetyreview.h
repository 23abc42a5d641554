#pragma once

#include "model/projectdata.h"
#include "model/taskdefinition.h"

#include <QCoreApplication>

namespace Berth::Model {

/// One setting that gives a container (or whoever reaches the container runtime) power over
/// the host, and what it allows.
struct SafetyFinding
{
    QString rule;           ///< e.g. "safety.privileged", "safety.host-mount"
    QString taskDefinition; ///< family:revision; empty for where the design runs
    QString container;      ///< empty for task-level settings and where the design runs
    QString path;           ///< JSON path of the setting
    QString what;           ///< "container web runs privileged"
    QString allows;         ///< "every device and capability of the host: root on the host"
};

/**
 * The safety review of a design: what in it reaches beyond its containers (privileged
 * containers, host bind mounts, pid or ipc mode host, added Linux
 * capabilities). Validation reports each finding as a warning. Before a run the engine adds
 * what depends on where the design runs (Engine::RunSafety); `berth run` refuses such a run
 * without --allow-unsafe and the window asks to confirm.
 */
class SafetyReview
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::SafetyReview)

public:
    /// \a path names the task definition object, e.g. "$.taskDefinitions[0].definition".
    static QList<SafetyFinding> ofTaskDefinition(const TaskDefinition &td,
                                                 const QString &path = QStringLiteral("$"));
    /// Every task definition of the project.
    static QList<SafetyFinding> ofProject(const ProjectData &project);
    /// One line a finding: "- what: allows ..." (the command line and the window show it).
    static QString describe(const QList<SafetyFinding> &findings);
};

} // namespace Berth::Model
