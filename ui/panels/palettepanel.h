#pragma once

#include "model/entityref.h"

#include <QListWidget>

namespace Berth::Gui {

/// What can be placed on the canvas. Drag an entry onto the canvas, or click it and then
/// click the canvas; Enter or a double-click puts it in the middle of the view.
class PalettePanel final : public QListWidget
{
    Q_OBJECT
public:
    explicit PalettePanel(QWidget *parent = nullptr);

    static QList<Model::EntityKind> kinds();
    /// Un-checks the entry after a placement or a cancel.
    void clearPlacement();

Q_SIGNALS:
    /// The next click on the canvas should place this kind.
    void placementRequested(Berth::Model::EntityKind kind);
    /// Place it now, where the user is looking.
    void placeRequested(Berth::Model::EntityKind kind);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Berth::Gui
