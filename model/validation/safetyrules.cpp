#include "model/validation/safetyrules.h"

#include "model/validation/reporter.h"
#include "model/validation/safetyreview.h"

#include <QCoreApplication>

namespace Berth::Model::Internal {

void SafetyRules::check(const TaskDefinition &td, const QString &path, Diagnostics &out)
{
    Reporter report(out, Diagnostic::EntityKind::TaskDefinition, td.key());
    for (const SafetyFinding &f : SafetyReview::ofTaskDefinition(td, path))
        report.warning(f.rule, f.path, f.what,
                       QCoreApplication::translate("Berth::Model::Validator",
                                                   "This allows %1. 'berth run' starts it only "
                                                   "with --allow-unsafe.")
                           .arg(f.allows));
}

} // namespace Berth::Model::Internal
