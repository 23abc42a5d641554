#pragma once

#include "model/taskdefinition.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>

namespace Berth::Model::Internal {

/// What a task definition that requires FARGATE must keep: awsvpc, a valid cpu/memory pair
/// and none of the parameters Fargate does not support.
class FargateRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Validator)

public:
    /// path names the task definition object.
    static void check(const TaskDefinition &td, const QString &path, Reporter &report);

    /// The memory sizes (MiB) Fargate offers for a task cpu value; empty for an invalid cpu.
    static QList<int> memoryChoices(int cpu);
    static bool isValidSize(int cpu, int memory);

private:
    static void checkSize(const TaskDefinition &td, const QString &path, Reporter &report);
    static void checkUnsupported(const TaskDefinition &td, const QString &path, Reporter &report);
};

} // namespace Berth::Model::Internal
