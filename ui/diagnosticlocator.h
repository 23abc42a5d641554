#pragma once

#include "model/entityref.h"
#include "model/validation/diagnostic.h"

namespace Berth::Gui {

/// Which entity, and which revision, a validation diagnostic speaks about.
class DiagnosticLocator
{
public:
    static Model::EntityRef entityOf(const Model::Diagnostic &diagnostic);
    /// For task definitions: the revision the diagnostic names, 0 when none.
    static int revisionOf(const Model::Diagnostic &diagnostic);
    /// The path inside the entity's own JSON: "$.containerDefinitions[0].memory" for a
    /// task definition, "$.desiredCount" for a service.
    static QString localPath(const Model::Diagnostic &diagnostic);
};

} // namespace Berth::Gui
