#pragma once

#include "ui/editors/entityform.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace Berth::Gui {

/// A cluster's capacity providers, one at a time: a picker, Add and Remove, and the chosen
/// provider's Auto Scaling group (instance type, min/max/desired size, zones) and managed
/// scaling (on/off, target capacity, termination protection). Each change is an undoable
/// edit of the cluster; what validation finds in the provider shows as the user types.
class CapacityProviderForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit CapacityProviderForm(ProjectEditor *editor, QWidget *parent = nullptr);

    /// Shows the cluster's \a index-th provider (clamped to those there are).
    void select(int index);
    int current() const { return m_index; }
    void refresh() override;
    /// "$.capacityProviders[N]..." of the cluster: that provider, then its field.
    bool focusPath(const QString &localPath) override;

private:
    const Model::CapacityProvider *provider(const Data &d) const;
    Model::CapacityProvider *provider(Data &d) const;

    int m_index = 0;
    QComboBox *m_picker;
    QPushButton *m_remove;
    QLabel *m_problems;
    QList<QWidget *> m_fields;
};

} // namespace Berth::Gui
