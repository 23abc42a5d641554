#include "ui/editors/loadbalancerform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace Berth::Gui {

namespace {

Model::LoadBalancer *mutableLoadBalancer(Model::ProjectData &d, const QString &name)
{
    for (Model::LoadBalancer &lb : d.loadBalancers) {
        if (lb.name == name)
            return &lb;
    }
    return nullptr;
}

} // namespace

LoadBalancerForm::LoadBalancerForm(ProjectEditor *editor, QWidget *parent)
    : EntityForm(editor, parent), m_listeners(new QTableWidget(0, 3, this))
{
    auto *form = new QFormLayout(this);
    addName(form);
    addChoice(
        form, QStringLiteral("type"), tr("&Type:"),
        [](const Data &) {
            return QStringList{QStringLiteral("application"), QStringLiteral("network")};
        },
        [this](const Data &d) {
            const Model::LoadBalancer *lb = d.loadBalancer(m_ref.name);
            return lb ? Model::LoadBalancer::typeName(lb->type) : QString();
        },
        [this](Data &d, const QString &v) {
            if (Model::LoadBalancer *lb = mutableLoadBalancer(d, m_ref.name))
                lb->type = v == QLatin1String("network") ? Model::LoadBalancer::Type::Network
                                                         : Model::LoadBalancer::Type::Application;
        });

    m_listeners->setObjectName(QStringLiteral("listeners"));
    m_listeners->setHorizontalHeaderLabels({tr("Protocol"), tr("Port"), tr("Default target")});
    m_listeners->horizontalHeader()->setStretchLastSection(true);
    m_listeners->verticalHeader()->hide();
    m_listeners->setMinimumHeight(110);
    form->addRow(new QLabel(tr("Listeners:"), this));
    form->addRow(m_listeners);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add listener"), this);
    auto *remove = new QPushButton(tr("Remove listener"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    form->addRow(buttons);

    // The selected listener's default action, when it answers or redirects by itself (the
    // table's default target is the forward's).
    form->addRow(new QLabel(tr("Selected listener's default action:"), this));
    const auto selected = [this](Data &d) -> Model::Listener * {
        Model::LoadBalancer *lb = mutableLoadBalancer(d, m_ref.name);
        const int row = std::max(0, m_listeners->currentRow());
        return lb && row < lb->listeners.size() ? &lb->listeners[row] : nullptr;
    };
    addAction(
        form, QStringLiteral("defaultAction"), tr("De&fault action:"),
        [selected](Data &d) {
            Model::Listener *l = selected(d);
            return l ? ActionParts{&l->defaultAction, &l->defaultFixedResponse,
                                   &l->defaultRedirect}
                     : ActionParts{};
        },
        [] { return QList<QWidget *>(); });
    connect(m_listeners, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int previous) {
                if (row != previous && !m_loading)
                    refresh();
            });
    connect(m_listeners, &QTableWidget::cellChanged, this, &LoadBalancerForm::storeCell);
    connect(add, &QPushButton::clicked, this, [this] {
        commit(tr("listeners"), [this](Data &d) {
            Model::LoadBalancer *lb = mutableLoadBalancer(d, m_ref.name);
            if (!lb)
                return;
            Model::Listener listener;
            if (lb->type == Model::LoadBalancer::Type::Network)
                listener.protocol = QStringLiteral("TCP");
            int port = 80;
            for (const Model::Listener &l : lb->listeners)
                port = std::max(port, l.port + 1);
            listener.port = lb->listeners.isEmpty() ? 80 : port;
            lb->listeners << listener;
        });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_listeners->currentRow();
        commit(tr("listeners"), [this, row](Data &d) {
            Model::LoadBalancer *lb = mutableLoadBalancer(d, m_ref.name);
            if (lb && row >= 0 && row < lb->listeners.size())
                lb->listeners.removeAt(row);
        });
    });
    onRefresh([this](const Data &d) { loadListeners(d); });
}

void LoadBalancerForm::loadListeners(const Data &d)
{
    const QSignalBlocker blocker(m_listeners);
    const Model::LoadBalancer *lb = d.loadBalancer(m_ref.name);
    const qsizetype rows = lb ? lb->listeners.size() : 0;
    m_listeners->setRowCount(int(rows));
    for (int r = 0; r < rows; ++r) {
        const Model::Listener &l = lb->listeners.at(r);
        m_listeners->setItem(r, 0, new QTableWidgetItem(l.protocol));
        m_listeners->setItem(r, 1, new QTableWidgetItem(QString::number(l.port)));
        m_listeners->setItem(r, 2, new QTableWidgetItem(l.defaultTargetGroup));
    }
}

void LoadBalancerForm::storeCell(int row, int column)
{
    const QString text = m_listeners->item(row, column)->text().trimmed();
    commit(tr("listener"), [&](Data &d) {
        Model::LoadBalancer *lb = mutableLoadBalancer(d, m_ref.name);
        if (!lb || row >= lb->listeners.size())
            return;
        Model::Listener &l = lb->listeners[row];
        if (column == 0)
            l.protocol = text.toUpper();
        else if (column == 1)
            l.port = text.toInt();
        else
            l.defaultTargetGroup = text;
    });
}

} // namespace Berth::Gui
