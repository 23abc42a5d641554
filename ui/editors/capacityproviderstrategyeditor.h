#pragma once

#include "ui/editors/entityform.h"

class QGridLayout;
class QLabel;

namespace Berth::Gui {

/// A service's capacityProviderStrategy: a row per item (provider, base, weight, remove) and
/// an Add button. Each change is an undoable edit of the service; what validation finds in
/// the strategy shows as the user types.
class CapacityProviderStrategyEditor final : public EntityForm
{
    Q_OBJECT
public:
    explicit CapacityProviderStrategyEditor(ProjectEditor *editor, QWidget *parent = nullptr);

private:
    /// Builds the rows again when the number of items changed.
    void rebuild(int rows);
    void editItem(int row, const QString &field,
                  const std::function<void(Model::CapacityProviderStrategyItem &)> &change,
                  const QString &mergeKey = {});

    QGridLayout *m_rows;
    QList<QWidget *> m_heads;
    QList<QWidget *> m_rowWidgets; ///< four a row: provider, base, weight, remove
    QLabel *m_empty;
    QLabel *m_problems;
};

} // namespace Berth::Gui
