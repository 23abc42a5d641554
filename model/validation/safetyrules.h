#pragma once

#include "model/taskdefinition.h"
#include "model/validation/diagnostic.h"

namespace Berth::Model::Internal {

/// Warnings for what reaches beyond a task's containers (see SafetyReview): a run needs
/// explicit consent for each of them.
class SafetyRules
{
public:
    /// path names the task definition object: "$" or "$.taskDefinitions[0].definition".
    static void check(const TaskDefinition &td, const QString &path, Diagnostics &out);
};

} // namespace Berth::Model::Internal
