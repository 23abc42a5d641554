#pragma once

#include "model/projectdata.h"
#include "model/validation/diagnostic.h"

namespace Berth::Model {

/// Checks a design against ECS's rules. Pure: no I/O, callable from any thread.
class Validator
{
public:
    /// Everything in a project; paths are relative to the project file's root.
    static Diagnostics validate(const ProjectData &project);
    /// One task definition on its own (a task-definition JSON file), paths under pathPrefix
    /// ("$" for a register-input file, "$.taskDefinition" for describe output).
    static Diagnostics validateTaskDefinition(const TaskDefinition &td,
                                              const QString &pathPrefix = QStringLiteral("$"));
};

} // namespace Berth::Model
