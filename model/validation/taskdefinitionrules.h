#pragma once

#include "model/projectdata.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>

namespace Berth::Model::Internal {

/// Task-level rules of a task definition (family, cpu and memory, the container list,
/// placement constraints); runs the container and Fargate rules too.
class TaskDefinitionRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Validator)

public:
    /// path names the task definition object: "$" or "$.taskDefinitions[0].definition".
    static void check(const TaskDefinition &td, const QString &path, Diagnostics &out);
    /// Rules across the revisions of a project: family:revision keys are unique.
    static void checkRevisions(const ProjectData &project, Diagnostics &out);

private:
    static void checkFamily(const TaskDefinition &td, const QString &path, Reporter &report);
    static void checkContainerList(const TaskDefinition &td, const QString &path,
                                   Reporter &report);
    static void checkCpu(const TaskDefinition &td, const QString &path, Reporter &report);
    static void checkMemory(const TaskDefinition &td, const QString &path, Reporter &report);
};

} // namespace Berth::Model::Internal
