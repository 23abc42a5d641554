#pragma once

#include "model/projectdata.h"
#include "model/taskdefinition.h"
#include "model/validation/safetyreview.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace Berth::Engine {

/**
 * What a run must be confirmed for: the design's settings that reach beyond its containers
 * (Model::SafetyReview), what mounting the Docker daemon's socket allows, and a daemon that
 * DOCKER_HOST names over plain TCP. Validation knows only the design; this knows where it
 * runs. The window, `berth run` and `berth run-task` ask before a run with these findings.
 */
class RunSafety
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::RunSafety)

public:
    /// Model::SafetyReview::ofTaskDefinition, and a host mount of the Docker daemon's socket
    /// said for what it is: root on the host. \a path names the task definition object.
    static QList<Model::SafetyFinding>
    ofTaskDefinition(const Model::TaskDefinition &td, const QString &path = QStringLiteral("$"));
    /// Every task definition of the project, as ofTaskDefinition.
    static QList<Model::SafetyFinding> ofProject(const Model::ProjectData &project);
    /// DOCKER_HOST over tcp:// or http:// without TLS (DOCKER_TLS_VERIFY, DOCKER_TLS).
    static QList<Model::SafetyFinding> ofDockerHost(const QProcessEnvironment &env);

    /// What a run of \a project on the daemon that \a env names must be confirmed for.
    static QList<Model::SafetyFinding>
    review(const Model::ProjectData &project,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// The same for a one-off task of \a td.
    static QList<Model::SafetyFinding>
    review(const Model::TaskDefinition &td,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

} // namespace Berth::Engine
