#pragma once

#include "engine/runtime/eventlog.h"

#include <QWidget>

class QComboBox;
class QTreeWidget;

namespace Berth::Gui {

/// Service events in ECS's wording, newest first, optionally of one service.
class EventsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPanel(QWidget *parent = nullptr);

    /// Shows these events (newest first) unless they are the ones shown.
    void setEvents(const QList<Engine::ServiceEvent> &events, const QStringList &services);
    void clear();
    /// Only this service's events; empty: all.
    void setServiceFilter(const QString &service);
    QTreeWidget *list() const { return m_list; }
    /// The messages shown, top to bottom.
    QStringList messages() const;

private:
    void refill();

    QComboBox *m_filter;
    QTreeWidget *m_list;
    QList<Engine::ServiceEvent> m_events;
    QStringList m_services;
};

} // namespace Berth::Gui
