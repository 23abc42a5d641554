#pragma once

#include "engine/runtime/eventlog.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace Berth::Gui {

/// Service events in ECS's wording, newest first, optionally of one service; below them what
/// the selected (else the newest) event means, in the window's language.
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
    /// The explanation shown below the list (empty when ECS's text needs none).
    QLabel *explanation() const { return m_explanation; }

private:
    void refill();
    void showExplanation();

    QComboBox *m_filter;
    QTreeWidget *m_list;
    QLabel *m_explanation;
    QList<Engine::ServiceEvent> m_events;
    QStringList m_services;
};

} // namespace Berth::Gui
