#pragma once

#include "model/projectdata.h"
#include "model/taskdefinition.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace Berth::Model {

/// One setting that gives a container (or whoever reaches the Docker daemon) power over the
/// host, and what it allows.
struct SafetyFinding
{
    QString rule;           ///< e.g. "safety.privileged", "safety.host-mount"
    QString taskDefinition; ///< family:revision; empty for the daemon
    QString container;      ///< empty for task-level settings and the daemon
    QString path;           ///< JSON path of the setting
    QString what;           ///< "container web runs privileged"
    QString allows;         ///< "every device and capability of the host: root on the host"
};

/**
 * The safety review before a run: access to Docker is root on the host, so a run lists what
 * in the design reaches beyond its containers (privileged containers, host bind mounts, host
 * network, pid or ipc mode host, added Linux capabilities) and a daemon reached over plain
 * TCP. `berth run` refuses such a run without --allow-unsafe; the window asks to confirm;
 * validation reports each finding as a warning.
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
    /// DOCKER_HOST over tcp:// or http:// without TLS (DOCKER_TLS_VERIFY, DOCKER_TLS).
    static QList<SafetyFinding> ofDockerHost(const QProcessEnvironment &env);
    /// What a run of \a project on the daemon that \a env names must be confirmed for.
    static QList<SafetyFinding>
    review(const ProjectData &project,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// One line a finding: "- what: allows ..." (the command line and the window show it).
    static QString describe(const QList<SafetyFinding> &findings);
};

} // namespace Berth::Model
