#pragma once

#include "engine/labs/labchecker.h"

#include "model/labs/lab.h"
#include "model/projectdata.h"

namespace Berth::Engine {

/// A step's solution or a wrong attempt, applied: design edits change \a design (the caller
/// saves it, and a running design picks the file up); runTask and stopTask act on the
/// running design through \a live. Returns why an edit could not be applied, or nothing.
QString applyLabEdits(Model::ProjectData &design, const QList<QJsonObject> &edits,
                      const Model::Lab &lab, const QHash<QString, QString> &parameters,
                      const LabChecker::ApiCall &live);

} // namespace Berth::Engine
