#pragma once

#include "model/validation/diagnostic.h"

#include <QCoreApplication>

namespace Berth::Model {
class TaskDefinition;
struct ProjectData;
struct Service;
} // namespace Berth::Model

namespace Berth::Model::Internal {

/// What Berth keeps (for export and AWS) but does not act on when it runs a design on this
/// machine: one Info finding per field, saying what happens locally instead. Nothing is
/// ignored silently.
class LocalRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::LocalRules)

public:
    static void checkTaskDefinition(const TaskDefinition &td, const QString &path,
                                    Diagnostics &out);
    static void checkService(const Service &service, const QString &path, Diagnostics &out);
    /// "new revision available": the service's family has a newer ACTIVE revision.
    static void checkRevision(const ProjectData &project, const Service &service,
                              const QString &path, Diagnostics &out);
};

} // namespace Berth::Model::Internal
