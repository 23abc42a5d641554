#pragma once

#include "ui/editors/entityform.h"

class QGridLayout;
class QLabel;

namespace Berth::Gui {

/// A capacity provider strategy: a service's capacityProviderStrategy, or with a cluster as
/// its entity, the cluster's defaultCapacityProviderStrategy. A row per item (provider, base,
/// weight, remove) and an Add button. Each change is an undoable edit of the entity; what
/// validation finds in the strategy shows as the user types.
class CapacityProviderStrategyEditor final : public EntityForm
{
    Q_OBJECT
public:
    explicit CapacityProviderStrategyEditor(ProjectEditor *editor, QWidget *parent = nullptr);

private:
    /// The strategy the entity has in \a d: the service's own or the cluster's default.
    QList<Model::CapacityProviderStrategyItem> *strategy(Data &d) const;
    const QList<Model::CapacityProviderStrategyItem> *strategy(const Data &d) const;
    /// The cluster whose providers the strategy may name.
    QString clusterName(const Data &d) const;

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
