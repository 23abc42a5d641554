#include "engine/docker/dockererror.h"

namespace Berth::Engine::Docker {

DockerError::DockerError(Kind kind, QString message, int httpStatus, QString daemonMessage)
    : m_kind(kind), m_httpStatus(httpStatus), m_message(std::move(message)),
      m_daemonMessage(std::move(daemonMessage))
{
}

QString DockerError::kindName() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Connection:
        return QStringLiteral("connection");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Daemon:
        return QStringLiteral("daemon");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Usage:
        return QStringLiteral("usage");
    }
    return {};
}

} // namespace Berth::Engine::Docker
