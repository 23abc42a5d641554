#include "ui/run/eventspanel.h"

#include "engine/runtime/ecsmessages.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

EventsPanel::EventsPanel(QWidget *parent)
    : QWidget(parent), m_filter(new QComboBox(this)), m_list(new QTreeWidget(this)),
      m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("eventsPanel"));
    m_filter->setObjectName(QStringLiteral("eventsFilter"));
    m_list->setObjectName(QStringLiteral("events"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Time"), tr("Service"), tr("Message")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 80);
    m_list->setColumnWidth(1, 90);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Service:"), this);
    label->setBuddy(m_filter);
    top->addWidget(label);
    top->addWidget(m_filter);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_list);
    m_explanation->setObjectName(QStringLiteral("eventExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->hide();
    layout->addWidget(m_explanation);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showExplanation(); });
    m_filter->addItem(tr("All services"), QString());
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { refill(); });
}

void EventsPanel::setEvents(const QList<Engine::ServiceEvent> &events, const QStringList &services)
{
    if (services != m_services) {
        m_services = services;
        const QString current = m_filter->currentData().toString();
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
        m_filter->addItem(tr("All services"), QString());
        for (const QString &s : services)
            m_filter->addItem(s, s);
        m_filter->setCurrentIndex(qMax(0, m_filter->findData(current)));
    }
    if (events == m_events)
        return;
    m_events = events;
    refill();
}

void EventsPanel::clear()
{
    m_events.clear();
    m_list->clear();
    showExplanation();
}

void EventsPanel::setServiceFilter(const QString &service)
{
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(service)));
}

QStringList EventsPanel::messages() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->text(2);
    return out;
}

void EventsPanel::refill()
{
    const QString service = m_filter->currentData().toString();
    QList<QTreeWidgetItem *> items;
    for (const Engine::ServiceEvent &e : std::as_const(m_events)) {
        if (!service.isEmpty() && e.service != service)
            continue;
        auto *item = new QTreeWidgetItem(
            {e.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), e.service, e.message});
        // ECS's words stay as ECS prints them; what they mean goes beside them.
        const QString meaning = Engine::EcsMessages::explain(e.message);
        item->setData(2, Qt::UserRole, meaning);
        item->setToolTip(2, meaning.isEmpty() ? e.message
                                              : e.message + QStringLiteral("\n\n") + meaning);
        item->setToolTip(0, e.createdAt.toLocalTime().toString(Qt::ISODate));
        items << item;
    }
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    m_list->addTopLevelItems(items);
    m_list->setUpdatesEnabled(true);
    showExplanation();
}

void EventsPanel::showExplanation()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        item = m_list->topLevelItem(0);
    const QString meaning = item ? item->data(2, Qt::UserRole).toString() : QString();
    m_explanation->setText(meaning);
    m_explanation->setVisible(!meaning.isEmpty());
}

} // namespace Berth::Gui
