#include "engine/runtime/eventlog.h"

#include <QUuid>

namespace Berth::Engine {

bool EventLog::add(const QString &service, const QString &message, const QDateTime &at)
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->event.service == service) {
            if (it->event.message == message)
                return false;
            break;
        }
    }
    ++m_sequence;
    m_entries.append({m_sequence,
                      {QUuid::createUuid().toString(QUuid::WithoutBraces), at, service, message}});
    int kept = 0;
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).event.service != service)
            continue;
        if (++kept > kKeptPerService)
            m_entries.removeAt(i);
    }
    return true;
}

QList<ServiceEvent> EventLog::events(const QString &service) const
{
    QList<ServiceEvent> out;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (service.isEmpty() || it->event.service == service)
            out.append(it->event);
    }
    return out;
}

QList<ServiceEvent> EventLog::since(quint64 sequence) const
{
    QList<ServiceEvent> out;
    for (const Entry &e : m_entries) {
        if (e.sequence > sequence)
            out.append(e.event);
    }
    return out;
}

} // namespace Berth::Engine
