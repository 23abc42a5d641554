#pragma once

#include "model/entityref.h"
#include "model/projectdata.h"

#include <QJsonObject>
#include <QPointF>

class QMimeData;

namespace Berth::Gui {

/// Copy and paste of parts of a design, as JSON in the project file's own shapes.
class ClipboardFragment
{
public:
    static QString mimeType();

    /// The entities and what they hold (a cluster's instances and services).
    static QJsonObject copy(const Model::ProjectData &data, const QList<Model::EntityRef> &refs);
    static QMimeData *toMimeData(const QJsonObject &fragment);
    /// The fragment the clipboard holds, or an empty object.
    static QJsonObject fromMimeData(const QMimeData *mime);

    /// Adds a copy of the fragment, renaming what would clash and shifting it by offset.
    /// Instances copied on their own go into targetCluster when it exists, else into the
    /// cluster they came from. Returns what was added.
    static QList<Model::EntityRef> paste(Model::ProjectData &data, const QJsonObject &fragment,
                                         QPointF offset, const QString &targetCluster = {});
};

} // namespace Berth::Gui
