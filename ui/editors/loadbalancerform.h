#pragma once

#include "ui/editors/entityform.h"

class QTableWidget;

namespace Berth::Gui {

/// A load balancer: name, type and its listeners (protocol, port, default target group), and
/// the selected listener's default action when it answers or redirects by itself.
class LoadBalancerForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit LoadBalancerForm(ProjectEditor *editor, QWidget *parent = nullptr);

    QTableWidget *listeners() const { return m_listeners; }

private:
    void loadListeners(const Data &d);
    void storeCell(int row, int column);

    QTableWidget *m_listeners;
};

} // namespace Berth::Gui
