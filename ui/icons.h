#pragma once

#include "model/entityref.h"

#include <QIcon>

namespace Berth::Gui {

/// Berth's SVG icons (resources/icons). Action icons are drawn in the palette's text
/// colour, so they follow a light or dark system palette; entity icons keep their colours.
class Icons
{
public:
    static QIcon entity(Model::EntityKind kind);
    /// An action icon by its freedesktop name ("document-open", "zoom-in", ...): the
    /// desktop theme's when it has one, else Berth's own.
    static QIcon action(const QString &name);
    /// Forgets tinted icons, after the palette changed.
    static void clearCache();
};

} // namespace Berth::Gui
