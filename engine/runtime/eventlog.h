#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Berth::Engine {

/// A service event, in ECS's wording.
struct ServiceEvent
{
    QString id;
    QDateTime createdAt;
    QString service; ///< empty for events about standalone tasks or the run itself
    QString message;
    bool operator==(const ServiceEvent &) const = default;
};

/// Service events as ECS keeps them: newest first, a repeat of the service's latest message
/// dropped, the last 100 per service kept.
class EventLog
{
public:
    static constexpr int kKeptPerService = 100;

    /// Adds an event unless it repeats the service's latest one. True when added.
    bool add(const QString &service, const QString &message,
             const QDateTime &at = QDateTime::currentDateTimeUtc());
    /// Newest first; all services when service is empty.
    QList<ServiceEvent> events(const QString &service = {}) const;
    /// Events added after the one with that id (oldest first), for followers.
    QList<ServiceEvent> since(quint64 sequence) const;
    quint64 sequence() const { return m_sequence; }

private:
    struct Entry
    {
        quint64 sequence;
        ServiceEvent event;
    };
    QList<Entry> m_entries; // oldest first
    quint64 m_sequence = 0;
};

} // namespace Berth::Engine
